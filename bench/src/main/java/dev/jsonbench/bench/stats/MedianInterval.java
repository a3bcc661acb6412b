package dev.jsonbench.bench.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * A distribution-free confidence interval for the median of a few measurements: the order statistics
 * {@code [x(k), x(n+1-k)]}, which cover the true median with probability {@code 1 - 2 P(B <= k-1)},
 * {@code B ~ Binomial(n, 1/2)} (the sign-test interval). It assumes nothing about the shape of the distribution,
 * which on a shared machine is skewed and has outliers.
 */
public final class MedianInterval {

    private MedianInterval() {
    }

    /**
     * The narrowest such interval whose coverage is at least {@code confidence}; when even min..max falls short
     * (fewer than 6 values for 95 %), min..max with the coverage it has (93.75 % for 5 values).
     *
     * @throws IllegalArgumentException for no values or a confidence outside (0, 1)
     */
    public static Interval of(double[] values, double confidence) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        BinomialDistribution signs = BinomialDistribution.of(n, 0.5);
        int k = 1;
        while (k + 1 <= (n + 1) / 2 && coverage(signs, k + 1) >= confidence) {
            k++;
        }
        return new Interval(sorted[k - 1], sorted[n - k], coverage(signs, k));
    }

    /** Coverage of {@code [x(k), x(n+1-k)]}. */
    private static double coverage(BinomialDistribution signs, int k) {
        return 1 - 2 * signs.cumulativeProbability(k - 1);
    }
}
