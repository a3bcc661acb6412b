package dev.jsonbench.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrchestratorTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private Plan plan(List<Contestant> contestants, List<Mode> modes, int runs) {
        BenchFixture fixture = new BenchFixture("api-response.json", dir.resolve("f.json"), 2444, "0228fb587cc8b600", "test", null, false, null, Map.of());
        return new Plan(contestants, modes, List.of(fixture), new Counts(100, 100, runs, 10, 10), Duration.ofSeconds(30), dir.resolve("logs"));
    }

    private static final Orchestrator.Listener QUIET = new Orchestrator.Listener() { };

    @Test
    void runsOfDifferentContestantsInterleaveAndEachRoundStartsOneFurther() {
        List<Contestant> contestants = List.of(
                new ScriptContestant("a", log, ScriptContestant.okOutput(1000)),
                new ScriptContestant("b", log, ScriptContestant.okOutput(1000)),
                new ScriptContestant("c", log, ScriptContestant.okOutput(1000)));
        new Orchestrator(new Supervisor(null)).run(plan(contestants, List.of(Mode.tree), 3), QUIET);
        assertThat(log).containsExactly(
                "a tree time", "b tree time", "c tree time",
                "b tree time", "c tree time", "a tree time",
                "c tree time", "a tree time", "b tree time",
                "a tree count", "b tree count", "c tree count");
    }

    @Test
    void anExternalRunnerIsTimedThenCountedInARunOfItsOwn() {
        List<Contestant> contestants = List.of(new ScriptContestant("go", log, ScriptContestant.okOutput(2_000_000)));
        List<Result> results = new Orchestrator(new Supervisor(null)).run(plan(contestants, List.of(Mode.typed, Mode.tree), 2), QUIET);
        assertThat(log).containsExactly("go typed time", "go tree time", "go tree time", "go typed time", "go typed count",
                "go tree count");
        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.ok);
            assertThat(r.language()).isEqualTo(Language.go);
            assertThat(r.timing().runsNs()).containsExactly(2_000_000L, 2_000_000L);
            assertThat(r.timing().nsPerOp()).isEqualTo(20_000.0);
            assertThat(r.allocations().perOp()).isEqualTo(98.0);
            assertThat(r.allocations().verified()).isTrue();
            assertThat(r.allocations().method()).isEqualTo("runtime.ReadMemStats Mallocs");
            assertThat(r.memory().peakRssBytes()).isEqualTo(9175040L);
            assertThat(r.memory().gcCount()).isEqualTo(12L);
            assertThat(r.memory().retainedBytes()).isEqualTo(4000L);
            assertThat(r.timing().relative().rank()).isEqualTo(1);
            assertThat(r.verification().digestOk()).isTrue();
            assertThat(r.notes()).contains("GOGC=100");
        });
    }

    @Test
    void aContestantThatFailsDoesNotStopTheOthers() {
        List<Contestant> contestants = List.of(
                new ScriptContestant("good", log, ScriptContestant.okOutput(1000)),
                new ScriptContestant("noise", log, "this is not json"));
        List<Result> results = new Orchestrator(new Supervisor(null)).run(plan(contestants, List.of(Mode.tree), 2), QUIET);
        assertThat(results).extracting(Result::runner, Result::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("good", Status.ok), org.assertj.core.groups.Tuple.tuple("noise", Status.failed));
        assertThat(results.get(1).reason()).isEqualTo("run 1 of 2: unparseable output: 'this is not json'");
        assertThat(results.get(1).failures()).hasSize(1);
        assertThat(results.get(1).notes()).containsExactly("1 later run not started after the first failure");
        assertThat(log).containsExactly("good tree time", "noise tree time", "good tree time", "good tree count");
    }

    @Test
    void unsupportedModesAndNonModelDocumentsAreSkippedWithTheReason() {
        Contestant treeOnly = new ScriptContestant("t", log, ScriptContestant.okOutput(1000));
        BenchFixture notModel = new BenchFixture("other.json", dir.resolve("o.json"), 10, "0000000000000000", "test",
                "other.json is not the fixture model", false, null, Map.of());
        Plan plan = new Plan(List.of(treeOnly), List.of(Mode.typed, Mode.tree), List.of(notModel), new Counts(10, 10, 1, 10, 10),
                Duration.ofSeconds(30), null);
        List<Result> results = new Orchestrator(new Supervisor(null)).run(plan, QUIET);
        assertThat(results.get(0).status()).isEqualTo(Status.skipped);
        assertThat(results.get(0).reason()).isEqualTo("other.json is not the fixture model");
        assertThat(log).containsExactly("t tree time", "t tree count");
    }

    @Test
    void timeoutsGrowWithTheNumberOfDecodes() {
        Plan plan = new Plan(List.of(), List.of(), List.of(), new Counts(100_000, 100_000, 5, 1000, 20_000), null, null);
        assertThat(plan.timeout(RunRequest.timed(Mode.typed, dir, 100_000, 100_000, "0"))).isEqualTo(Duration.ofSeconds(520));
        assertThat(plan.timeout(RunRequest.count(Mode.typed, dir, 1000, 20_000, "0", 1))).isEqualTo(Duration.ofSeconds(370));
        Plan fixed = new Plan(List.of(), List.of(), List.of(), new Counts(1, 1, 1, 1, 1), Duration.ofSeconds(7), null);
        assertThat(fixed.timeout(RunRequest.timed(Mode.typed, dir, 1, 1, "0"))).isEqualTo(Duration.ofSeconds(7));
    }
}
