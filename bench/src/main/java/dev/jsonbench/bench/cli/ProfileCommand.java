package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.contestant.java.JavaContestant;
import dev.jsonbench.bench.jfr.AllocationProfile;
import dev.jsonbench.bench.jfr.FlameGraphs;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RunReport;
import dev.jsonbench.bench.report.AtomicFiles;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.TextTable;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.BenchFixture;
import dev.jsonbench.bench.run.FixtureLoader;
import dev.jsonbench.bench.run.ForkOutcome;
import dev.jsonbench.bench.run.Job;
import dev.jsonbench.bench.run.Plan;
import dev.jsonbench.bench.run.RunOutcome;
import dev.jsonbench.bench.run.RunRequest;
import dev.jsonbench.bench.run.Supervisor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jsonbench profile}: where one backend's allocations come from. */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Shows where a backend's allocations come from: a forked JVM (-XX:-UseTLAB) records every allocation "
                        + "of a short window with its stack trace (JFR), grouped by allocated class and by the first "
                        + "stack frame outside the JDK. Prints the top entries and writes profile.md, interactive flame "
                        + "graphs (alloc.html by bytes, alloc-objects.html by objects; open them in a browser) with their "
                        + "collapsed stacks (alloc.collapsed, alloc-objects.collapsed), and keeps the .jfr file. Nothing "
                        + "is timed."})
