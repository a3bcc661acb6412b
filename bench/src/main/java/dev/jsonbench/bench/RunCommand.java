package dev.jsonbench.bench;

import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.orchestra.BenchFixture;
import dev.jsonbench.bench.orchestra.Contestant;
import dev.jsonbench.bench.orchestra.FixtureLoader;
import dev.jsonbench.bench.orchestra.JavaContestant;
import dev.jsonbench.bench.orchestra.Orchestrator;
import dev.jsonbench.bench.orchestra.Plan;
import dev.jsonbench.bench.orchestra.Supervisor;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Format;
import dev.jsonbench.bench.report.Report;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jsonbench run}: the benchmark. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Measures every backend decoding the same document again and again, each run in a forked JVM with the "
                        + "same flags, runs of different backends interleaved; counts allocations exactly in a separate "
                        + "fork; checks every result's digest; writes results.json and results.md.",
                "",
                "Defaults: every available backend, modes typed and tree, the bundled 2.4 KB fixture, 100,000 "
                        + "iterations, 5 runs, as many warm-up iterations as measured ones."},
        footer = {"", "Exit codes: 0 every result ok (or skipped), 1 a run failed or decoded wrongly (all other "
                + "results are still written), 2 usage error."})
final class RunCommand implements Callable<Integer> {

