package dev.jsonbench.jmh;

import dev.jsonbench.jmh.OverheadOptions.UsageException;
import dev.jsonbench.jmh.OverheadPlan.Kind;
import dev.jsonbench.jmh.OverheadPlan.Pair;
import dev.jsonbench.jmh.OverheadPlan.PlannedFork;
import dev.jsonbench.jmh.PairResult.Scores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The adapters' overhead over their libraries, measured interleaved: round after round, one JMH fork of the adapter,
 * of the direct benchmark and (dsljson, jsoniter, gson) of direct + validator for each (backend, mode), next to each
 * other, in the order {@link OverheadPlan} gives. On a shared machine whose speed drifts over minutes, running all
 * forks of one benchmark and then all of the other puts the drift into the ratio; here each round gives one ratio of
 * forks run seconds apart, and the median of those ratios is the overhead.
 *
 * <p>Run from the JMH uber-jar: {@code java -cp jsonbench-jmh.jar dev.jsonbench.jmh.AdapterOverhead --help}.
 */
public final class AdapterOverhead {

    /** JVM start, JMH and benchmark setup of one fork, on top of its iterations: 1 to 1.5 s on the 2-core VM. */
    static final double FORK_STARTUP_SECONDS = 1.5;

    /** Runs one planned fork; JMH in {@link #main}, canned scores in tests. */
    interface ForkRunner {
        Measurement run(PlannedFork fork, OverheadOptions options) throws RunnerException;
    }

    /** One fork's primary score (ns/op) and allocation (B/op, NaN when the GC profiler gave none). */
    record Measurement(double nsPerOp, double bytesPerOp) {
    }

    private AdapterOverhead() {
    }

    public static void main(String[] args) {
        boolean live = System.console() != null && System.console().isTerminal();
        System.exit(run(args, System.out, System.err, live, AdapterOverhead::runJmhFork));
    }

    /** Returns the exit status: 0, 1 when a fork or the output file failed, 2 for a bad command line. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean liveProgress, ForkRunner runner) {
        OverheadOptions options;
        try {
            options = OverheadOptions.parse(args);
        } catch (UsageException e) {
            err.println("AdapterOverhead: " + e.getMessage() + " (--help for usage)");
            return 2;
        }
        if (options.help()) {
            out.print(OverheadOptions.USAGE);
            return 0;
        }
        List<Pair> pairs = OverheadPlan.pairs(options.backends(), options.modes());
        List<PlannedFork> plan = OverheadPlan.plan(options.rounds(), pairs);
        Map<Pair, Map<Kind, Scores>> scores = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            Map<Kind, Scores> byKind = new EnumMap<>(Kind.class);
            for (Kind kind : pair.kinds()) {
                byKind.put(kind, Scores.forRounds(options.rounds()));
            }
            scores.put(pair, byKind);
        }

        Progress progress = new Progress(err, liveProgress, plan.size(), estimatedSeconds(plan.size(), options));
        for (PlannedFork fork : plan) {
            progress.starting(fork, options.rounds());
            Measurement measurement;
            try {
                measurement = runner.run(fork, options);
            } catch (RunnerException | RuntimeException e) {
                progress.end();
                err.println("AdapterOverhead: " + fork.benchmark() + " " + fork.params() + " failed: "
                        + (e instanceof RunnerException ? e.getMessage() : causes(e)));
                return 1;
            }
            Scores forkScores = scores.get(fork.pair()).get(fork.kind());
            forkScores.ns()[fork.round() - 1] = measurement.nsPerOp();
            forkScores.bytesPerOp()[fork.round() - 1] = measurement.bytesPerOp();
        }
        progress.end();

        List<PairResult> results = new ArrayList<>();
        scores.forEach((pair, byKind) -> results.add(
                new PairResult(pair, byKind.get(Kind.ADAPTER), byKind.get(Kind.DIRECT), byKind.get(Kind.VALIDATED))));
        out.print(OverheadReport.table(results, options.rounds()));
        if (options.out() != null) {
            try {
                OverheadReport.write(OverheadReport.json(results, options), options.out());
            } catch (IOException e) {
                err.println("AdapterOverhead: cannot write " + options.out() + ": " + e);
                return 1;
            }
            err.println("wrote " + options.out());
        }
        return 0;
    }

    /** A rough duration, before the first fork has given a real one: startup plus the iterations, per fork. */
    static double estimatedSeconds(int forks, OverheadOptions options) {
        return forks * (FORK_STARTUP_SECONDS + (options.warmupIterations() + options.iterations()) * options.timeSeconds());
    }

