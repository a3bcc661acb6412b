package dev.jsonbench.bench.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * How much slower one set of measurements is than another, as a ratio with a distribution-free interval and a test
 * of significance, in the manner of benchstat: the Hodges–Lehmann estimate (the median of the log-ratios of every
 * pair), its confidence interval from the exact Mann–Whitney distribution (order statistics of the pairwise
 * log-ratios), and the Mann–Whitney U test's exact two-sided p-value (Apache Commons Statistics). Both compare the
 * samples as wholes, so they need no pairing and no normality.
 *
 * @param ratio    the estimate of a / b
 * @param interval its confidence interval
 * @param pValue   two-sided p-value of "a and b come from the same distribution"
 */
public record RatioComparison(double ratio, Interval interval, double pValue) {

    /** Above these sample sizes the U distribution is approximated by the normal one. */
    static final int EXACT_LIMIT = 30;

    /** Whether a and b differ at significance {@code 1 - confidence}. */
    public boolean significant(double confidence) {
        return pValue < 1 - confidence;
    }

    /**
     * Compares {@code a} with {@code b} (both positive, e.g. times in ns).
     *
     * @throws IllegalArgumentException for an empty sample or a value that is not positive
     */
    public static RatioComparison of(double[] a, double[] b, double confidence) {
        requirePositive(a, "a");
        requirePositive(b, "b");
        int n = a.length;
        int m = b.length;
        double[] logRatios = new double[n * m];
        int i = 0;
        for (double x : a) {
            for (double y : b) {
                logRatios[i++] = Math.log(x) - Math.log(y);
            }
        }
        Arrays.sort(logRatios);
        int k = boundIndex(n, m, confidence);
        double level = 1 - 2 * cumulativeU(n, m, k - 1);
        Interval interval = new Interval(Math.exp(logRatios[k - 1]), Math.exp(logRatios[n * m - k]), level);
        double pValue = MannWhitneyUTest.withDefaults()
                .with(AlternativeHypothesis.TWO_SIDED)
                .with(n <= EXACT_LIMIT && m <= EXACT_LIMIT ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .test(a, b).getPValue();
        return new RatioComparison(Math.exp(median(logRatios)), interval, pValue);
    }

    /** The largest k with {@code P(U <= k-1) <= (1 - confidence) / 2}, at least 1 (then min..max of the pairs). */
    static int boundIndex(int n, int m, double confidence) {
        double tail = (1 - confidence) / 2;
        int k = 1;
        while (k < (n * m + 1) / 2 && cumulativeU(n, m, k) <= tail) {
            k++;
        }
        return k;
    }

    /**
     * {@code P(U <= u)} for the Mann–Whitney statistic of samples of sizes n and m without ties: exact (counting
     * the arrangements) up to {@value #EXACT_LIMIT} values a side, the normal approximation beyond.
     */
    static double cumulativeU(int n, int m, int u) {
        if (u < 0) {
            return 0;
        }
        if (n > EXACT_LIMIT || m > EXACT_LIMIT) {
            double mean = n * (double) m / 2;
            double sd = Math.sqrt(n * (double) m * (n + m + 1) / 12);
            return normalCdf((u + 0.5 - mean) / sd);
        }
        // counts[j][v]: the arrangements of i values of a and j of b whose U is v, built for i = 0, 1, ..., n. The
        // largest of all values is either from a (it beats all j values of b: U = j + U of the rest) or from b.
        double[][] counts = new double[m + 1][];
        for (int j = 0; j <= m; j++) {
            counts[j] = new double[]{1};
        }
        for (int i = 1; i <= n; i++) {
            double[][] next = new double[m + 1][];
            next[0] = new double[]{1};
            for (int j = 1; j <= m; j++) {
                double[] row = new double[i * j + 1];
                double[] largestFromA = counts[j];
                double[] largestFromB = next[j - 1];
                for (int v = 0; v < row.length; v++) {
                    double fromA = v - j >= 0 && v - j < largestFromA.length ? largestFromA[v - j] : 0;
                    double fromB = v < largestFromB.length ? largestFromB[v] : 0;
                    row[v] = fromA + fromB;
                }
                next[j] = row;
            }
            counts = next;
        }
        double[] distribution = counts[m];
        double total = 0;
        double below = 0;
        for (int v = 0; v < distribution.length; v++) {
            total += distribution[v];
            if (v <= u) {
                below += distribution[v];
            }
        }
        return below / total;
    }

    private static double normalCdf(double z) {
        return NormalDistribution.of(0, 1).cumulativeProbability(z);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void requirePositive(double[] values, String name) {
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        for (double v : values) {
            if (!(v > 0)) {
                throw new IllegalArgumentException(name + " holds a value that is not positive: " + v);
            }
        }
    }
}
