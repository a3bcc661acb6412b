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
        assertThat(dir.resolve("alloc.html")).isNotEmptyFile();
        assertThat(dir.resolve("alloc-objects.html")).isNotEmptyFile();
        assertThat(Files.readAllLines(dir.resolve("alloc.collapsed"))).isNotEmpty()
                .anySatisfy(stack -> assertThat(stack).contains("com.fasterxml.jackson"));
        assertThat(outcome.err()).contains(dir.resolve("alloc.html").toString(), dir.resolve("alloc.collapsed").toString());

        Path again = dir.resolve("again");
        Cli.Outcome diffed = Cli.run("profile", "--backend", "testref", "--mode", "tree", "--iterations", "200",
                "--warmup", "2000", "--out", again.toString(), "--diff", dir.resolve("alloc.collapsed").toString());
        assertThat(diffed.code()).as(diffed.err()).isZero();
        assertThat(again.resolve("alloc-diff.html")).isNotEmptyFile();
        assertThat(Files.readString(again.resolve("profile.md"))).contains("`alloc-diff.html` against");
    }

    @Test
    void aDiffBaseThatIsNotCollapsedStacksIsRefusedBeforeProfiling() throws Exception {
        Path base = Files.writeString(dir.resolve("base.collapsed"), "a;b;c 12\nnot a stack\n");
        Cli.Outcome outcome = Cli.run("profile", "--backend", "testref", "--diff", base.toString(), "--out", dir.toString());
        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err().lines()).singleElement().asString()
                .isEqualTo("jsonbench: --diff: " + base + " line 2 is not collapsed stacks (frames separated by ';', a space, "
                        + "a weight): not a stack");
        assertThat(dir.resolve("testref-typed.jfr")).doesNotExist();
    }
}
