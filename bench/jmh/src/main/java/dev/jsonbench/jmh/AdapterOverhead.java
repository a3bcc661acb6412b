package dev.jsonbench.jmh;

import dev.jsonbench.bench.cli.JmhCommand.OverheadOptions;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.Environment;
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
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The adapters' overhead over their libraries, measured interleaved: round after round, one JMH fork of the adapter,
 * of the direct benchmark and (dsljson, jsoniter, gson) of direct + validator for each (backend, mode), next to each
 * other, in the order {@link OverheadPlan} gives. On a shared machine whose speed drifts over minutes, running all
 * forks of one benchmark and then all of the other puts the drift into the ratio; here each round gives one ratio of
 * forks run seconds apart, and the median of those ratios is the overhead.
 *
 * <p>Run from the JMH uber-jar: {@code java -cp jsonbench-jmh.jar dev.jsonbench.jmh.AdapterOverhead --help}, or as
 * {@code jsonbench jmh overhead}, which checks the same options ({@link OverheadOptions}, where their defaults are)
 * first.
 */
public final class AdapterOverhead {

    /** JVM start, JMH and benchmark setup of one fork, on top of its iterations: 1 to 1.5 s on the 2-core VM. */
    static final double FORK_STARTUP_SECONDS = 1.5;

    /** Runs one planned fork; JMH in {@link #main}, canned scores in tests. */
    interface ForkRunner {
        Measurement run(PlannedFork fork, OverheadOptions options) throws RunnerException;
    }

    /**
     * One fork's primary score (ns/op), its thread's CPU time per operation (ns/op, NaN when not recorded) and
     * allocation (B/op, NaN when the GC profiler gave none).
     */
    record Measurement(double nsPerOp, double cpuNsPerOp, double bytesPerOp) {
    }

    /** The command line: the options of {@code jsonbench jmh overhead}, parsed by the same class. */
    @Command(name = "AdapterOverhead", description = {"Measures each adapter's overhead over its library called directly:"
            + " per round, one JMH fork each of DecoderBenchmark.decode (adapter), DirectBenchmark.<backend>_<mode>"
            + " (direct) and, for dsljson, jsoniter and gson, DirectBenchmark.<backend>_<mode>_validated; overhead ="
            + " median over rounds of adapter/direct - 1, with its 95%% distribution-free interval, in time and in"
            + " thread CPU time."})
    static final class Arguments {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;

        @Mixin
        OverheadOptions options = new OverheadOptions();
    }

    private AdapterOverhead() {
    }

    public static void main(String[] args) {
        boolean live = System.console() != null && System.console().isTerminal();
        System.exit(run(args, System.out, System.err, live, AdapterOverhead::runJmhFork));
    }

    /** Returns the exit status: 0, 1 when a fork or the output file failed, 2 for a bad command line. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean liveProgress, ForkRunner runner) {
        Arguments arguments = new Arguments();
        CommandLine commandLine = new CommandLine(arguments);
        try {
            commandLine.parseArgs(args);
            if (commandLine.isUsageHelpRequested()) {
                out.print(commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF));
                return 0;
            }
            arguments.options.check();
        } catch (ParameterException e) {
            err.println("AdapterOverhead: " + e.getMessage() + " (--help for usage)");
            return 2;
        }
        OverheadOptions options = arguments.options;
        List<Pair> pairs = OverheadPlan.pairs(options.backends(), options.modes().stream().map(Mode::name).toList());
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
            forkScores.cpuNs()[fork.round() - 1] = measurement.cpuNsPerOp();
            forkScores.bytesPerOp()[fork.round() - 1] = measurement.bytesPerOp();
        }
        progress.end();

        List<PairResult> results = new ArrayList<>();
        scores.forEach((pair, byKind) -> results.add(
                new PairResult(pair, byKind.get(Kind.ADAPTER), byKind.get(Kind.DIRECT), byKind.get(Kind.VALIDATED))));
        Environment environment = OverheadReport.environment();
        out.print(OverheadReport.table(results));
        out.print(OverheadReport.measuredOn(environment));
        if (options.out() != null) {
            try {
                OverheadReport.write(OverheadReport.json(results, options, environment), options.out());
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

    /** The JMH iteration time; JMH counts in whole units, so milliseconds. */
    static TimeValue iterationTime(OverheadOptions options) {
        return new TimeValue(Math.round(options.timeSeconds() * 1000), TimeUnit.MILLISECONDS);
    }

    /**
     * One fork of one benchmark, with the GC profiler for B/op and {@link ThreadCpu}'s counters for CPU time; only the
     * adapter benchmark takes the parameters.
     */
    static Measurement runJmhFork(PlannedFork fork, OverheadOptions options) throws RunnerException {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include("^" + Pattern.quote(fork.benchmark()) + "$")
                .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(1)
                .warmupIterations(options.warmupIterations())
                .warmupTime(iterationTime(options))
                .measurementIterations(options.iterations())
                .measurementTime(iterationTime(options))
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
        Map<String, Result> secondary = result.getSecondaryResults();
        double nsPerOp = result.getPrimaryResult().getScore();
        Result allocation = secondary.get("gc.alloc.rate.norm");
        Result cpu = secondary.get("cpuNanos");
        Result wall = secondary.get("wallNanos");
        double cpuNsPerOp = cpu == null || wall == null || wall.getScore() <= 0
                ? Double.NaN : nsPerOp * cpu.getScore() / wall.getScore();
        return new Measurement(nsPerOp, cpuNsPerOp, allocation == null ? Double.NaN : allocation.getScore());
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
