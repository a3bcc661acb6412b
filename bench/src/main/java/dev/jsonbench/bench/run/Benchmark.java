package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.fork.UserType;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.AtomicFiles;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.MarkdownReport;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one run pipeline every measuring command goes through: documents → plan → orchestrate (one process at a
 * time, interleaved) → results.json and results.md written atomically → the command's own rendering. A command
 * chooses its contestants, modes and documents, and how to show the results; everything else is the same for all.
 */
public final class Benchmark {

    /** How the runs are ordered, as results.json's {@code config.order} says. */
    static final String ORDER = "timed runs interleaved: round k runs every backend and mode once, starting one further "
            + "than round k-1; then one allocation-counting fork per Java backend and mode (Go and Rust count inside "
            + "their timed runs)";

    /**
     * What a measuring command asks for.
     *
     * @param command      the command's name in results.json ({@code run}, {@code reproduce article})
     * @param documents    the documents: a user's file or directory, or a generated suite's files; empty for the bundled
     *                     fixture
     * @param userType     the user's type typed mode binds on every document; null for the fixture model
     * @param forkTimeout  one time limit for every process; null for limits derived from the counts
     * @param heap         the fixed heap of every Java fork, as recorded
     * @param analysis     how the times are judged
     * @param memory       which heaps the Java backends are measured under besides their own
     * @param outDirectory where results.json, results.md, the rendered files and logs/ go
     * @param claims       the published figures a reproduction compares with; null for a plain run
     */
    public record Request(String command, Lineup lineup, List<Mode> modes, List<Path> documents, UserType userType,
                          Sizing sizing,
                          Analysis analysis, Plan.Heaps memory, Duration forkTimeout, String heap, Path outDirectory,
                          Config.Claims claims) {

        public Request {
            modes = List.copyOf(modes);
            documents = List.copyOf(documents);
        }
    }

    /** How a command shows its results: what it prints, and the files it writes beside results.json. */
    @FunctionalInterface
    public interface Renderer {
        Rendered render(ResultsDocument document);
    }

    /**
     * A command's rendering.
     *
     * @param stdout what is printed
     * @param files  file name to content, written atomically into the output directory
     */
    public record Rendered(String stdout, Map<String, String> files) {
        public Rendered {
            files = new LinkedHashMap<>(files);
        }
    }

    /**
     * What a run gave.
     *
     * @param bad         how many results failed or decoded wrongly
     * @param interrupted whether the run was stopped before its end (SIGINT, SIGTERM)
     */
    public record Outcome(ResultsDocument document, long bad, boolean interrupted) {
    }

    private final Supervisor supervisor;