final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"--backend", "--backends"}, required = true, paramLabel = "NAME", description = "The backend to profile (see 'jsonbench list').")
    String backend;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "typed", description = "typed or tree (default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Option(names = "--fixture", paramLabel = "FILE", description = "Your own document (default: the bundled fixture).")
    Path fixture;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5000",
            description = "Decodes recorded with stack traces; 1000 to 10000 is plenty (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000", description = "Unrecorded decodes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--stack-depth", paramLabel = "N", defaultValue = "32", description = "Frames kept per stack trace, 1 to 256 (default: ${DEFAULT-VALUE}).")
    int stackDepth;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Rows per table (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--out", paramLabel = "DIR", description = "Where profile.md and the .jfr file go (default: results/profile-<backend>-<mode>-<timestamp>/).")
    Path out;

    @Option(names = "--fork-timeout", paramLabel = "SECONDS", description = "Time limit of the forked JVM (default: derived from the counts).")
    Integer forkTimeout;

    @Option(names = "--diff", paramLabel = "BASE.collapsed",
            description = "Also write alloc-diff.html: this profile's bytes flame graph coloured by how much more (red) or "
                    + "less (blue) each stack allocates than in BASE, the alloc.collapsed of an earlier profile with the "
                    + "same --iterations (another version, document or setting of the same backend).")
    Path diff;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        check(iterations >= 1, "--iterations must be at least 1");
        check(warmup >= 0, "--warmup must be at least 0");
        check(stackDepth >= 1 && stackDepth <= 256, "--stack-depth must be between 1 and 256");
        check(top >= 1, "--top must be at least 1");
        check(forkTimeout == null || forkTimeout >= 1, "--fork-timeout must be at least 1 second");

        JavaContestant contestant;
        try {
            contestant = JavaContestant.of(backend);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw BenchException.usage(e.getMessage());
        }
        if (!contestant.modes().contains(mode)) {
            throw BenchException.usage(contestant.unsupportedModes().getOrDefault(mode, backend + " has no " + mode + " mode"));
        }
        if (diff != null) {
            try {
                FlameGraphs.total(Inputs.existingFile(diff.toString()));
            } catch (IOException e) {
                throw BenchException.usage("--diff: " + e.getMessage());
            }
        }
        Path outDir = OutputDirectory.orDefault(out, "profile-" + backend + "-" + mode + "-");
        try {
            if (fixture != null && Files.isDirectory(fixture)) {
                throw BenchException.usage("--fixture must be a file for profile, not a directory: " + fixture);
            }
            Files.createDirectories(outDir);
            BenchFixture document = fixture == null ? FixtureLoader.bundled(outDir) : FixtureLoader.user(fixture).getFirst();
            if (mode == Mode.typed && !document.typedAllowed()) {
                throw BenchException.usage(document.typedProblem());
            }
            Path jfr = outDir.resolve(backend + "-" + mode + ".jfr").toAbsolutePath();
            RunRequest request = RunRequest.profile(mode, document.path(), iterations, warmup, document.digest(), jfr, stackDepth);
            stderr.printf("jsonbench profile: %s %s, %,d recorded decodes with stack traces (depth %d) after %,d warm-up...%n",
                    backend, mode, iterations, stackDepth, warmup);
            stderr.flush();
            ForkOutcome fork = new Supervisor(null).run(contestant.command(request),
                    Plan.timeout(request, forkTimeout == null ? null : Duration.ofSeconds(forkTimeout)));
            RunOutcome outcome = RunOutcome.of(new Job(contestant, document, mode, request, 1, 1), fork);
            if (!outcome.ok()) {
                if (!fork.stderr().isBlank()) {
                    Files.writeString(outDir.resolve("profile.stderr.log"), fork.stderr());
                }
                throw BenchException.failure("profiling " + backend + " " + mode + " " + outcome.status() + ": " + outcome.reason());
            }
            RunReport report = outcome.report();
            AllocationProfile profile = AllocationProfile.read(jfr, report.benchmarkThreadId(), iterations);
            String text = render(profile, report, document, jfr, contestant);
            String title = String.format(Locale.ROOT, "%s %s, %,d decodes of %s", backend, mode, iterations, document.name());
            FlameGraphs.Written graphs = FlameGraphs.write(jfr, report.benchmarkThreadId(), outDir, title);
            requireSameTotals(graphs, profile);
            List<Path> written = new ArrayList<>(List.of(outDir.resolve("profile.md"), graphs.bytes().html(),
                    graphs.objects().html(), graphs.bytes().collapsed(), graphs.objects().collapsed()));
            if (diff != null) {
                written.add(FlameGraphs.diff(diff, graphs.bytes().collapsed(), outDir.resolve("alloc-diff.html"),
                        title + ": bytes allocated against " + diff));
            }
            AtomicFiles.writeText(outDir.resolve("profile.md"), markdown(profile, report, document, jfr, contestant));
            stdout.print(text);
            stdout.flush();
            stderr.println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList())
                    + "; open the .html flame graphs in a browser, " + jfr + " in JDK Mission Control (jmc)");
            return ExitCode.OK.code();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The flame graphs must show exactly the allocations the tables count, or one of them is wrong. */
    private static void requireSameTotals(FlameGraphs.Written graphs, AllocationProfile profile) {
        if (graphs.bytes().total() != profile.totalBytes() || graphs.objects().total() != profile.totalCount()) {
            throw BenchException.failure(String.format(Locale.ROOT, "the flame graphs do not add up to the profile: %,d "
                            + "bytes and %,d objects drawn, %,d bytes and %,d objects counted", graphs.bytes().total(),
                    graphs.objects().total(), profile.totalBytes(), profile.totalCount()));
        }
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }

    private String headline(AllocationProfile profile, RunReport report, BenchFixture document) {
        return String.format(Locale.ROOT, "%s %s on %s: %s allocations/op, %s bytes/op over %,d decodes (%s)",
                backend, mode, document.name(), perOp(profile.totalCount(), profile.iterations()),
                perOp(profile.totalBytes(), profile.iterations()), profile.iterations(),
                Boolean.TRUE.equals(report.allocsVerified()) ? "verified: events add up to ThreadMXBean's bytes"
                        : "UNVERIFIED: " + report.allocsProblem());
    }

    private String render(AllocationProfile profile, RunReport report, BenchFixture document, Path jfr,
                          JavaContestant contestant) {
        StringBuilder out = new StringBuilder(headline(profile, report, document)).append("\n\n");
        out.append("By allocated class\n")
                .append(TextTable.aligned(rows(profile.byClass(), profile, "Class"), TextTable.Columns.FIGURES)).append('\n');
        out.append("By allocation site (first frame outside the JDK)\n")
                .append(TextTable.aligned(rows(profile.bySite(), profile, "Site"), TextTable.Columns.FIGURES)).append('\n');
        out.append("Recording: ").append(jfr).append('\n');
        return out.toString();
    }

    private String markdown(AllocationProfile profile, RunReport report, BenchFixture document, Path jfr,
                            JavaContestant contestant) {
        return "# Allocation profile: " + backend + " " + mode + "\n\n" + headline(profile, report, document) + "\n\n"
                + "## By allocated class\n\n"
                + TextTable.markdown(code(rows(profile.byClass(), profile, "Class")), TextTable.Columns.FIGURES) + "\n"
                + "## By allocation site (first frame outside the JDK)\n\n"
                + TextTable.markdown(code(rows(profile.bySite(), profile, "Site")), TextTable.Columns.FIGURES) + "\n"
                + "Flame graphs: `alloc.html` (bytes), `alloc-objects.html` (objects), from `alloc.collapsed` and "
                + "`alloc-objects.collapsed`" + (diff == null ? "" : "; `alloc-diff.html` against `" + diff + "`") + ".\n"
                + "Recording: `" + jfr.getFileName() + "` (open in JDK Mission Control). Stack depth " + stackDepth
                + ", warm-up " + warmup + ", JVM flags: `" + String.join(" ", contestant.runtimeFlags(Measure.profile)) + "`\n";
    }

    /** Class and method names as code, so that {@code <init>} and {@code $} survive markdown. */
    private static List<String[]> code(List<String[]> rows) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i).clone();
            if (i > 0 && !row[0].startsWith("(")) {
                row[0] = "`" + row[0] + "`";
            }
            out.add(row);
        }
        return out;
    }

    private List<String[]> rows(List<AllocationProfile.Group> groups, AllocationProfile profile, String what) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{what, "allocs/op", "bytes/op", "share of bytes"});
        for (AllocationProfile.Group g : groups.subList(0, Math.min(top, groups.size()))) {
            rows.add(new String[]{g.key(), perOp(g.count(), profile.iterations()), perOp(g.bytes(), profile.iterations()),
                    profile.totalBytes() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * g.bytes() / profile.totalBytes())});
        }
        if (groups.size() > top) {
            rows.add(new String[]{"(" + (groups.size() - top) + " more)", "", "", ""});
        }
        return rows;
    }

    private static String perOp(long total, long iterations) {
        return Figures.perOp((double) total / iterations);
    }
}
