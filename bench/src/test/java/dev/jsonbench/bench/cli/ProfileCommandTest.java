package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {

    @TempDir
    Path dir;

    @Test
    void profilesAllocationsByClassAndSiteAndKeepsTheRecording() throws Exception {
        Cli.Outcome outcome = Cli.run("profile", "--backend", "testref", "--mode", "tree",
                "--iterations", "200", "--warmup", "2000", "--top", "5", "--out", dir.toString());
        assertThat(outcome.code()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("testref tree on api-response.json:", "allocations/op", "verified",
                "By allocated class", "By allocation site (first frame outside the JDK)", "com.fasterxml.jackson");
        assertThat(dir.resolve("testref-tree.jfr")).exists();
        assertThat(Files.readString(dir.resolve("profile.md"))).contains("# Allocation profile: testref tree", "## By allocated class");
    }
}
