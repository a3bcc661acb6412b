package dev.jsonbench.jmh;

import java.util.Arrays;

/** The statistics of {@link AdapterOverhead}, on plain arrays of per-round scores. */
final class OverheadStats {

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
     * the smallest and largest ratio − 1. A ratio within a round is taken before any averaging, so that the machine
     * speed of that moment divides out; the median then drops a round disturbed by a neighbour's burst.
     */
    record Overhead(double median, double min, double max) {

        static Overhead of(double[] adapterNs, double[] baselineNs) {
            double[] ratios = pairedRatios(adapterNs, baselineNs);
            return new Overhead(
                    OverheadStats.median(ratios) - 1,
                    Arrays.stream(ratios).min().orElseThrow() - 1,
                    Arrays.stream(ratios).max().orElseThrow() - 1);
        }
    }
}
