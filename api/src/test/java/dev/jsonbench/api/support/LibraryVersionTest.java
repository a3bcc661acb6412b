package dev.jsonbench.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class LibraryVersionTest {

    @Test
    void readsTheVersionFromMavenMetadata() {
        String version = LibraryVersion.of(Assertions.class, "org.assertj", "assertj-core");

        assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void fallsBackToTheJarFileNameWithoutMetadata() {
        // assertj-core's jar is named assertj-core-<version>.jar; ask for metadata under a group that has none.
        String fromName = LibraryVersion.of(Assertions.class, "no.such.group", "assertj-core");

        assertThat(fromName).isEqualTo(LibraryVersion.of(Assertions.class, "org.assertj", "assertj-core"));
    }

    @Test
    void saysUnknownForAClassOutsideAnyJar() {
        assertThat(LibraryVersion.of(LibraryVersionTest.class, "no.such.group", "nothing")).isEqualTo("unknown");
    }
}
