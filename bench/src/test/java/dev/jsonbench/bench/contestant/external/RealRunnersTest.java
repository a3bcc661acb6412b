package dev.jsonbench.bench.contestant.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.run.Counts;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.run.BenchFixture;
import dev.jsonbench.bench.run.Contestant;
import dev.jsonbench.bench.run.FixtureLoader;
import dev.jsonbench.bench.run.Job;
import dev.jsonbench.bench.run.Orchestrator;
import dev.jsonbench.bench.run.Plan;
import dev.jsonbench.bench.run.RunOutcome;
import dev.jsonbench.bench.run.Supervisor;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.protocol.RunnerListing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real Go and Rust runners of compare/: built (when stale) and run with a few hundred decodes in both modes,
 * each result ok with the expected digest. Skipped, with the reason, where the toolchain is missing.
 */
class RealRunnersTest {

    @TempDir
    Path dir;

    static Stream<String> binaries() {
        return RunnerRegistry.load(ProjectRoot.compareDirectory().orElseThrow()).stream().map(RunnerBinary::id);
    }

    @ParameterizedTest
    @MethodSource("binaries")
    void buildsListsAndMeasuresEveryRunner(String id) {
        Path compare = ProjectRoot.compareDirectory().orElseThrow(() -> new AssertionError(ProjectRoot.problem()));
        RunnerBinary binary = RunnerRegistry.load(compare).stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
        String searchPath = Toolchain.searchPath();
        Assumptions.assumeTrue(Toolchain.find(binary.tool(), searchPath).isPresent(),
                BinaryBuild.missingToolchain(binary) + ": the " + id + " runners are not tested here");

        PrintWriter log = new PrintWriter(System.err, true);
        BinaryBuild.Outcome outcome = BinaryBuild.prepare(binary, searchPath, log);
        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(Status.ok);
        assertThat(binary.staleness()).isNull();
        // the table of known runners (used before anything is built) matches what the binary offers
        assertThat(outcome.listed()).extracting(RunnerListing::runner)
                .containsExactlyElementsOf(binary.runners().stream().map(RunnerListing::runner).toList());
        for (RunnerListing entry : outcome.listed()) {
            assertThat(entry.modes()).as(entry.runner()).isEqualTo(binary.runner(entry.runner()).orElseThrow().modes());
        }

        List<Contestant> contestants = ExternalRunners.contestants(binary, outcome, null);
        BenchFixture fixture = FixtureLoader.bundled(dir);
        Plan plan = new Plan(contestants, List.of(Mode.typed, Mode.tree), List.of(fixture), new Counts(300, 300, 1, 1, 1),
                Duration.ofSeconds(120), dir.resolve("logs"));
        List<Result> results = new Orchestrator(new Supervisor(null)).run(plan, new Orchestrator.Listener() { });
        for (Result r : results) {
            Contestant c = contestants.stream().filter(x -> x.name().equals(r.runner())).findFirst().orElseThrow();
            if (!c.modes().contains(r.mode())) {
                assertThat(r.status()).as(r.label()).isEqualTo(Status.skipped);
                continue;
            }
            assertThat(r.status()).as(r.label() + ": " + r.reason()).isEqualTo(Status.ok);
            assertThat(r.language()).isEqualTo(binary.language());
            assertThat(r.verification().digestOk()).as(r.label()).isTrue();
            assertThat(r.verification().digest()).isEqualTo(fixture.digest());
            assertThat(r.allocations().verified()).isTrue();
            assertThat(r.allocations().perOp()).isNotNull().isPositive();
            assertThat(r.allocations().method()).isNotBlank();
            assertThat(r.memory().peakRssBytes()).isNotNull().isPositive();
            assertThat(r.jvmFlags()).isEmpty();
            assertThat(r.countJvmFlags()).isNull();
        }
    }
}
