package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.contestant.java.JavaContestant;
import dev.jsonbench.bench.run.Analysis;
import dev.jsonbench.bench.run.Counts;
import dev.jsonbench.bench.run.Plan;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of every measuring command ({@code run}, {@code reproduce article}), declared once as a picocli
 * mixin. Their defaults live in {@link Counts}; the {@code --ci} preset's here.
 */
public final class MeasureOptions {

    /**
     * {@code --ci}: the shortest run whose Java allocation counts still verify on a 2-core machine. Below 20,000 warm-up
     * decodes some backends' counting windows and timed runs were not yet in one steady state here (counts unverified);
     * 3 runs give the majority a count is checked against; 2,000 timed decodes keep each loop to about 0.1 s.
     */
    static final int CI_ITERATIONS = 2_000;
    static final int CI_WARMUP = Counts.COUNT_WARMUP;
    static final int CI_RUNS = 3;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--iterations", paramLabel = "N", order = 10,
            description = "Decodes in each timed loop (default: " + Counts.DEFAULT_ITERATIONS + "; --quick: "
                    + Counts.QUICK_ITERATIONS + ").")
    Integer iterations;

    @Option(names = "--runs", paramLabel = "N", order = 11,
            description = "Timed runs (processes) per backend and mode (default: " + Counts.DEFAULT_RUNS + "; --quick: "
                    + Counts.QUICK_RUNS + ").")
    Integer runs;

    @Option(names = "--warmup", paramLabel = "N", order = 12,
            description = "Untimed decodes before each timed loop (default: as many as --iterations; 0 gives the cold loop).")
    Integer warmup;

    @Option(names = "--count-iterations", paramLabel = "N", order = 13,
            description = "Decodes in the allocation-counting window (default: " + Counts.COUNT_ITERATIONS
                    + ", or --iterations if smaller).")
    Integer countIterations;

    @Option(names = "--count-warmup", paramLabel = "N", order = 14,
            description = "Warm-up of the allocation-counting fork (default: " + Counts.COUNT_WARMUP
                    + ", or --warmup if smaller).")
    Integer countWarmup;

    @Option(names = "--quick", order = 15, description = "Small counts for smoke tests: " + Counts.QUICK_ITERATIONS
            + " iterations, " + Counts.QUICK_RUNS + " run, " + Counts.QUICK_ITERATIONS + " warm-up.")
    boolean quick;

    @Option(names = "--ci", order = 15, description = "The preset for a pull request on a 2-core runner, allocation "
            + "counts first: " + CI_RUNS + " runs of " + CI_ITERATIONS + " decodes after " + CI_WARMUP + " warm-up and an "
            + "allocation count of every backend and mode, --memory none, --time cpu (bench/RESULTS.md: its duration and "
            + "noise, and how to set thresholds). Options given explicitly win.")
    boolean ci;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = JavaContestant.DEFAULT_HEAP, order = 16,
            description = "Fixed heap of every Java fork, as -Xms/-Xmx (default: ${DEFAULT-VALUE}). Peak memory depends "
                    + "on it: a small heap (e.g. 128m) shows retained memory rather than young-generation size.")
    String heap;

    @Option(names = "--fork-timeout", paramLabel = "SECONDS", order = 17,
            description = "Time limit of every forked process (default: 120 s + 2 ms per decode, more for counting forks).")
    Integer forkTimeout;

    @Option(names = "--time", paramLabel = "BASIS", order = 19,
            description = "What is ranked: wall (the loop's wall time, what a user waits for) or cpu (its thread's CPU "
                    + "time, less disturbed by other load on a shared machine) (default: wall; --ci: cpu).")
    Analysis.TimeBasis time;

    @Option(names = "--reference", paramLabel = "NAME", order = 20,
            description = "The backend every row is compared with (default: the fastest of each document and mode).")
    String reference;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95", order = 21,
            description = "Level of every interval and test of significance, between 0 and 1 (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--memory", paramLabel = "HEAPS", order = 22,
            description = "Heaps the Java backends are also measured under: none, fair (find the minimal heap by "
                    + "bisection, then time and peak memory at twice it, as Go's GOGC=100 sizes a heap) or curve (fair, "
                    + "plus 1.5, 4 and 8 times the minimal heap) (default: fair; --ci: none).")
    Plan.Heaps memory;

    @Option(names = "--out", paramLabel = "DIR", order = 18,
            description = "Where results.json, results.md and logs/ go (default: results/<timestamp>/).")
    Path out;

    /** The counts after the defaults and {@code --quick}; a usage error names a count out of range. */
    Counts counts() {
        return counts(null);
    }

    /** As {@link #counts()}, with a command's own default number of iterations (null: the benchmark's). */
    Counts counts(Integer defaultIterations) {
        if (quick && ci) {
            throw new ParameterException(spec.commandLine(), "--quick and --ci are two presets: give one");
        }
        Integer n = iterations != null || quick ? iterations : ci ? Integer.valueOf(CI_ITERATIONS) : defaultIterations;
        try {
            return Counts.builder(quick).iterations(n).warmup(orCi(warmup, CI_WARMUP)).runs(orCi(runs, CI_RUNS))
                    .countIterations(countIterations).countWarmup(countWarmup).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** What the user gave, else the {@code --ci} preset's value when it is on, else null for the default. */
    private Integer orCi(Integer given, int preset) {
        return given != null || !ci ? given : Integer.valueOf(preset);
    }

    /** The heap, checked: a size such as 1g or 256m. */
    String heap() {
        if (heap == null || !heap.matches("[1-9][0-9]*[kKmMgG]?")) {
            throw new ParameterException(spec.commandLine(), "--heap must be a size such as 1g or 256m, was '" + heap + "'");
        }
        return heap;
    }

    /** The one time limit of every process, or null for the derived limits. */
    Duration forkTimeout() {
        if (forkTimeout == null) {
            return null;
        }
        if (forkTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "--fork-timeout must be at least 1 second");
        }
        return Duration.ofSeconds(forkTimeout);
    }

    /** How the times are judged. */
    Analysis analysis() {
        try {
            return new Analysis(confidence, time != null ? time : ci ? Analysis.TimeBasis.cpu : Analysis.TimeBasis.wall,
                    reference);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }

    Plan.Heaps memory() {
        return memory != null ? memory : ci ? Plan.Heaps.none : Plan.Heaps.fair;
    }

    Path outDirectory() {
        return OutputDirectory.orDefault(out, "");
    }

    boolean quick() {
        return quick;
    }
}
