package dev.jsonbench.bench.run;

import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.fixtures.Fixtures;

/**
 * How much work the processes of a run do, sized by the bytes decoded so that a 4 MB document runs as smoothly as the
 * 2.4 KB fixture: every default is here. A count the user gives is used as given, for every document.
 *
 * <ul>
 *   <li>timed loop: the bytes of {@value #DEFAULT_FIXTURE_DECODES} decodes of the bundled fixture (quick:
 *       {@value #QUICK_FIXTURE_DECODES}), at least {@value #MIN_ITERATIONS} decodes;</li>
 *   <li>warm-up: as many decodes as the timed loop (the counting windows show that the timed loops then run in a
 *       steady state: their bytes per decode equal the count's to the byte);</li>
 *   <li>counting window: the bytes of {@value #COUNT_FIXTURE_DECODES} fixture decodes, at least
 *       {@value #MIN_COUNT_ITERATIONS} decodes (a whole number per decode over several is the steady-state check),
 *       never more than the timed loop; counting warm-up: the timed warm-up, so that both reach the same JIT state;</li>
 *   <li>runs: {@value #DEFAULT_RUNS} (quick: 1).</li>
 * </ul>
 *
 * @param iterations      decodes per timed loop as given, or null for the default by bytes
 * @param warmup          warm-up decodes as given, or null for as many as the loop
 * @param runs            timed runs as given, or null for the default
 * @param countIterations counting window as given, or null for the default by bytes
 * @param countWarmup     counting warm-up as given, or null for the timed warm-up
 * @param quick           the smoke-test sizes
 */
public record Sizing(Integer iterations, Integer warmup, Integer runs, Integer countIterations, Integer countWarmup,
                     boolean quick) {

    /** The bundled fixture's size: the unit the defaults are stated in. */
    public static final int FIXTURE_BYTES = Fixtures.apiResponse().length;
    public static final int DEFAULT_FIXTURE_DECODES = 20_000;
    public static final int QUICK_FIXTURE_DECODES = 2_000;
    public static final int COUNT_FIXTURE_DECODES = 1_000;
    public static final int DEFAULT_RUNS = 5;
    public static final int MIN_ITERATIONS = 5;
    public static final int MIN_COUNT_ITERATIONS = 3;
    /**
     * {@code --ci}: the shortest run whose Java allocation counts still verify on a 2-core machine. Below 20,000 warm-up
     * decodes some backends' counting windows and timed runs were not yet in one steady state here (counts unverified);
     * 3 runs give the majority a count is checked against; 2,000 timed decodes keep each loop to about 0.1 s. Given as
     * counts, so the same for every document (the preset is meant for the bundled fixture).
     */
    public static final int CI_ITERATIONS = 2_000;
    public static final int CI_WARMUP = 20_000;
    public static final int CI_RUNS = 3;

    /** Exactly these counts, whatever the document. */
    public static Sizing of(Counts counts) {
        return new Sizing(counts.iterations(), counts.warmup(), counts.runs(), counts.countIterations(), counts.countWarmup(),
                false);
    }

    /** The defaults ({@code quick}: the smoke-test ones). */
    public static Sizing defaults(boolean quick) {
        return new Sizing(null, null, null, null, null, quick);
    }

    /** The counts for a document of {@code bytes}. */
    public Counts forDocument(long bytes) {
        int n = iterations != null ? iterations : byBytes(quick ? QUICK_FIXTURE_DECODES : DEFAULT_FIXTURE_DECODES, bytes,
                MIN_ITERATIONS);
        int w = warmup != null ? warmup : n;
        int cn = countIterations != null ? countIterations
                : Math.min(n, byBytes(COUNT_FIXTURE_DECODES, bytes, MIN_COUNT_ITERATIONS));
        int cw = countWarmup != null ? countWarmup : w;
        return new Counts(n, w, runs != null ? runs : quick ? 1 : DEFAULT_RUNS, cn, cw);
    }

    /** The rule, in words, for results.json's config. */
    public String describe() {
        return (iterations != null ? iterations + " decodes per timed loop"
                : "timed loop: the bytes of " + Figures.group(quick ? QUICK_FIXTURE_DECODES : DEFAULT_FIXTURE_DECODES)
                + " decodes of the " + Figures.group(FIXTURE_BYTES) + " B fixture, at least " + MIN_ITERATIONS + " decodes")
                + "; warm-up: " + (warmup != null ? warmup + " decodes" : "as many decodes as the loop")
                + "; counting window: " + (countIterations != null ? countIterations + " decodes"
                : "the bytes of " + Figures.group(COUNT_FIXTURE_DECODES) + " fixture decodes, at least "
                + MIN_COUNT_ITERATIONS + " decodes")
                + "; counting warm-up: " + (countWarmup != null ? countWarmup + " decodes" : "the timed warm-up");
    }

    /** {@code fixtureDecodes} decodes of the fixture's bytes, in decodes of a document of {@code bytes}. */
    private static int byBytes(int fixtureDecodes, long bytes, int min) {
        long total = (long) fixtureDecodes * FIXTURE_BYTES;
        return (int) Math.max(min, Math.min(Integer.MAX_VALUE, Math.round((double) total / Math.max(1, bytes))));
    }
}
