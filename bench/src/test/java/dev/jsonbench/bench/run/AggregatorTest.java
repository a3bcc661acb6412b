package dev.jsonbench.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.stats.Interval;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One result from its runs: figures, intervals, noise flags, and when an allocation count may be printed. */
class AggregatorTest {

    private final BenchFixture fixture = new BenchFixture("f.json", Path.of("f.json"), 1000, "0228fb587cc8b600", "test", null, false, null, Map.of());
    private final JavaLike java = new JavaLike();
    private final Contestant go = new ScriptContestant("g", new ArrayList<>(), "");

    /** A contestant that counts in a separate fork, as the Java forks do. */
    static final class JavaLike extends DelegatingContestant {
        JavaLike() {
            super(new ScriptContestant("j", new ArrayList<>(), ""));
        }

        @Override
        public Language language() {
            return Language.java;
        }
    }

    private RunOutcome timed(Contestant c, int run, String json) {
        Job job = new Job(c, fixture, Mode.tree, RunRequest.timed(Mode.tree, fixture.path(), 1000, 1000, fixture.digest()), run, 3);
        return RunOutcome.of(job, new ForkOutcome(List.of("x"), 0, false, 60, json, "", 1));
    }

    private RunOutcome count(Contestant c, String json) {
        Job job = new Job(c, fixture, Mode.tree, RunRequest.count(Mode.tree, fixture.path(), 100, 100, fixture.digest(), 1), 1, 1);
        return RunOutcome.of(job, new ForkOutcome(List.of("x"), 0, false, 60, json, "", 1));
    }

    /** A time run's answer: {@code cpu} ns of thread CPU time, {@code bytes} per decode (Java's ThreadMXBean). */
    private static String ok(long elapsed, long cpu, Double bytes, long rss) {
        return "{\"protocol\": 2, \"status\": \"ok\", \"measure\": \"time\", \"elapsed_ns\": " + elapsed + ", \"cpu_ns\": " + cpu
                + ", \"alloc_bytes_per_op\": " + bytes + ", \"runtime_rss_bytes\": 5000, \"peak_rss_bytes\": " + rss
                + ", \"peak_rss_scope\": \"loop\", \"gc_count\": 2, \"gc_pause_ms\": 0.0,"
                + " \"digest\": \"0228fb587cc8b600\", \"digest_ok\": true}";
    }

    /** A count run's answer over 100 decodes; Java adds its JFR evidence. */
    private static String counted(long allocs, long bytes, Boolean jfrVerified) {
        return "{\"protocol\": 2, \"status\": \"ok\", \"measure\": \"count\", \"iterations\": 100, \"allocs_total\": " + allocs
                + ", \"alloc_bytes_total\": " + bytes + ", \"allocs_per_op\": " + allocs / 100.0 + ", \"alloc_bytes_per_op\": "
                + bytes / 100.0 + ", \"allocs_method\": \"counter\", \"retained_bytes\": 640, \"retained_copies\": 10, "
                + "\"allocs_verified\": " + jfrVerified + ", \"allocs_problem\": "
                + (Boolean.FALSE.equals(jfrVerified) ? "\"JFR reported data loss (jdk.DataLoss)\"" : "null")
                + ", \"digest\": \"0228fb587cc8b600\", \"digest_ok\": true, \"notes\": []}";
    }

    private Result aggregate(Contestant c, List<RunOutcome> timed, RunOutcome count) {
        return Aggregator.aggregate(c, fixture, Mode.tree, 1000, 1000, timed, count, Analysis.DEFAULT);
    }

