package dev.jsonbench.bench.compare;

import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.CliException;
import dev.jsonbench.bench.Main;
import dev.jsonbench.bench.orchestra.BenchFixture;
import dev.jsonbench.bench.orchestra.Contestant;
import dev.jsonbench.bench.orchestra.FixtureLoader;
import dev.jsonbench.bench.orchestra.JavaContestant;
import dev.jsonbench.bench.orchestra.Orchestrator;
import dev.jsonbench.bench.orchestra.Plan;
import dev.jsonbench.bench.orchestra.Supervisor;
import dev.jsonbench.bench.report.Environment;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jsonbench reproduce article}: the article's table, every cell measured here, its claims beside them. */
@Command(name = "article", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Measures every runner of the article (compare/article-claims.json: serde_json, encoding/json, jsoniter, "
                        + "sonic) and every Java backend, typed mode, on the bundled 2.4 KB fixture, runs interleaved, and "
                        + "prints the article's table (Solution | Time | Peak Memory | Allocations) as markdown: each cell "
                        + "measured, the claimed value and the measured/claimed ratio beside it, speed relative to serde_json "
                        + "measured in the same run, then the environment.",
                "",
                "Defaults: the article's 100,000 iterations, warm-up as many, 5 runs per row. Writes article.md, "
                        + "results.json and results.md into --out. Go and Rust runners are built when stale; a missing "
                        + "toolchain makes their rows 'skipped'."},
        footer = {"", "Exit codes: 0 every row ok (or skipped), 1 a row failed or decoded wrongly, 2 usage error."})
public final class ReproduceArticleCommand implements Callable<Integer> {

    static final int DEFAULT_RUNS = 5;
    static final int QUICK_ITERATIONS = 2_000;
    static final int QUICK_RUNS = 1;
    static final int DEFAULT_COUNT_ITERATIONS = 1_000;
    static final int DEFAULT_COUNT_WARMUP = 20_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs (processes) per row (default: 5; --quick: 1).")
    Integer runs;

    @Option(names = "--iterations", paramLabel = "N",
            description = "Parses in each timed loop (default: the article's, 100000; --quick: 2000). Figures are shown per "
                    + "the article's count either way.")
    Integer iterations;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed parses before each timed loop (default: as many as --iterations).")
    Integer warmup;

    @Option(names = "--quick", description = "Small counts for smoke tests: 2000 iterations, 2000 warm-up, 1 run.")
    boolean quick;

    @Option(names = "--backends", split = ",", paramLabel = "NAME",
            description = "Java backends measured beside the article's runners (default: every available one; see 'jsonbench list').")
    List<String> backends;