    /** One fork of one benchmark, with the GC profiler for B/op; only the adapter benchmark takes the parameters. */
    static Measurement runJmhFork(PlannedFork fork, OverheadOptions options) throws RunnerException {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include("^" + Pattern.quote(fork.benchmark()) + "$")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(1)
                .warmupIterations(options.warmupIterations())
                .warmupTime(options.iterationTime())
                .measurementIterations(options.iterations())
                .measurementTime(options.iterationTime())
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        fork.params().forEach((name, value) -> builder.param(name, value));
        // JMH echoes the forked VM's stdout and stderr (JVM warnings, a benchmark's stack trace) into its output
        // format whatever the verbosity: keep them off our stdout, and show them only when the fork failed.
        ByteArrayOutputStream jmhOutput = new ByteArrayOutputStream();
        OutputFormat format = OutputFormatFactory.createFormatInstance(
                new PrintStream(jmhOutput, true, StandardCharsets.UTF_8), VerboseMode.SILENT);
        RunResult result;
        try {
            result = new Runner(builder.build(), format).runSingle();
        } catch (RunnerException e) {
            throw new RunnerException(causes(e) + "\nJMH and forked VM output:\n" + jmhOutput.toString(StandardCharsets.UTF_8));
        }
        Result allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
        return new Measurement(result.getPrimaryResult().getScore(), allocation == null ? Double.NaN : allocation.getScore());
    }

    /**
     * JMH wraps the benchmark's own exception (as a cause, or suppressed in a BenchmarkException): the whole chain on
     * one line.
     */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e));
        for (Throwable suppressed : e.getSuppressed()) {
            text.append(" [").append(causes(suppressed)).append(']');
        }
        if (e.getCause() != null) {
            text.append(" <- ").append(causes(e.getCause()));
        }
        return text.toString();
    }

    /** The progress line on stderr: rewritten in place on a terminal, one line per fork otherwise. */
    private static final class Progress {

        private final PrintStream err;
        private final boolean live;
        private final int forks;
        private final double estimatedSeconds;
        private final long startNanos = System.nanoTime();
        private int started;
        private int lastLength;

        Progress(PrintStream err, boolean live, int forks, double estimatedSeconds) {
            this.err = err;
            this.live = live;
            this.forks = forks;
            this.estimatedSeconds = estimatedSeconds;
        }

        void starting(PlannedFork fork, int rounds) {
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            int done = started++;
            // Extrapolated from the forks so far once there are some: they include this machine's JVM startup.
            double remaining = done == 0 ? estimatedSeconds : elapsed / done * (forks - done);
            String line = "round " + fork.round() + "/" + rounds + " " + fork.label()
                    + "  (fork " + started + "/" + forks + ", " + duration(elapsed) + " elapsed, ETA "
                    + duration(remaining) + ")";
            if (live) {
                err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
                err.flush();
                lastLength = line.length();
            } else {
                err.println(line);
            }
        }

        void end() {
            if (live && lastLength > 0) {
                err.println();
            }
        }

        private static String duration(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? "%dh%02dm".formatted(s / 3600, s / 60 % 60) : "%dm%02ds".formatted(s / 60, s % 60);
        }
    }
}
