package dev.jsonbench.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatorTest {

    private final BenchFixture fixture = new BenchFixture("f.json", Path.of("f.json"), 1000, "0228fb587cc8b600", "test", null, false);
    private final JavaLike java = new JavaLike();

    /** A contestant that counts in a separate process, as the Java forks do. */
    static final class JavaLike extends DelegatingContestant {
        JavaLike() {
            super(new ScriptContestant("j", new ArrayList<>(), ""));
        }

        @Override
        public boolean countsSeparately() {
            return true;
        }
    }

    private RunOutcome timed(int run, String json) {
        Job job = new Job(java, fixture, Mode.tree, RunRequest.timed(Mode.tree, fixture.path(), 1000, 1000, fixture.digest()), run, 3);
        return RunOutcome.of(job, new ForkOutcome(List.of("x"), 0, false, 60, json, "", 1));
    }

    private RunOutcome count(String json) {
        Job job = new Job(java, fixture, Mode.tree, RunRequest.count(Mode.tree, fixture.path(), 100, 100, fixture.digest()), 1, 1);
        return RunOutcome.of(job, new ForkOutcome(List.of("x"), 0, false, 60, json, "", 1));
    }

    private static String ok(long elapsed, double bytes, long rss) {
        return "{\"protocol\": 1, \"status\": \"ok\", \"elapsed_ns\": " + elapsed + ", \"alloc_bytes_per_op\": " + bytes
                + ", \"peak_rss_bytes\": " + rss + ", \"peak_rss_scope\": \"loop\", \"gc_count\": 2, \"gc_pause_ms\": 1.0,"
                + " \"digest\": \"0228fb587cc8b600\", \"digest_ok\": true, \"allocs_per_op\": null}";
    }

    private static String counted(double allocs, double bytes, boolean verified) {
        return "{\"protocol\": 1, \"status\": \"ok\", \"elapsed_ns\": null, \"alloc_bytes_per_op\": " + bytes
                + ", \"allocs_per_op\": " + (verified ? allocs : "null") + ", \"allocs_verified\": " + verified
                + ", \"allocs_problem\": " + (verified ? "null" : "\"JFR reported data loss (jdk.DataLoss)\"")
                + ", \"allocs_method\": \"JFR\", \"digest\": \"0228fb587cc8b600\", \"digest_ok\": true, \"notes\": []}";
    }

    @Test
    void figuresComeFromTheMedianRunAndTheVerifiedCount() {
        Result r = Aggregator.aggregate(java, fixture, Mode.tree, 1000, 1000,
                List.of(timed(1, ok(3_000_000, 512, 300)), timed(2, ok(1_000_000, 512, 100)), timed(3, ok(2_000_000, 512, 200))),
                count(counted(12, 512, true)));
        assertThat(r.status()).isEqualTo(Status.ok);
        assertThat(r.timing().totalMs().median()).isEqualTo(2.0);
        assertThat(r.timing().totalMs().min()).isEqualTo(1.0);
        assertThat(r.timing().totalMs().max()).isEqualTo(3.0);
        assertThat(r.timing().nsPerOp()).isEqualTo(2000.0);
        assertThat(r.timing().mbPerS()).isEqualTo(500.0); // 1000 B x 1000 ops in 2 ms
        assertThat(r.allocations().bytesPerOp()).isEqualTo(512.0);
        assertThat(r.allocations().perOp()).isEqualTo(12.0);
        assertThat(r.allocations().verified()).isTrue();
        assertThat(r.memory().peakRssBytes()).isEqualTo(200L);
        assertThat(r.memory().peakRssScope()).isEqualTo(RssScope.loop);
        assertThat(r.verification().digestOk()).isTrue();
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void anUnverifiedCountIsNeverPrinted() {
        Result r = Aggregator.aggregate(java, fixture, Mode.tree, 1000, 1000, List.of(timed(1, ok(1_000_000, 512, 1))),
                count(counted(12, 512, false)));
        assertThat(r.status()).isEqualTo(Status.ok);
        assertThat(r.allocations().perOp()).isNull();
        assertThat(r.allocations().verified()).isFalse();
        assertThat(r.notes()).contains("allocation count unverified, not reported: JFR reported data loss (jdk.DataLoss)");
    }

    @Test
    void aCountingWindowThatAllocatedDifferentlyIsFlagged() {
        Result r = Aggregator.aggregate(java, fixture, Mode.tree, 1000, 1000, List.of(timed(1, ok(1_000_000, 512, 1))),
                count(counted(12, 900, true)));
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("900.0 B/op").contains("512.0 B/op"));
    }

    @Test
    void oneWrongRunMakesTheResultWrong() {
        String wrong = ok(1_000_000, 512, 1).replace("\"digest_ok\": true", "\"digest_ok\": false")
                .replace("\"digest\": \"0228fb587cc8b600\"", "\"digest\": \"1234567890abcdef\"");
        Result r = Aggregator.aggregate(java, fixture, Mode.tree, 1000, 1000,
                List.of(timed(1, ok(1_000_000, 512, 1)), timed(2, wrong)), null);
        assertThat(r.status()).isEqualTo(Status.wrong);
        assertThat(r.verification().digestOk()).isFalse();
        assertThat(r.reason()).isEqualTo("run 2 of 3: digest 1234567890abcdef differs from the expected 0228fb587cc8b600");
    }

    @Test
    void oneFailedRunFailsTheResultButKeepsTheFiguresOfTheOthers() {
        RunOutcome crashed = RunOutcome.of(new Job(java, fixture, Mode.tree,
                        RunRequest.timed(Mode.tree, fixture.path(), 1000, 1000, fixture.digest()), 3, 3),
                new ForkOutcome(List.of("x"), 134, false, 60, "", "", 1));
        Result r = Aggregator.aggregate(java, fixture, Mode.tree, 1000, 1000, List.of(timed(1, ok(1_000_000, 512, 1)), crashed),
                count(counted(12, 512, true)));
        assertThat(r.status()).isEqualTo(Status.failed);
        assertThat(r.reason()).isEqualTo("run 3 of 3: killed by signal 6 (SIGABRT)");
        assertThat(r.timing().runsNs()).containsExactly(1_000_000L);
        assertThat(r.allocations().perOp()).isEqualTo(12.0);
    }

    @Test
    void aFailedCountLeavesTheResultOkWithoutACount() {
        RunOutcome failedCount = RunOutcome.of(new Job(java, fixture, Mode.tree,
                        RunRequest.count(Mode.tree, fixture.path(), 100, 100, fixture.digest()), 1, 1),
                new ForkOutcome(List.of("x"), -1, true, 9, "", "", 1));
        Result r = Aggregator.aggregate(java, fixture, Mode.tree, 1000, 1000, List.of(timed(1, ok(1_000_000, 512, 1))), failedCount);
        assertThat(r.status()).isEqualTo(Status.ok);
        assertThat(r.allocations().perOp()).isNull();
        assertThat(r.failures()).containsExactly("allocation count: failed: timed out after 9 s");
    }
}