    @Option(names = "--out", paramLabel = "DIR", description = "Where article.md, results.json, results.md and logs/ go (default: results/<timestamp>/).")
    Path out;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = JavaContestant.DEFAULT_HEAP,
            description = "Fixed heap of every Java fork (default: ${DEFAULT-VALUE}); their peak memory depends on it.")
    String heap;

    @Option(names = "--fork-timeout", paramLabel = "SECONDS",
            description = "Time limit of every measured process (default: 120 s + 2 ms per parse, more for counting forks).")
    Integer forkTimeout;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path compare = ProjectRoot.requireCompareDirectory();
        ArticleClaims claims = ArticleClaims.load(compare);
        int n = positive(iterations, quick ? QUICK_ITERATIONS : claims.iterations(), "--iterations", 1);
        int r = positive(runs, quick ? QUICK_RUNS : DEFAULT_RUNS, "--runs", 1);
        int w = positive(warmup, quick ? Math.min(n, QUICK_ITERATIONS) : n, "--warmup", 0);
        if (forkTimeout != null && forkTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "--fork-timeout must be at least 1 second");
        }
        if (heap == null || !heap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new ParameterException(spec.commandLine(), "--heap must be a size such as 1g or 256m, was '" + heap + "'");
        }
        List<String> javaAvailable = JsonDecoders.available();
        List<String> javaNames = javaNames(javaAvailable);
        List<String> names = new ArrayList<>(claims.runners());
        names.addAll(javaNames);
        ExternalRunners.Setup setup = new ExternalRunners.Setup(Optional.of(compare), null, RunnerBinary.defaults(compare),
                Toolchain.searchPath());
        for (String runner : claims.runners()) {
            if (setup.binaries().stream().noneMatch(b -> b.runner(runner).isPresent())) {
                throw CliException.usage(claims.file() + " names runner '" + runner + "', which no Go or Rust runner binary offers");
            }
        }
        ExternalRunners.Selection selection = ExternalRunners.select(names, null, javaAvailable, setup, stderr);

        List<Contestant> contestants = new ArrayList<>();
        for (String name : selection.javaNames()) {
            try {
                contestants.add(JavaContestant.of(name, heap));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        contestants.addAll(selection.external());

        Path outDir = out != null ? out
                : Path.of("results", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")));
        Path temp = null;
        try {
            try {
                Files.createDirectories(outDir);
            } catch (IOException e) {
                throw CliException.usage("cannot create --out directory " + outDir + ": " + e.getMessage());
            }
            temp = Files.createTempDirectory("jsonbench-");
            BenchFixture fixture = FixtureLoader.bundled(temp);
            Plan plan = new Plan(contestants, List.of("typed"), List.of(fixture), n, w, r,
                    Math.min(n, DEFAULT_COUNT_ITERATIONS), Math.min(w, DEFAULT_COUNT_WARMUP),
                    forkTimeout == null ? null : Duration.ofSeconds(forkTimeout), outDir.resolve("logs"));
            stderr.printf("jsonbench reproduce article: %d article row%s + %d Java backend%s, typed, %d run%s of %,d parses "
                            + "(warm-up %,d) each, interleaved; results in %s%n", claims.claims().size(),
                    claims.claims().size() == 1 ? "" : "s", selection.javaNames().size(), selection.javaNames().size() == 1 ? "" : "s",
                    r, r == 1 ? "" : "s", n, w, outDir);
            stderr.flush();
            LineProgress progress = new LineProgress(stderr);
            List<Result> results = selection.finish(new Orchestrator(new Supervisor(null)).run(plan, progress));
            stderr.println("Measured in " + LineProgress.format(progress.elapsed()) + ".");

            ResultsDocument document = new ResultsDocument(ResultsDocument.SCHEMA,
                    selection.environment(Environment.collect(plan.libraryVersions(), JavaContestant.jvmFlags(heap))),
                    config(plan, contestants, claims, selection), results);
            String article = ArticleTable.markdown(claims, document);
            ResultsWriter.writeJson(outDir.resolve("results.json"), document);
            ResultsWriter.writeText(outDir.resolve("results.md"), Report.markdown(document));
            ResultsWriter.writeText(outDir.resolve("article.md"), article);

            stdout.print(article);
            stdout.flush();
            stderr.println("Wrote " + outDir.resolve("article.md") + ", " + outDir.resolve("results.json") + " and "
                    + outDir.resolve("results.md"));
            long bad = results.stream().filter(x -> x.status().equals(Result.FAILED) || x.status().equals(Result.WRONG)).count();
            if (bad > 0) {
                stderr.println("jsonbench: " + bad + " row" + (bad == 1 ? "" : "s") + " failed or wrong (see the table and "
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

    private List<String> javaNames(List<String> available) {
        if (backends == null || backends.isEmpty()) {
            return available;
        }
        List<String> names = List.copyOf(new LinkedHashSet<>(backends.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        for (String name : names) {
            if (!available.contains(name)) {
                throw CliException.usage("no Java backend named '" + name + "'; available: " + String.join(", ", available)
                        + " (the article's runners are always included)");
            }
        }
        return names;
    }

    private Map<String, Object> config(Plan plan, List<Contestant> contestants, ArticleClaims claims,
                                       ExternalRunners.Selection selection) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("command", "reproduce article");
        config.put("claims_file", claims.file().toString());
        config.put("claims_iterations", claims.iterations());
        config.put("backends", contestants.stream().map(Contestant::name).toList());
        config.put("languages", selection.languages());
        config.putAll(plan.describe(true, quick, forkTimeout, heap));
        return config;
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
