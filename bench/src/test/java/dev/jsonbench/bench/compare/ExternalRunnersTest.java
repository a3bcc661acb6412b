package dev.jsonbench.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.bench.CliException;
import dev.jsonbench.bench.orchestra.BenchFixture;
import dev.jsonbench.bench.orchestra.Contestant;
import dev.jsonbench.bench.orchestra.FixtureLoader;
import dev.jsonbench.bench.orchestra.Job;
import dev.jsonbench.bench.orchestra.Orchestrator;
import dev.jsonbench.bench.orchestra.Plan;
import dev.jsonbench.bench.orchestra.RunOutcome;
import dev.jsonbench.bench.orchestra.Supervisor;
import dev.jsonbench.bench.report.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing, building and running Go/Rust runners without Go or Rust: a missing toolchain (an empty search path), a
 * fake runner binary (a shell script) that works, prints garbage, crashes or hangs, a build that fails, and the
 * build cache.
 */
class ExternalRunnersTest {

    static final List<String> JAVA = List.of("jackson", "gson");

    @TempDir
    Path dir;

    private final StringWriter log = new StringWriter();

    private static Map<String, Contestant> byName(List<Contestant> contestants) {
        return contestants.stream().collect(Collectors.toMap(Contestant::name, Function.identity()));
    }

    @Test
    void aMissingToolchainSkipsItsRunnersWithTheInstallHint() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty-bin"));
        for (String searchPath : List.of("", empty.toString())) {
            ExternalRunners.Setup setup = new ExternalRunners.Setup(Optional.of(dir), null, RunnerBinary.defaults(dir), searchPath);
            ExternalRunners.Selection selection = ExternalRunners.select(null, null, JAVA, setup, new PrintWriter(log));

            assertThat(selection.javaNames()).containsExactly("jackson", "gson");
            Map<String, Contestant> external = byName(selection.external());
            assertThat(external).containsOnlyKeys("serde-json-owned", "sonic-rs", "encoding-json", "jsoniter-std",
                    "sonic-default");
            UnavailableContestant serde = (UnavailableContestant) external.get("serde-json-owned");
            assertThat(serde.status()).isEqualTo("skipped");
            assertThat(serde.reason()).isEqualTo("cargo not found (install Rust to include serde_json)");
            assertThat(serde.language()).isEqualTo("rust");
            UnavailableContestant go = (UnavailableContestant) external.get("sonic-default");
            assertThat(go.reason()).isEqualTo("go not found (install Go to include encoding/json, jsoniter, sonic)");
            assertThat(selection.builds()).extracting(BinaryBuild.Outcome::status).containsOnly("skipped");
        }

