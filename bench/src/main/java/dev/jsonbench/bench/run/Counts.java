package dev.jsonbench.bench.run;

/**
 * How much work each process does on one document ({@link Sizing#forDocument} decides it).
 *
 * @param iterations      decodes in each timed loop
 * @param warmup          decodes before each timed loop, same bytes, same code path (0: the cold loop)
 * @param runs            timed runs (processes) per contestant, mode and document
 * @param countIterations decodes in an allocation-counting window (the per-op count is exact and steady, so a
 *                        window much shorter than the timed loop gives the same figure)
 * @param countWarmup     warm-up of a counting process, untimed and unrecorded
 */
public record Counts(int iterations, int warmup, int runs, int countIterations, int countWarmup) {

    public Counts {
        require(iterations, 1, "--iterations");
        require(warmup, 0, "--warmup");
        require(runs, 1, "--runs");
        require(countIterations, 1, "--count-iterations");
        require(countWarmup, 0, "--count-warmup");
    }

    private static void require(int value, int min, String option) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
        }
    }
}
