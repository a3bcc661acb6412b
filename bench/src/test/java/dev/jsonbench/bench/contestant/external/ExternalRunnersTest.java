package dev.jsonbench.bench.contestant.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.run.BenchFixture;
import dev.jsonbench.bench.run.Contestant;
import dev.jsonbench.bench.run.Counts;
import dev.jsonbench.bench.run.FixtureLoader;
import dev.jsonbench.bench.run.Job;
import dev.jsonbench.bench.run.Orchestrator;
import dev.jsonbench.bench.run.Plan;
import dev.jsonbench.bench.run.RunOutcome;
import dev.jsonbench.bench.run.Supervisor;
import dev.jsonbench.bench.report.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building and running Go/Rust runners without Go or Rust: a fake runner binary (a shell script) that works, prints
 * garbage, crashes or hangs, a build that fails, and the build cache.
 */
class ExternalRunnersTest {

    @TempDir
    Path dir;

    private final StringWriter log = new StringWriter();

    private static Map<String, Contestant> byName(List<Contestant> contestants) {
        return contestants.stream().collect(Collectors.toMap(Contestant::name, Function.identity()));
    }

    /** Every runner of {@code binary} (names null), or the named ones. */
    private ExternalRunners.Chosen prepare(RunnerBinary binary, List<String> names) {
        Map<RunnerBinary, List<String>> chosen = new LinkedHashMap<>();
        chosen.put(binary, names);
        return ExternalRunners.prepare(chosen, true, ExternalRunners.Setup.of(List.of(binary), System.getenv("PATH")),
                new PrintWriter(log));
    }

    @Test
    void aRunnerThatPrintsGarbageCrashesOrHangsIsFailedAndTheOthersStillRun() throws Exception {
        RunnerBinary fake = FakeRunners.prebuilt(dir.resolve("fake"));
        ExternalRunners.Chosen chosen = prepare(fake, null);
        assertThat(chosen.toolchains().runnerBuilds()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(Status.ok);
            assertThat(b.rebuilt()).isFalse();
        });
        assertThat(chosen.contestants()).allSatisfy(c -> assertThat(c.unavailable()).isNull());

        List<Result> results = run(chosen.contestants(), List.of(Mode.typed, Mode.tree), Duration.ofSeconds(3));
        Map<String, Result> typed = results.stream().filter(r -> r.mode() == Mode.typed)
                .collect(Collectors.toMap(Result::runner, Function.identity()));

        Result ok = typed.get("fake-ok");
        assertThat(ok.status()).isEqualTo(Status.ok);
        assertThat(ok.language()).isEqualTo(Language.go);
        assertThat(ok.library()).isEqualTo("fake/json");
        assertThat(ok.libraryVersion()).isEqualTo("v9.9.9");
        assertThat(ok.configuration()).isEqualTo("a good fake");
        assertThat(ok.jvmFlags()).isEmpty();
        assertThat(ok.countJvmFlags()).isNull();
        assertThat(ok.allocations().perOp()).isEqualTo(7.0);
        assertThat(ok.allocations().verified()).isTrue();
        assertThat(ok.allocations().method()).isEqualTo("fake counter");
        assertThat(ok.memory().peakRssBytes()).isEqualTo(1_000_000L);
        assertThat(ok.verification().digestOk()).isTrue();
        assertThat(ok.timing().runsNs()).containsExactly(123456L, 123456L);

        assertThat(typed.get("fake-garbage").status()).isEqualTo(Status.failed);
        assertThat(typed.get("fake-garbage").reason()).isEqualTo("run 1 of 2: unparseable output: 'this is not json'");
        assertThat(typed.get("fake-crash").status()).isEqualTo(Status.failed);
        assertThat(typed.get("fake-crash").reason()).isEqualTo("run 1 of 2: exited with code 3: fatal: fake crash");
        assertThat(typed.get("fake-hang").status()).isEqualTo(Status.failed);
        assertThat(typed.get("fake-hang").reason()).isEqualTo("run 1 of 2: timed out after 3 s");