    public Benchmark(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    /** Measures, writes every file, prints the rendering; every result is written whatever happened to the others. */
    public Outcome run(Request request, Renderer renderer, PrintWriter out, PrintWriter err) {
        Path outDir = request.outDirectory();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw BenchException.usage("cannot create the output directory " + outDir + ": " + e.getMessage());
        }
        Path temp = null;
        try {
            List<BenchFixture> fixtures;
            if (request.documents().isEmpty()) {
                temp = Files.createTempDirectory("jsonbench-");
                fixtures = List.of(FixtureLoader.bundled(temp, request.userType()));
            } else if (request.documents().size() == 1) {
                fixtures = FixtureLoader.user(request.documents().getFirst(), request.userType());
            } else {
                fixtures = FixtureLoader.files(request.documents(), request.userType());
            }
            Plan plan = new Plan(request.lineup().contestants(), request.modes(), fixtures, request.sizing(),
                    request.analysis(), request.memory(), request.forkTimeout(), outDir.resolve("logs"));
            banner(request, plan, err);

            boolean severalLanguages = plan.contestants().stream().map(Contestant::language).distinct().count() > 1;
            Progress progress = new Progress(err, Progress.terminal(), fixtures.size() > 1, severalLanguages);
            Interruption interruption = Interruption.install(supervisor, err);
            try {
                return finish(request, renderer, plan, new Orchestrator(supervisor).run(plan, progress), progress, out, err);
            } finally {
                interruption.done();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Writes every file and prints the rendering: after a complete run, or an interrupted one. */
    private Outcome finish(Request request, Renderer renderer, Plan plan, List<Result> results, Progress progress,
                           PrintWriter out, PrintWriter err) throws IOException {
        Path outDir = request.outDirectory();
        progress.done();
        if (supervisor.stopped()) {
        err.println("jsonbench: interrupted: writing the results measured so far");
        }
        List<String> jvmFlags = flags(plan, Measure.time);
        ResultsDocument document = new ResultsDocument(
                Environment.collect(plan.libraryVersions(), jvmFlags == null ? List.of() : jvmFlags,
                        request.lineup().toolchains()),
                config(request, plan, jvmFlags), results);
        Rendered rendered = renderer.render(document);
        ResultsJson.write(outDir.resolve("results.json"), document);
        AtomicFiles.writeText(outDir.resolve("results.md"), MarkdownReport.render(document));
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : rendered.files().entrySet()) {
            AtomicFiles.writeText(outDir.resolve(file.getKey()), file.getValue());
            written.add(outDir.resolve(file.getKey()).toString());
        }
        written.add(outDir.resolve("results.json").toString());
        written.add(outDir.resolve("results.md").toString());

        out.print(rendered.stdout());
        out.flush();
        err.println("Wrote " + String.join(", ", written.subList(0, written.size() - 1)) + " and " + written.getLast());
        long bad = results.stream().filter(r -> r.status().bad()).count();
        if (bad > 0) {
            err.println("jsonbench: " + bad + " " + Figures.plural(bad, "result") + " failed or wrong (see above and "
                    + plan.logDirectory() + ")");
        }
        err.flush();
        return new Outcome(document, bad, supervisor.stopped());
    }

    private static void banner(Request request, Plan plan, PrintWriter err) {
        Counts c = plan.counts(plan.fixtures().getFirst());
        long backends = plan.contestants().size();
        long counted = plan.contestants().stream().anyMatch(Contestant::countsSeparately) ? 1 : 0;
        err.printf("jsonbench %s: %d %s x %d %s x %d %s, %d timed %s of %s decodes each (warm-up %s), interleaved%s; "
                        + "results in %s%n", request.command(), backends, Figures.plural(backends, "backend"),
                plan.modes().size(), Figures.plural(plan.modes().size(), "mode"), plan.fixtures().size(),
                Figures.plural(plan.fixtures().size(), "document"), c.runs(), Figures.plural(c.runs(), "run"),
                Figures.group(c.iterations()), Figures.group(c.warmup()),
                counted == 0 ? "" : ", and 1 allocation-counting fork per Java backend and mode", request.outDirectory());
        err.flush();
    }

    /** The configuration; the counts are the first document's (each result states its own). */
    private static Config config(Request request, Plan plan, List<String> jvmFlags) {
        Counts c = plan.counts(plan.fixtures().getFirst());
        return new Config(request.command(), request.lineup().names(), request.lineup().languages(), plan.modes(),
                plan.fixtures().stream().map(BenchFixture::describe).toList(), c.iterations(), c.warmup(), c.runs(),
                c.countIterations(), c.countWarmup(), request.sizing().describe(), request.sizing().quick(),
                request.forkTimeout() == null ? null : (int) request.forkTimeout().toSeconds(), ORDER,
                CurrentJvm.javaBinary(), request.heap(), jvmFlags == null ? List.of() : jvmFlags,
                flags(plan, Measure.count), request.analysis().confidence(), request.analysis().basis().name(),
                request.analysis().reference(), request.memory().name(), request.claims());
    }

    /** The flags of the Java forks of this kind, or null when no Java backend is measured. */
    private static List<String> flags(Plan plan, Measure measure) {
        return plan.contestants().stream().filter(c -> c.language() == Language.java && c.countsSeparately())
                .findFirst().map(c -> c.runtimeFlags(measure)).orElse(null);
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
