package dev.jsonbench.jmh;

import dev.jsonbench.bench.stats.Interval;
import dev.jsonbench.bench.stats.MedianInterval;
import java.util.Arrays;

/** The statistics of {@link AdapterOverhead}, on plain arrays of per-round scores. */
final class OverheadStats {

    /** The coverage asked of every interval; with fewer than 6 rounds min..max falls short of it and says so. */
    static final double CONFIDENCE = 0.95;

    private OverheadStats() {
    }

    /** The median; for an even count, the mean of the two middle values. */
    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** {@code numerators[i] / denominators[i]}: one ratio per round, of two forks run next to each other. */
    static double[] pairedRatios(double[] numerators, double[] denominators) {
        if (numerators.length != denominators.length) {
            throw new IllegalArgumentException(numerators.length + " numerators, " + denominators.length + " denominators");
        }
        double[] ratios = new double[numerators.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = numerators[i] / denominators[i];
        }
        return ratios;
    }

    /**
     * The relative cost of the adapter over a baseline, from the paired per-round ratios: the median ratio − 1, and
     * the distribution-free interval of that median (the sign-test interval of {@link MedianInterval}, at least
     * {@value #CONFIDENCE} where the rounds allow it, {@code level} its actual coverage) − 1. A ratio within a round
     * is taken before any averaging, so that the machine speed of that moment divides out; the median and its
     * interval then assume nothing about how a disturbed round is distributed.
     */
    record Overhead(double median, double low, double high, double level) {

        static Overhead of(double[] adapterNs, double[] baselineNs) {
            double[] ratios = pairedRatios(adapterNs, baselineNs);
            Interval interval = MedianInterval.of(ratios, CONFIDENCE);
            return new Overhead(OverheadStats.median(ratios) - 1, interval.low() - 1, interval.high() - 1, interval.level());
        }

        /** Whether the whole interval is within {@code bound} (e.g. 0.05 for "within 5 %"). */
        boolean within(double bound) {
            return high <= bound;
        }
    }
}