        // Through the orchestrator: a skipped result per mode with that reason, nothing started.
        ExternalRunners.Setup setup = new ExternalRunners.Setup(Optional.of(dir), null, RunnerBinary.defaults(dir), "");
        ExternalRunners.Selection selection = ExternalRunners.select(List.of("serde-json-owned", "encoding-json"), null, JAVA,
                setup, null);
        List<Result> results = run(selection.external(), List.of("typed", "tree"), null);
        assertThat(results).hasSize(4).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("skipped");
            assertThat(r.runsNs()).isEmpty();
            assertThat(r.totalMs()).isNull();
        });
        assertThat(results).extracting(Result::reason).contains("cargo not found (install Rust to include serde_json)",
                "go not found (install Go to include encoding/json, jsoniter, sonic)");
        assertThat(selection.finish(results)).isEqualTo(results);
    }

    @Test
    void backendsNameJavaBackendsAndRunnersAlike() {
        ExternalRunners.Setup setup = new ExternalRunners.Setup(Optional.of(dir), null, RunnerBinary.defaults(dir), "");
        ExternalRunners.Selection s = ExternalRunners.select(List.of("gson", " serde-json-owned", "gson", "sonic-default"),
                null, JAVA, setup, null);
        assertThat(s.javaNames()).containsExactly("gson");
        assertThat(s.external()).extracting(Contestant::name).containsExactly("serde-json-owned", "sonic-default");

        // only Java named: nothing external considered, nothing built
        ExternalRunners.Selection javaOnly = ExternalRunners.select(List.of("jackson"), null, JAVA, setup, null);
        assertThat(javaOnly.external()).isEmpty();
        assertThat(javaOnly.builds()).isEmpty();

        ExternalRunners.Selection goOnly = ExternalRunners.select(null, List.of("GO"), JAVA, setup, null);
        assertThat(goOnly.javaNames()).isEmpty();
        assertThat(goOnly.external()).extracting(Contestant::language).containsOnly("go");
        assertThat(goOnly.languages()).containsExactly("go");

        ExternalRunners.Selection javaLanguage = ExternalRunners.select(null, List.of("java"), JAVA, setup, null);
        assertThat(javaLanguage.external()).isEmpty();
    }

    @Test
    void theDefaultRunHasOneRunnerPerLibraryAndAllAddsTheVariants() {
        ExternalRunners.Setup setup = new ExternalRunners.Setup(Optional.of(dir), null, RunnerBinary.defaults(dir), "");
        ExternalRunners.Selection byDefault = ExternalRunners.select(null, null, JAVA, setup, null);
        assertThat(byDefault.javaNames()).containsExactly("jackson", "gson");
        assertThat(byDefault.external()).extracting(Contestant::name)
                .containsExactly("serde-json-owned", "sonic-rs", "encoding-json", "jsoniter-std", "sonic-default");
        // the jsonv2 binary offers only a variant: not even considered for building
        assertThat(byDefault.builds()).extracting(b -> b.binary().id()).containsExactly("rust", "go");

        ExternalRunners.Selection all = ExternalRunners.select(List.of("all"), null, JAVA, setup, null);
        assertThat(all.javaNames()).containsExactly("jackson", "gson");
        assertThat(all.external()).extracting(Contestant::name).containsExactly("serde-json-owned", "serde-json-borrowed",
                "sonic-rs", "encoding-json", "jsoniter-std", "jsoniter-fastest", "sonic-default", "sonic-std",
                "encoding-json-v2");
        assertThat(all.builds()).extracting(b -> b.binary().id()).containsExactly("rust", "go", "go-jsonv2");

        ExternalRunners.Selection goAll = ExternalRunners.select(List.of("all"), List.of("go"), JAVA, setup, null);
        assertThat(goAll.javaNames()).isEmpty();
        assertThat(goAll.external()).extracting(Contestant::language).containsOnly("go");

        // a variant is still available by name
        assertThat(ExternalRunners.select(List.of("sonic-std"), null, JAVA, setup, null).external())
                .extracting(Contestant::name).containsExactly("sonic-std");
        assertThatThrownBy(() -> ExternalRunners.select(List.of("all", "gson"), null, JAVA, setup, null))
                .isInstanceOf(CliException.class)
                .hasMessage("'all' selects every backend and cannot be combined with names");
    }

    @Test
    void selectionErrorsAreUsageErrors() {
        ExternalRunners.Setup setup = new ExternalRunners.Setup(Optional.of(dir), null, RunnerBinary.defaults(dir), "");
        assertThatThrownBy(() -> ExternalRunners.select(List.of("jackson", "nosuch"), null, JAVA, setup, null))
                .isInstanceOf(CliException.class)
                .hasMessage("no JSON backend named 'nosuch'; available: jackson, gson (java); serde-json-owned, "
                        + "serde-json-borrowed, sonic-rs (rust); encoding-json, jsoniter-std, jsoniter-fastest, sonic-default, "
                        + "sonic-std, encoding-json-v2 (go); or all");
        assertThatThrownBy(() -> ExternalRunners.select(List.of("serde-json-owned"), List.of("java", "go"), JAVA, setup, null))
                .hasMessage("'serde-json-owned' is a rust backend, but --languages is java,go");
        assertThatThrownBy(() -> ExternalRunners.select(null, List.of("kotlin"), JAVA, setup, null))
                .hasMessage("unknown language 'kotlin' in --languages; choose among java, rust, go");
        assertThat(((CliException) catchUsage(() -> ExternalRunners.select(null, List.of("kotlin"), JAVA, setup, null))).exitCode())
                .isEqualTo(2);

        // compare/ not found: skipped by default, an error when Go or Rust was asked for
        ExternalRunners.Setup lost = new ExternalRunners.Setup(Optional.empty(), "cannot find compare/", RunnerBinary.defaults(dir), "");
        ExternalRunners.Selection byDefault = ExternalRunners.select(null, null, JAVA, lost, null);
        assertThat(byDefault.external()).allSatisfy(c -> assertThat(((UnavailableContestant) c).reason()).isEqualTo("cannot find compare/"));
        assertThatThrownBy(() -> ExternalRunners.select(List.of("encoding-json"), null, JAVA, lost, null)).hasMessage("cannot find compare/");
    }

    private static Throwable catchUsage(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }

    @Test
    void aRunnerThatPrintsGarbageCrashesOrHangsIsFailedAndTheOthersStillRun() throws Exception {
        RunnerBinary fake = FakeRunners.prebuilt(dir.resolve("fake"));
        ExternalRunners.Setup setup = ExternalRunners.Setup.of(List.of(fake), System.getenv("PATH"));
        ExternalRunners.Selection selection = ExternalRunners.select(null, null, List.of(), setup, new PrintWriter(log));
        assertThat(selection.builds()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo("ok");
            assertThat(b.built()).isFalse();
        });
        assertThat(selection.external()).allSatisfy(c -> assertThat(c).isInstanceOf(ExternalContestant.class));

        List<Result> results = selection.finish(run(selection.external(), List.of("typed", "tree"), Duration.ofSeconds(3)));
        Map<String, Result> typed = results.stream().filter(r -> r.mode().equals("typed"))
                .collect(Collectors.toMap(Result::runner, Function.identity()));

        Result ok = typed.get("fake-ok");
        assertThat(ok.status()).isEqualTo("ok");
        assertThat(ok.language()).isEqualTo("go");
        assertThat(ok.library()).isEqualTo("fake/json");
        assertThat(ok.libraryVersion()).isEqualTo("v9.9.9");
        assertThat(ok.configuration()).isEqualTo("a good fake");
        assertThat(ok.jvmFlags()).isEmpty();
        assertThat(ok.countJvmFlags()).isNull();
        assertThat(ok.allocsPerOp()).isEqualTo(7.0);
        assertThat(ok.allocsVerified()).isTrue();
        assertThat(ok.allocsMethod()).isEqualTo("fake counter");
        assertThat(ok.peakRssBytes()).isEqualTo(1_000_000L);
        assertThat(ok.digestOk()).isTrue();
        assertThat(ok.runsNs()).containsExactly(123456L, 123456L);

        assertThat(typed.get("fake-garbage").status()).isEqualTo("failed");
        assertThat(typed.get("fake-garbage").reason()).isEqualTo("run 1 of 2: unparseable output: 'this is not json'");
        assertThat(typed.get("fake-crash").status()).isEqualTo("failed");
        assertThat(typed.get("fake-crash").reason()).isEqualTo("run 1 of 2: exited with code 3: fatal: fake crash");
        assertThat(typed.get("fake-hang").status()).isEqualTo("failed");
        assertThat(typed.get("fake-hang").reason()).isEqualTo("run 1 of 2: timed out after 3 s");

        Result hangTree = results.stream().filter(r -> r.runner().equals("fake-hang") && r.mode().equals("tree")).findFirst().orElseThrow();
        assertThat(hangTree.status()).isEqualTo("skipped");
        assertThat(hangTree.reason()).isEqualTo("fake-hang has no tree mode (fake-runner --list)");
    }

    @Test
    void aBuildFailureFailsThatBinarysRunnersWithTheTailOfTheLog() throws Exception {
        Path src = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(src.resolve("build.sh"), "echo compiling fake\necho 'error[E0425]: cannot find value `x`'\n"
                + "echo 'error: could not compile fake' >&2\nexit 101\n");
        RunnerBinary fake = FakeRunners.binary(src);
        ExternalRunners.Setup setup = ExternalRunners.Setup.of(List.of(fake), System.getenv("PATH"));
        ExternalRunners.Selection selection = ExternalRunners.select(List.of("fake-ok", "fake-crash"), null, List.of(), setup,
                new PrintWriter(log));

        assertThat(log.toString()).contains("building the fake runners (FAKE_BUILD=1 sh build.sh in " + src);
        assertThat(selection.external()).hasSize(2).allSatisfy(c -> {
            UnavailableContestant u = (UnavailableContestant) c;
            assertThat(u.status()).isEqualTo("failed");
            assertThat(u.reason()).startsWith("build failed (exit 101): `FAKE_BUILD=1 sh build.sh` in " + src)
                    .contains("last lines: compiling fake | error[E0425]: cannot find value `x` | error: could not compile fake")
                    .endsWith("(full log: " + fake.buildLog() + ")");
        });

        List<Result> results = selection.finish(run(selection.external(), List.of("typed"), null));
        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("failed");
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
        assertThat(first.status()).as(first.reason()).isEqualTo("ok");
        assertThat(first.built()).isTrue();
        assertThat(first.listed()).extracting(RunnerList.Entry::runner).containsExactly("fake-ok", "fake-garbage", "fake-crash", "fake-hang");
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
        assertThat(outcome.status()).isEqualTo("failed");
        assertThat(outcome.reason()).isEqualTo("fake-runner --list printed a bad runner list: not JSON: 'runners: a, b'");

        FakeRunners.writeExecutable(fake.binary(), "#!/bin/sh\necho 'illegal instruction' >&2\nexit 3\n");
        assertThat(BinaryBuild.prepare(fake, System.getenv("PATH"), null).reason())
                .isEqualTo("fake-runner --list exited with code 3: illegal instruction");

        // a known runner missing from --list is failed, not silently dropped
        FakeRunners.writeExecutable(fake.binary(), "#!/bin/sh\necho '[{\"runner\":\"fake-ok\",\"library\":\"fake/json\","
                + "\"library_version\":\"1\",\"modes\":[\"typed\"]}]'\n");
        ExternalRunners.Selection selection = ExternalRunners.select(null, null, List.of(),
                ExternalRunners.Setup.of(List.of(fake), System.getenv("PATH")), null);
        Map<String, Contestant> external = byName(selection.external());
        assertThat(external.get("fake-ok")).isInstanceOf(ExternalContestant.class);
        assertThat(((UnavailableContestant) external.get("fake-crash")).reason()).startsWith("fake-crash is not in fake-runner --list");
    }

    /** Runs the contestants through the orchestrator, 2 runs of 10 decodes, on the bundled fixture. */
    private List<Result> run(List<Contestant> contestants, List<String> modes, Duration timeout) {
        BenchFixture fixture = FixtureLoader.bundled(dir);
        Plan plan = new Plan(contestants, modes, List.of(fixture), 10, 10, 2, 10, 10, timeout, null);
        return new Orchestrator(new Supervisor(null)).run(plan, new Orchestrator.Listener() {
            @Override
            public void starting(Job job, int index, int total, Duration eta) {
            }

            @Override
            public void finished(Job job, RunOutcome outcome, int index, int total) {
            }
        });
    }
}