    @Test
    void figuresComeFromTheMedianRunWithItsIntervalAndTheVerifiedCount() {
        Result r = aggregate(java, List.of(timed(java, 1, ok(3_000_000, 2_900_000, 512.0, 300)),
                timed(java, 2, ok(1_000_000, 950_000, 512.0, 100)), timed(java, 3, ok(2_000_000, 1_900_000, 512.0, 200))),
                count(java, counted(1200, 51_200, true)));
        assertThat(r.status()).isEqualTo(Status.ok);
        Result.Timing t = r.timing();
        assertThat(t.totalMs().median()).isEqualTo(2.0);
        assertThat(t.nsPerOp()).isEqualTo(2000.0);
        assertThat(t.nsPerOpInterval()).isEqualTo(new Interval(1000, 3000, 0.75)); // 3 runs: min..max covers 75 %
        assertThat(t.cpuNsPerOp()).isEqualTo(1900.0);
        assertThat(t.mbPerS()).isEqualTo(500.0); // 1000 B x 1000 ops in 2 ms
        assertThat(t.runs()).extracting(Result.Run::elapsedNs).containsExactly(3_000_000L, 1_000_000L, 2_000_000L);
        assertThat(r.allocations()).isEqualTo(new Result.Allocations(512.0, 12.0, true, "counter", null));
        assertThat(r.memory().peakRssBytes()).isEqualTo(200L);
        assertThat(r.memory().peakRssScope()).isEqualTo(RssScope.loop);
        assertThat(r.memory().runtimeRssBytes()).isEqualTo(5000L);
        assertThat(r.memory().retainedBytes()).isEqualTo(640L);
        assertThat(r.verification().digestOk()).isTrue();
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void aRunThatWaitedForTheCpuIsFlagged() {
        Result r = aggregate(java, List.of(timed(java, 1, ok(2_000_000, 1_000_000, 512.0, 1))), count(java, counted(1200, 51_200, true)));
        assertThat(r.timing().runs().getFirst().flags()).singleElement().asString().startsWith("waited: wall 2.00x");
    }

    @Test
    void aJfrCountThatDoesNotAddUpIsNeverPrinted() {
        Result r = aggregate(java, List.of(timed(java, 1, ok(1_000_000, 1_000_000, 512.0, 1))), count(java, counted(1200, 51_200, false)));
        assertThat(r.status()).isEqualTo(Status.ok);
        assertThat(r.allocations().perOp()).isNull();
        assertThat(r.allocations().verified()).isFalse();
        assertThat(r.allocations().problem()).isEqualTo("JFR reported data loss (jdk.DataLoss)");
        assertThat(r.notes()).contains("allocation count unverified, not reported: JFR reported data loss (jdk.DataLoss)");
    }

    @Test
    void aCountThatIsNotAWholeNumberPerDecodeIsUnverified() {
        Result r = aggregate(java, List.of(timed(java, 1, ok(1_000_000, 1_000_000, 512.0, 1))), count(java, counted(1201, 51_200, true)));
        assertThat(r.allocations().verified()).isFalse();
        assertThat(r.allocations().problem()).contains("1201 allocations and 51200 bytes over 100 decodes are not whole numbers");
    }

    @Test
    void aCountingWindowThatAllocatedOtherBytesThanTheTimedRunsIsUnverified() {
        Result r = aggregate(java, List.of(timed(java, 1, ok(1_000_000, 1_000_000, 600.0, 1))), count(java, counted(1200, 51_200, true)));
        assertThat(r.allocations().verified()).isFalse();
        assertThat(r.allocations().problem()).isEqualTo("the counting window allocated 512 B per decode, 0 of 1 timed runs the "
                + "same (600): their JIT states differed");

        // most timed runs agree with the window: verified, and the odd run is named
        Result most = aggregate(java, List.of(timed(java, 1, ok(1_000_000, 1_000_000, 512.0, 1)),
                timed(java, 2, ok(1_000_000, 1_000_000, 552.0, 1)), timed(java, 3, ok(1_000_000, 1_000_000, 512.0, 1))),
                count(java, counted(1200, 51_200, true)));
        assertThat(most.allocations().verified()).isTrue();
        assertThat(most.notes()).anySatisfy(n -> assertThat(n).startsWith("the timed runs allocated 512, 552, 512 B per decode"));
    }

    @Test
    void goAndRustCountsComeFromTheirCountingRunAndNeedWholeNumbersOnly() {
        Result r = aggregate(go, List.of(timed(go, 1, ok(1_000_000, 1_000_000, null, 1))), count(go, counted(700, 10_000, null)));
        assertThat(r.allocations()).isEqualTo(new Result.Allocations(100.0, 7.0, true, "counter", null));
        assertThat(r.countJvmFlags()).isNull();

        Result fraction = aggregate(go, List.of(timed(go, 1, ok(1_000_000, 1_000_000, null, 1))), count(go, counted(701, 10_000, null)));
        assertThat(fraction.allocations().perOp()).isNull();
        assertThat(fraction.allocations().bytesPerOp()).isEqualTo(100.0);
    }

    @Test
    void oneWrongRunMakesTheResultWrong() {
        String wrong = ok(1_000_000, 1_000_000, 512.0, 1).replace("\"digest_ok\": true", "\"digest_ok\": false")
                .replace("\"digest\": \"0228fb587cc8b600\"", "\"digest\": \"1234567890abcdef\"");
        Result r = aggregate(java, List.of(timed(java, 1, ok(1_000_000, 1_000_000, 512.0, 1)), timed(java, 2, wrong)), null);
        assertThat(r.status()).isEqualTo(Status.wrong);
        assertThat(r.verification().digestOk()).isFalse();
        assertThat(r.reason()).isEqualTo("run 2 of 3: digest 1234567890abcdef differs from the expected 0228fb587cc8b600");
    }

    @Test
    void oneFailedRunFailsTheResultButKeepsTheFiguresOfTheOthers() {
        RunOutcome crashed = RunOutcome.of(new Job(java, fixture, Mode.tree,
                        RunRequest.timed(Mode.tree, fixture.path(), 1000, 1000, fixture.digest()), 3, 3),
                new ForkOutcome(List.of("x"), 134, false, 60, "", "", 1));
        Result r = aggregate(java, List.of(timed(java, 1, ok(1_000_000, 1_000_000, 512.0, 1)), crashed),
                count(java, counted(1200, 51_200, true)));
        assertThat(r.status()).isEqualTo(Status.failed);
        assertThat(r.reason()).isEqualTo("run 3 of 3: killed by signal 6 (SIGABRT)");
        assertThat(r.timing().runsNs()).containsExactly(1_000_000L);
        assertThat(r.allocations().perOp()).isEqualTo(12.0);
    }

    @Test
    void aFailedCountLeavesTheResultOkWithoutACount() {
        RunOutcome failedCount = RunOutcome.of(new Job(java, fixture, Mode.tree,
                        RunRequest.count(Mode.tree, fixture.path(), 100, 100, fixture.digest(), 1), 1, 1),
                new ForkOutcome(List.of("x"), -1, true, 9, "", "", 1));
        Result r = aggregate(java, List.of(timed(java, 1, ok(1_000_000, 1_000_000, 512.0, 1))), failedCount);
        assertThat(r.status()).isEqualTo(Status.ok);
        assertThat(r.allocations().perOp()).isNull();
        assertThat(r.failures()).containsExactly("allocation count: failed: timed out after 9 s");
    }
}
