package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.contestant.java.JavaContestant;
import dev.jsonbench.bench.run.Analysis;
import dev.jsonbench.bench.run.Plan;
import dev.jsonbench.bench.run.Sizing;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of every measuring command ({@code run}, {@code reproduce article}), declared once as a picocli
 * mixin. Their defaults, and the {@code --quick} and {@code --ci} presets, live in {@link Sizing}.
 */
public final class MeasureOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--iterations", paramLabel = "N", order = 10,
            description = "Decodes in each timed loop (default: by size: the bytes of " + Sizing.DEFAULT_FIXTURE_DECODES
                    + " decodes of the bundled fixture; --quick: " + Sizing.QUICK_FIXTURE_DECODES + ").")
    Integer iterations;

    @Option(names = "--runs", paramLabel = "N", order = 11,
            description = "Timed runs (processes) per backend and mode (default: " + Sizing.DEFAULT_RUNS + "; --quick: 1).")
    Integer runs;

    @Option(names = "--warmup", paramLabel = "N", order = 12,
            description = "Untimed decodes before each timed loop (default: as many as --iterations; 0 gives the cold loop).")
    Integer warmup;

    @Option(names = "--count-iterations", paramLabel = "N", order = 13,
            description = "Decodes in the allocation-counting window (default: by size: the bytes of "
                    + Sizing.COUNT_FIXTURE_DECODES + " decodes of the bundled fixture, or --iterations if smaller).")
    Integer countIterations;

    @Option(names = "--count-warmup", paramLabel = "N", order = 14,
            description = "Warm-up of the allocation-counting process (default: the timed warm-up).")
    Integer countWarmup;

    @Option(names = "--quick", order = 15, description = "Small counts for smoke tests: the bytes of "
            + Sizing.QUICK_FIXTURE_DECODES + " fixture decodes per loop and warm-up, 1 run.")
    boolean quick;

    @Option(names = "--ci", order = 15, description = "The preset for a pull request on a 2-core runner, allocation "
            + "counts first: " + Sizing.CI_RUNS + " runs of " + Sizing.CI_ITERATIONS + " decodes after " + Sizing.CI_WARMUP
            + " warm-up and an "
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

    /** The work of each process: the counts given, the defaults by document size for the rest. */
    Sizing sizing() {
        return sizing(null);
    }

    /**
     * As {@link #sizing()}, with a command's own default number of iterations (null: by document size).
     *
     * @throws ParameterException naming a count out of range
     */
    Sizing sizing(Integer defaultIterations) {
        if (quick && ci) {
            throw new ParameterException(spec.commandLine(), "--quick and --ci are two presets: give one");
        }
        Integer n = iterations != null || quick ? iterations : ci ? Integer.valueOf(Sizing.CI_ITERATIONS) : defaultIterations;
        Sizing sizing = new Sizing(n, orCi(warmup, Sizing.CI_WARMUP), orCi(runs, Sizing.CI_RUNS), countIterations,
                countWarmup, quick);
        try {
            sizing.forDocument(Sizing.FIXTURE_BYTES);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return sizing;
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

}
