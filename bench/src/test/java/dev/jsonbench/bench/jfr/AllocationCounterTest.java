package dev.jsonbench.bench.jfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JFR counter on workloads whose answer is known, each in a JVM of its own with -XX:-UseTLAB. */
class AllocationCounterTest {

    @TempDir
    Path dir;

    @Test
    void tenEscapingObjectsOf32BytesCountAsTenAllocationsAnd320Bytes() throws Exception {
        String[] out = probe("escaping", "20000", "5000");
        assertThat(Long.parseLong(out[0])).as("events").isEqualTo(10L * 5000);
        assertThat(Long.parseLong(out[1])).as("event bytes").isEqualTo(320L * 5000);
        assertThat(Long.parseLong(out[2])).as("ThreadMXBean bytes").isEqualTo(320L * 5000);
        assertThat(out[3]).as("data loss").isEqualTo("false");
        assertThat(out[4]).as("verified").isEqualTo("true");
    }

    @Test
    void objectsThatDoNotEscapeAreNotAllocations() throws Exception {
        String[] out = probe("local", "50000", "5000");
        assertThat(Long.parseLong(out[0])).as("events").isZero();
        assertThat(Long.parseLong(out[2])).as("ThreadMXBean bytes").isZero();
        assertThat(out[4]).as("verified").isEqualTo("true");
    }

    @Test
    void profileGroupsByClassAndByFirstFrameOutsideTheJdk() throws Exception {
        Path jfr = dir.resolve("probe.jfr");
        String[] out = probe("escaping", "20000", "1000", "stacks", jfr.toString());
        assertThat(out[4]).isEqualTo("true");
        AllocationProfile profile = AllocationProfile.read(jfr, Long.parseLong(out[6]), 1000);
        assertThat(profile.totalCount()).isEqualTo(10_000);
        assertThat(profile.totalBytes()).isEqualTo(320_000);
        assertThat(profile.byClass()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo(AllocationProbeMain.Pair.class.getName());
            assertThat(g.count()).isEqualTo(10_000);
        });
        assertThat(profile.bySite()).singleElement()
                .satisfies(g -> assertThat(g.key()).startsWith(AllocationProbeMain.class.getName() + ".escapingOp:"));
    }

    @Test
    void refusesToCountWhereTlabsAreOn() {
        // This test JVM runs with TLABs: counting would silently miss allocations.
        assertThat(AllocationCounter.tlabProblem()).contains("-XX:-UseTLAB");
        assertThatThrownBy(() -> AllocationCounter.count(n -> { }, 0, 1, dir.resolve("x.jfr"), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-XX:-UseTLAB");
    }

    @Test
    void aCountIsVerifiedOnlyWhenNothingWasLostAndTheBytesAddUp() {
        assertThat(new AllocationCount(10, 100, 3200, 3200, false, true).verified()).isTrue();
        assertThat(new AllocationCount(10, 100, 3200, 3200, true, true).verified()).isFalse();
        assertThat(new AllocationCount(10, 100, 3200, 3232, false, true).problem()).contains("3200 B").contains("3232 B");
        assertThat(new AllocationCount(10, 100, 3200, 3200, false, false).verified()).isFalse();
        assertThat(new AllocationCount(10, 105, 3200, 3200, false, true).steady()).isFalse();
        assertThat(new AllocationCount(10, 100, 3200, 3200, false, true).allocsPerOp()).isEqualTo(10.0);
    }

    @Test
    void arrayClassNamesAreWrittenAsInJava() {
        assertThat(AllocationProfile.javaName("[B")).isEqualTo("byte[]");
        assertThat(AllocationProfile.javaName("[[J")).isEqualTo("long[][]");
        assertThat(AllocationProfile.javaName("[Ljava.util.HashMap$Node;")).isEqualTo("java.util.HashMap$Node[]");
        assertThat(AllocationProfile.javaName("java.lang.String")).isEqualTo("java.lang.String");
    }

    @Test
    void jdkFramesAreRecognised() {
        assertThat(AllocationProfile.isJdk("java.util.ArrayList")).isTrue();
        assertThat(AllocationProfile.isJdk("jdk.internal.misc.Unsafe")).isTrue();
        assertThat(AllocationProfile.isJdk("com.fasterxml.jackson.core.JsonParser")).isFalse();
        assertThat(AllocationProfile.isJdk("dev.jsonbench.bench.fork.Workload")).isFalse();
    }

    /**
     * Runs the probe in a JVM of its own. It compiles in the foreground (-XX:-BackgroundCompilation), so the warm-up
     * ends with C2's code in place however busy the machine is: escape analysis is what the "local" probe tests.
     */
    private static String[] probe(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-BackgroundCompilation", "-XX:-UseTLAB", "-Xmx512m", "-XX:+UseG1GC", "-XX:FlightRecorderOptions:stackdepth=16",
                "-cp", System.getProperty("java.class.path"), AllocationProbeMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("probe exit code, output: " + out).isZero();
        return out.split(" ");
    }
}
