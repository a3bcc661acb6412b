package dev.jsonbench.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parent's checks of what a process printed and how it ended. */
class RunOutcomeTest {

    private final BenchFixture fixture = new BenchFixture("f.json", Path.of("f.json"), 100, "0228fb587cc8b600", "test", null, false, null, Map.of());
    private final Contestant contestant = new ScriptContestant("x", new java.util.ArrayList<>(), "");
    private final Job timed = new Job(contestant, fixture, Mode.tree, RunRequest.timed(Mode.tree, fixture.path(), 10, 10, fixture.digest()), 2, 5);
    private final Job count = new Job(contestant, fixture, Mode.tree,
            RunRequest.count(Mode.tree, fixture.path(), 10, 10, fixture.digest(), 1), 1, 1);

    private static ForkOutcome exited(int code, String stdout, String stderr) {
        return new ForkOutcome(List.of("x"), code, false, 60, stdout, stderr, 1);
    }

    @Test
    void aGoodAnswerIsOk() {
        RunOutcome outcome = RunOutcome.of(timed, exited(0, String.format(ScriptContestant.okOutput(5), "x", "tree"), ""));
        assertThat(outcome.status()).isEqualTo(Status.ok);
        assertThat(outcome.report().elapsedNs()).isEqualTo(5L);
    }

    @Test
    void anythingButExactlyOneJsonObjectIsUnparseable() {
        String ok = String.format(ScriptContestant.okOutput(5), "x", "tree");
        assertThat(RunOutcome.of(timed, exited(0, "garbage\n" + ok, "")).reason()).startsWith("unparseable output: 'garbage");
        assertThat(RunOutcome.of(timed, exited(0, ok + "\n" + ok, "")).reason()).startsWith("unparseable output");
        assertThat(RunOutcome.of(timed, exited(0, "[1, 2]", "")).reason()).isEqualTo("unparseable output: '[1, 2]'");
        assertThat(RunOutcome.of(timed, exited(0, "", "")).reason()).isEqualTo("unparseable output: nothing on stdout");
        assertThat(RunOutcome.of(timed, exited(0, "{\"protocol\": 1}", "")).reason()).contains("protocol 1");
    }

    @Test
    void missingFiguresMakeAnIncompleteAnswer() {
        String noTime = "{\"protocol\": 2, \"status\": \"ok\", \"digest_ok\": true, \"elapsed_ns\": null}";
        assertThat(RunOutcome.of(timed, exited(0, noTime, "")).reason()).isEqualTo("incomplete output: no elapsed_ns");
        assertThat(RunOutcome.of(count, exited(0, noTime, "")).reason()).isEqualTo("incomplete output: no allocs_total");
        assertThat(RunOutcome.of(timed, exited(0, "{\"protocol\": 2, \"status\": \"ok\"}", "")).reason())
                .isEqualTo("incomplete output: no digest_ok");
    }

    @Test
    void aDigestMismatchIsWrongEvenIfTheRunnerSaysOk() {
        String lying = "{\"protocol\": 2, \"status\": \"ok\", \"digest\": \"1111111111111111\", \"digest_ok\": false, \"elapsed_ns\": 5}";
        RunOutcome outcome = RunOutcome.of(timed, exited(0, lying, ""));
        assertThat(outcome.status()).isEqualTo(Status.wrong);
        assertThat(outcome.reason()).isEqualTo("digest 1111111111111111 differs from the expected 0228fb587cc8b600");
    }

    @Test
    void aRunnersOwnFailureKeepsItsReason() {
        String failed = "{\"protocol\": 2, \"status\": \"failed\", \"reason\": \"sonic fell back to encoding/json\"}";
        assertThat(RunOutcome.of(timed, exited(0, failed, "")).reason()).isEqualTo("sonic fell back to encoding/json");
    }

    @Test
    void crashesAndTimeoutsSayWhatHappened() {
        assertThat(RunOutcome.of(timed, exited(3, "", "WARNING: Using incubator modules: jdk.incubator.vector\nsomething broke\n")).reason())
                .isEqualTo("exited with code 3: something broke");
        assertThat(RunOutcome.of(timed, exited(1, "", "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n\tat x.y(Z.java:1)\n")).reason())
                .isEqualTo("exited with code 1: Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space");
        assertThat(RunOutcome.of(timed, exited(137, "", "")).reason()).startsWith("killed by signal 9");
        assertThat(RunOutcome.of(timed, new ForkOutcome(List.of("x"), -1, true, 42, "", "", 1)).reason()).isEqualTo("timed out after 42 s");
    }

    @Test
    void theSupervisorKillsAProcessThatOutlivesItsLimit() {
        long start = System.nanoTime();
        ForkOutcome outcome = new Supervisor(null).run(List.of("sleep", "60"), Duration.ofSeconds(1));
        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.exitProblem()).isEqualTo("timed out after 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void theSupervisorCapturesBothStreams() {
        ForkOutcome outcome = new Supervisor(null).run(List.of("sh", "-c", "echo out; echo err >&2; exit 4"), Duration.ofSeconds(30));
        assertThat(outcome.exitCode()).isEqualTo(4);
        assertThat(outcome.stdout()).isEqualTo("out\n");
        assertThat(outcome.stderr()).isEqualTo("err\n");
        assertThat(outcome.exitProblem()).isEqualTo("exited with code 4: err");
    }

    @Test
    void aMissingBinaryIsAFailureNotACrash() {
        ForkOutcome outcome = new Supervisor(null).run(List.of("/nonexistent/runner"), Duration.ofSeconds(5));
        assertThat(outcome.exitProblem()).startsWith("exited with code 127: could not start /nonexistent/runner");
    }
}