    static final int DEFAULT_ITERATIONS = 100_000;
    static final int DEFAULT_RUNS = 5;
    static final int QUICK_ITERATIONS = 2_000;
    static final int QUICK_RUNS = 1;
    /** The per-op count is exact and steady after warm-up: a short window gives the same figure. */
    static final int DEFAULT_COUNT_ITERATIONS = 1_000;
    /** Enough for C2 to settle on the 2.4 KB fixture (checked against the timed runs' bytes/op). */
    static final int DEFAULT_COUNT_WARMUP = 20_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--backends", split = ",", paramLabel = "NAME",
            description = "Backends to measure, comma-separated: Java backends and Go/Rust runners alike, e.g. "
                    + "jackson,serde-json-owned,encoding-json (see 'jsonbench list'). Default: every Java backend and one "
                    + "runner per Go/Rust library, of --languages; 'all' adds the variants (serde-json-borrowed, "
                    + "jsoniter-fastest, sonic-std, encoding-json-v2).")
    List<String> backends;

    @Option(names = "--languages", split = ",", paramLabel = "LANG",
            description = "java, rust, go, comma-separated (default: all). Go and Rust runners are built when stale; a "
                    + "missing toolchain makes them 'skipped'.")
    List<String> languages;

    /** The Go and Rust side of the run (dev.jsonbench.bench.compare). */
    dev.jsonbench.bench.compare.ExternalRunners.Selection externals;

    @Option(names = "--modes", split = ",", paramLabel = "MODE",
            description = "typed (into ApiResponse), tree (untyped value model), or both (default: typed,tree).")
    List<Mode> modes;

    @Option(names = "--fixture", paramLabel = "FILE|DIR",
            description = "Your own document, or every *.json file of a directory (default: the bundled 2.4 KB API "
                    + "response). Files that are not the fixture model run in tree mode only.")
    Path fixture;

    @Option(names = "--iterations", paramLabel = "N", description = "Decodes in each timed loop (default: 100000; --quick: 2000).")
    Integer iterations;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs (forks) per backend and mode (default: 5; --quick: 1).")
    Integer runs;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Untimed decodes before each timed loop (default: as many as --iterations; 0 gives the cold loop).")
    Integer warmup;

    @Option(names = "--count-iterations", paramLabel = "N",
            description = "Decodes in the allocation-counting window (default: 1000, or --iterations if smaller).")
    Integer countIterations;

    @Option(names = "--count-warmup", paramLabel = "N",
            description = "Warm-up of the allocation-counting fork (default: 20000, or --warmup if smaller).")
    Integer countWarmup;

    @Option(names = "--out", paramLabel = "DIR", description = "Where results.json, results.md and logs/ go (default: results/<timestamp>/).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--quick", description = "Small counts for smoke tests: 2000 iterations, 1 run, 2000 warm-up.")
    boolean quick;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = JavaContestant.DEFAULT_HEAP,
            description = "Fixed heap of every Java fork, as -Xms/-Xmx (default: ${DEFAULT-VALUE}). Peak memory depends "
                    + "on it: a small heap (e.g. 128m) shows retained memory rather than young-generation size.")
    String heap;

    @Option(names = "--fork-timeout", paramLabel = "SECONDS",
            description = "Time limit of every forked process (default: 120 s + 2 ms per decode, more for counting forks).")
    Integer forkTimeout;

    /** The counts after defaults and --quick. */
    record Counts(int iterations, int runs, int warmup, int countIterations, int countWarmup, List<String> modes) {
    }

    Counts counts() {
        int n = positive(iterations, quick ? QUICK_ITERATIONS : DEFAULT_ITERATIONS, "--iterations", 1);
        int r = positive(runs, quick ? QUICK_RUNS : DEFAULT_RUNS, "--runs", 1);
        int w = positive(warmup, quick ? Math.min(n, QUICK_ITERATIONS) : n, "--warmup", 0);
        int cn = positive(countIterations, Math.min(n, DEFAULT_COUNT_ITERATIONS), "--count-iterations", 1);
        int cw = positive(countWarmup, Math.min(w, DEFAULT_COUNT_WARMUP), "--count-warmup", 0);
        if (forkTimeout != null && forkTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "--fork-timeout must be at least 1 second");
        }
        if (heap == null || !heap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new ParameterException(spec.commandLine(), "--heap must be a size such as 1g or 256m, was '" + heap + "'");
        }
        List<String> modeNames = (modes == null || modes.isEmpty() ? List.of(Mode.typed, Mode.tree) : modes).stream()
                .distinct().map(Enum::name).toList();
        return new Counts(n, r, w, cn, cw, modeNames);
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Counts counts = counts();
        int n = counts.iterations();
        int r = counts.runs();
        int w = counts.warmup();
        int cn = counts.countIterations();
        int cw = counts.countWarmup();
        List<String> modeNames = counts.modes();

        List<Contestant> contestants = contestants();
        Path outDir = out != null ? out : Path.of("results", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")));
        Path temp = null;
        try {
            List<BenchFixture> fixtures;
            if (fixture == null) {
                temp = Files.createTempDirectory("jsonbench-");
                fixtures = List.of(FixtureLoader.bundled(temp));
            } else {
                fixtures = FixtureLoader.user(fixture);
            }
            try {
                Files.createDirectories(outDir);
            } catch (IOException e) {
                throw CliException.usage("cannot create --out directory " + outDir + ": " + e.getMessage());
            }
            Plan plan = new Plan(contestants, modeNames, fixtures, n, w, r, cn, cw,
                    forkTimeout == null ? null : Duration.ofSeconds(forkTimeout), outDir.resolve("logs"));
            long units = contestants.size() * (long) modeNames.size() * fixtures.size();
            stderr.printf("jsonbench run: %d backend%s x %d mode%s x %d document%s, %d timed run%s of %,d decodes each "
                            + "(warm-up %,d), and 1 allocation-counting fork per Java backend and mode; results in %s%n",
                    contestants.size(), plural(contestants.size()), modeNames.size(), plural(modeNames.size()),
                    fixtures.size(), plural(fixtures.size()), r, plural(r), n, w, outDir);
            if (units == 0) {
                throw CliException.usage("nothing to measure");
            }
            Progress progress = new Progress(stderr, Main.interactive, fixtures.size() > 1);
            List<Result> results = externals.finish(new Orchestrator(new Supervisor(null)).run(plan, progress));
            progress.done();

            ResultsDocument document = new ResultsDocument(ResultsDocument.SCHEMA,
                    externals.environment(Environment.collect(plan.libraryVersions(), JavaContestant.jvmFlags(heap))),
                    config(plan, contestants), results);
            ResultsWriter.writeJson(outDir.resolve("results.json"), document);
            ResultsWriter.writeText(outDir.resolve("results.md"), Report.markdown(document));

            stdout.print(Report.render(document, format));
            stdout.flush();
            stderr.println("Wrote " + outDir.resolve("results.json") + " and " + outDir.resolve("results.md"));
            long bad = results.stream().filter(x -> x.status().equals(Result.FAILED) || x.status().equals(Result.WRONG)).count();
            if (bad > 0) {
                stderr.println("jsonbench: " + bad + " result" + plural((int) bad) + " failed or wrong (see above and "
                        + outDir.resolve("logs") + ")");
                return Main.EXIT_FAILURE;
            }
            return Main.EXIT_OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private List<Contestant> contestants() {
        externals = dev.jsonbench.bench.compare.ExternalRunners.select(backends, languages, JsonDecoders.available(),
                dev.jsonbench.bench.compare.ExternalRunners.Setup.detect(), spec.commandLine().getErr());
        List<String> names = externals.javaNames();
        if (externals.isEmpty()) {
            throw CliException.failure("no JSON backend on the class path (build the adapters: ./jsonbench builds them)");
        }
        List<Contestant> contestants = new ArrayList<>();
        for (String name : names) {
            try {
                contestants.add(JavaContestant.of(name, heap));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        contestants.addAll(externals.external());
        return contestants;
    }

    private int positive(Integer value, int fallback, String option, int min) {
        if (value == null) {
            return fallback;
        }
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    private Map<String, Object> config(Plan plan, List<Contestant> contestants) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("backends", contestants.stream().map(Contestant::name).toList());
        config.put("languages", externals.languages());
        config.putAll(plan.describe(fixture == null, quick, forkTimeout, heap));
        return config;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
