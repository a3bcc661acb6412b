package dev.jsonbench.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.fixtures.Digest;
import dev.jsonbench.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theBundledFixtureCarriesThePublishedDigest() {
        BenchFixture fixture = FixtureLoader.bundled(dir);
        assertThat(fixture.digest()).isEqualTo("0228fb587cc8b600");
        assertThat(fixture.typedAllowed()).isTrue();
        assertThat(fixture.path()).exists().hasBinaryContent(Fixtures.apiResponse());
    }

    @Test
    void aUsersCopyOfTheFixtureModelRunsInBothModes() throws Exception {
        Path file = dir.resolve("mine.json");
        Files.write(file, Fixtures.apiResponse());
        BenchFixture fixture = FixtureLoader.user(file).getFirst();
        assertThat(fixture.digest()).isEqualTo(Digest.hex(Fixtures.API_RESPONSE_DIGEST));
        assertThat(fixture.typedAllowed()).isTrue();
        assertThat(fixture.digestSource()).startsWith("majority of backends' tree decodes");
    }

    @Test
    void anyOtherDocumentRunsInTreeModeOnly() throws Exception {
        Path file = dir.resolve("geo.json");
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [1, 2.5, \"x\"]}");
        BenchFixture fixture = FixtureLoader.user(file).getFirst();
        assertThat(fixture.digest()).isEqualTo(Digest.hex(Digest.ofTree(Map.of("type", "FeatureCollection",
                "features", List.of(1L, 2.5, "x")))));
        assertThat(fixture.typedAllowed()).isFalse();
        assertThat(fixture.typedProblem()).contains("geo.json");
    }

    @Test
    void aDirectoryGivesEveryJsonFileInOrder() throws Exception {
        Files.writeString(dir.resolve("b.json"), "[2]");
        Files.writeString(dir.resolve("a.json"), "[1]");
        Files.writeString(dir.resolve("notes.txt"), "not json");
        assertThat(FixtureLoader.user(dir)).extracting(BenchFixture::name).containsExactly("a.json", "b.json");
    }

    @Test
    void anInvalidDocumentOrAnEmptyDirectoryIsAUsageError() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{");
        assertThatThrownBy(() -> FixtureLoader.user(bad)).isInstanceOf(BenchException.class)
                .hasMessageContaining("no backend accepts").hasMessageContaining("testref rejects it");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> FixtureLoader.user(empty)).isInstanceOf(BenchException.class).hasMessageContaining("no *.json files");
    }

    @Test
    void majorityNeedsMoreThanHalfOfTheVoters() {
        assertThat(FixtureLoader.majority(Map.of("a", "x", "b", "x", "c", "y"), 3)).isEqualTo("x");
        assertThat(FixtureLoader.majority(Map.of("a", "x", "b", "y"), 2)).isNull();
        assertThat(FixtureLoader.majority(Map.of("a", "x", "b", "x"), 5)).isNull();
    }
}
