package dev.jsonbench.bench.run;

/**
 * How much work each process of a run does. Every default of the measuring commands is here, in
 * {@link Builder#build()}: a command names what the user gave and leaves the rest to the rules.
 *
 * @param iterations      decodes in each timed loop
 * @param warmup          decodes before each timed loop, same bytes, same code path (0: the cold loop)
 * @param runs            timed runs (processes) per contestant, mode and document
 * @param countIterations decodes in an allocation-counting window (the per-op count is exact and steady, so a
 *                        window much shorter than the timed loop gives the same figure)
 * @param countWarmup     warm-up of a counting process, untimed and unrecorded
 */
public record Counts(int iterations, int warmup, int runs, int countIterations, int countWarmup) {

    /** The article's number of parses. */
    public static final int DEFAULT_ITERATIONS = 100_000;
    public static final int DEFAULT_RUNS = 5;
    /** {@code --quick}: a smoke test, not a measurement. */
    public static final int QUICK_ITERATIONS = 2_000;
    public static final int QUICK_RUNS = 1;
    /** A counting window of this many decodes is exact after warm-up. */
    public static final int COUNT_ITERATIONS = 1_000;
    /** Enough for C2 to settle on the 2.4 KB fixture (checked against the timed runs' bytes/op). */
    public static final int COUNT_WARMUP = 20_000;

    public Counts {
        require(iterations, 1, "--iterations");
        require(warmup, 0, "--warmup");
        require(runs, 1, "--runs");
        require(countIterations, 1, "--count-iterations");
        require(countWarmup, 0, "--count-warmup");
    }

    /** Counts from the defaults ({@code quick}: the smoke-test ones), then whatever the builder is told. */
    public static Builder builder(boolean quick) {
        return new Builder(quick);
    }

    /** Collects the counts a user gave; null leaves a count to its default. */
    public static final class Builder {
        private final boolean quick;
        private Integer iterations;
        private Integer warmup;
        private Integer runs;
        private Integer countIterations;
        private Integer countWarmup;

        private Builder(boolean quick) {
            this.quick = quick;
        }

        public Builder iterations(Integer n) {
            this.iterations = n;
            return this;
        }

        public Builder warmup(Integer n) {
            this.warmup = n;
            return this;
        }

        public Builder runs(Integer n) {
            this.runs = n;
            return this;
        }

        public Builder countIterations(Integer n) {
            this.countIterations = n;
            return this;
        }

        public Builder countWarmup(Integer n) {
            this.countWarmup = n;
            return this;
        }

        /**
         * The defaults: {@value #DEFAULT_ITERATIONS} iterations ({@code --quick}: {@value #QUICK_ITERATIONS}), as
         * many warm-up decodes (quick: at most {@value #QUICK_ITERATIONS}), {@value #DEFAULT_RUNS} runs (quick:
         * {@value #QUICK_RUNS}); a counting window of {@value #COUNT_ITERATIONS} decodes after
         * {@value #COUNT_WARMUP} warm-up decodes, neither larger than the timed loop's.
         *
         * @throws IllegalArgumentException naming the option whose value is out of range
         */
        public Counts build() {
            int n = iterations != null ? iterations : quick ? QUICK_ITERATIONS : DEFAULT_ITERATIONS;
            int w = warmup != null ? warmup : quick ? Math.min(n, QUICK_ITERATIONS) : n;
            return new Counts(n, w, runs != null ? runs : quick ? QUICK_RUNS : DEFAULT_RUNS,
                    countIterations != null ? countIterations : Math.min(n, COUNT_ITERATIONS),
                    countWarmup != null ? countWarmup : Math.min(w, COUNT_WARMUP));
        }
    }

    private static void require(int value, int min, String option) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
        }
    }
}