        Result hangTree = results.stream().filter(r -> r.runner().equals("fake-hang") && r.mode() == Mode.tree).findFirst().orElseThrow();
        assertThat(hangTree.status()).isEqualTo(Status.skipped);
        assertThat(hangTree.reason()).isEqualTo("fake-hang has no tree mode (fake-runner --list)");
    }

    @Test
    void aBuildFailureFailsThatBinarysRunnersWithTheTailOfTheLog() throws Exception {
        Path src = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(src.resolve("build.sh"), "echo compiling fake\necho 'error[E0425]: cannot find value `x`'\n"
                + "echo 'error: could not compile fake' >&2\nexit 101\n");
        RunnerBinary fake = FakeRunners.binary(src);
        ExternalRunners.Chosen chosen = prepare(fake, List.of("fake-ok", "fake-crash"));

        assertThat(log.toString()).contains("building the fake runners (FAKE_BUILD=1 sh build.sh in " + src);
        assertThat(chosen.contestants()).hasSize(2).allSatisfy(c -> {
            assertThat(c.unavailable().status()).isEqualTo(Status.failed);
            assertThat(c.unavailable().reason()).startsWith("build failed (exit 101): `FAKE_BUILD=1 sh build.sh` in " + src)
                    .contains("last lines: compiling fake | error[E0425]: cannot find value `x` | error: could not compile fake")
                    .endsWith("(full log: " + fake.buildLog() + ")");
        });

        List<Result> results = run(chosen.contestants(), List.of(Mode.typed), null);
        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.failed);
            assertThat(r.reason()).startsWith("build failed (exit 101)");
            assertThat(r.failures()).singleElement().asString().startsWith("build: failed: build failed (exit 101)");
        });
    }

    @Test
    void aBinaryIsRebuiltOnlyWhenASourceIsNewer() throws Exception {
        Path src = Files.createDirectories(dir.resolve("cached"));
        Files.writeString(src.resolve("main.src"), "source");
        Files.writeString(src.resolve("main_test.src"), "a test: not part of the binary");
        Files.writeString(src.resolve("fake-runner.template"), FakeRunners.SCRIPT);
        Files.writeString(src.resolve("build.sh"), """
                [ "$FAKE_BUILD" = 1 ] || exit 9
                mkdir -p bin && cp fake-runner.template bin/fake-runner && chmod +x bin/fake-runner
                echo built >> builds.txt
                """);
        RunnerBinary fake = FakeRunners.binary(src);
        assertThat(fake.sourceFiles()).containsExactly(Path.of("build.sh"), Path.of("main.src"));
        assertThat(fake.staleness()).isEqualTo("fake-runner not built yet");

        BinaryBuild.Outcome first = BinaryBuild.prepare(fake, System.getenv("PATH"), null);
        assertThat(first.status()).as(first.reason()).isEqualTo(Status.ok);
        assertThat(first.built()).isTrue();
        assertThat(first.listed()).extracting(RunnerListing::runner).containsExactly("fake-ok", "fake-garbage", "fake-crash", "fake-hang");
        assertThat(fake.staleness()).isNull();

        BinaryBuild.Outcome second = BinaryBuild.prepare(fake, System.getenv("PATH"), null);
        assertThat(second.built()).isFalse();
        assertThat(Files.readAllLines(src.resolve("builds.txt"))).hasSize(1);

        // a test file changing does not rebuild; a source file does
        FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(fake.binary()).toMillis() + 60_000);
        Files.setLastModifiedTime(src.resolve("main_test.src"), later);
        assertThat(BinaryBuild.prepare(fake, System.getenv("PATH"), null).built()).isFalse();
        Files.setLastModifiedTime(src.resolve("main.src"), later);
        assertThat(fake.staleness()).isEqualTo("main.src is newer than fake-runner");
        BinaryBuild.Outcome third = BinaryBuild.prepare(fake, System.getenv("PATH"), null);
        assertThat(third.built()).isTrue();
        assertThat(Files.readAllLines(src.resolve("builds.txt"))).hasSize(2);
    }

    @Test
    void aBinaryWhoseListIsGarbageIsFailed() throws Exception {
        Path src = Files.createDirectories(dir.resolve("badlist"));
        RunnerBinary fake = FakeRunners.binary(src);
        FakeRunners.writeExecutable(fake.binary(), "#!/bin/sh\necho 'runners: a, b'\n");
        BinaryBuild.Outcome outcome = BinaryBuild.prepare(fake, System.getenv("PATH"), null);
        assertThat(outcome.status()).isEqualTo(Status.failed);
        assertThat(outcome.reason()).isEqualTo("fake-runner --list printed a bad runner list: not a JSON array of runners: 'runners: a, b'");

        FakeRunners.writeExecutable(fake.binary(), "#!/bin/sh\necho 'illegal instruction' >&2\nexit 3\n");
        assertThat(BinaryBuild.prepare(fake, System.getenv("PATH"), null).reason())
                .isEqualTo("fake-runner --list exited with code 3: illegal instruction");

        // a known runner missing from --list is failed, not silently dropped
        FakeRunners.writeExecutable(fake.binary(), "#!/bin/sh\necho '[{\"runner\":\"fake-ok\",\"library\":\"fake/json\","
                + "\"library_version\":\"1\",\"modes\":[\"typed\"]}]'\n");
        Map<String, Contestant> external = byName(prepare(fake, null).contestants());
        assertThat(external.get("fake-ok").unavailable()).isNull();
        assertThat(external.get("fake-crash").unavailable().reason()).startsWith("fake-crash is not in fake-runner --list");
    }

    /** Runs the contestants through the orchestrator, 2 runs of 10 decodes, on the bundled fixture. */
    private List<Result> run(List<Contestant> contestants, List<Mode> modes, Duration timeout) {
        BenchFixture fixture = FixtureLoader.bundled(dir);
        Plan plan = new Plan(contestants, modes, List.of(fixture), new Counts(10, 10, 2, 10, 10), timeout, null);
        return new Orchestrator(new Supervisor(null)).run(plan, new Orchestrator.Listener() { });
    }
}
