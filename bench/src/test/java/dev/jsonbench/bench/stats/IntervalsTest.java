package dev.jsonbench.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The confidence intervals and the comparison of two samples, on inputs whose answers are known exactly. */
class IntervalsTest {

    @Test
    void fiveRunsGiveMinToMaxAt93Point75Percent() {
        Interval interval = MedianInterval.of(new double[]{30, 10, 50, 20, 40}, 0.95);
        assertThat(interval).isEqualTo(new Interval(10, 50, 1 - 2.0 / 32));
    }

    @Test
    void moreRunsNarrowTheIntervalToTheOrderStatisticsThatKeep95Percent() {
        // n = 10: P(B <= 1) = 11/1024, so [x(2), x(9)] covers 1 - 22/1024 = 97.85 %; [x(3), x(8)] only 89.06 %
        double[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(MedianInterval.of(ten, 0.95)).isEqualTo(new Interval(2, 9, 1 - 22.0 / 1024));
        assertThat(MedianInterval.of(ten, 0.80)).isEqualTo(new Interval(3, 8, 1 - 2 * 56.0 / 1024));
        // n = 1: a point, with no confidence at all
        assertThat(MedianInterval.of(new double[]{7}, 0.95)).isEqualTo(new Interval(7, 7, 0));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> MedianInterval.of(new double[0], 0.95)).hasMessage("no values");
        assertThatThrownBy(() -> MedianInterval.of(new double[]{1}, 1.0)).hasMessageContaining("confidence");
        assertThatThrownBy(() -> RatioComparison.of(new double[]{1, 0}, new double[]{1}, 0.95)).hasMessageContaining("not positive");
    }

    @Test
    void theExactUDistributionMatchesCommonsStatistics() {
        // U = k exactly: k values of b below the largest value of a, arranged so that only those pairs count
        for (int n = 1; n <= 7; n++) {
            for (int m = 1; m <= 7; m++) {
                for (int u = 0; u <= n * m; u++) {
                    double[][] samples = withU(n, m, u);
                    double expected = MannWhitneyUTest.withDefaults().with(AlternativeHypothesis.LESS_THAN)
                            .with(PValueMethod.EXACT).test(samples[0], samples[1]).getPValue();
                    assertThat(RatioComparison.cumulativeU(n, m, u)).as("n=%d m=%d u=%d", n, m, u)
                            .isCloseTo(expected, within(1e-12));
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"5, 5, 3, 0.968254", "10, 10, 24, 0.956743", "3, 3, 1, 0.9"})
    void theIntervalUsesTheOrderStatisticsThatKeepTheLevel(int n, int m, int k, double level) {
        assertThat(RatioComparison.boundIndex(n, m, 0.95)).isEqualTo(k);
        double[] a = new double[n];
        double[] b = new double[m];
        for (int i = 0; i < n; i++) {
            a[i] = 200 + i;
        }
        for (int j = 0; j < m; j++) {
            b[j] = 100 + j;
        }
        assertThat(RatioComparison.of(a, b, 0.95).interval().level()).isCloseTo(level, within(1e-6));
    }

    @Test
    void twiceAsSlowWithoutOverlapIsSignificantAndTheRatioIsTwo() {
        RatioComparison c = RatioComparison.of(new double[]{200, 202, 198, 201, 199}, new double[]{100, 101, 99, 100.5, 99.5}, 0.95);
        assertThat(c.ratio()).isCloseTo(2.0, within(0.01));
        assertThat(c.interval().low()).isGreaterThan(1.9);
        assertThat(c.interval().high()).isLessThan(2.1);
        assertThat(c.pValue()).isCloseTo(2.0 / 252, within(1e-12));
        assertThat(c.significant(0.95)).isTrue();
    }

    @Test
    void interleavedSamplesAreATieAndTheIntervalHoldsOne() {
        RatioComparison c = RatioComparison.of(new double[]{100, 104, 98, 102, 99}, new double[]{101, 97, 103, 100.5, 99.5}, 0.95);
        assertThat(c.significant(0.95)).isFalse();
        assertThat(c.interval().contains(1.0)).isTrue();
        assertThat(c.ratio()).isCloseTo(1.0, within(0.02));
    }

    @Test
    void theIntervalExcludesOneExactlyWhenTheTestRejectsAtItsLevel() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 300; trial++) {
            int n = 3 + random.nextInt(8);
            int m = 3 + random.nextInt(8);
            double shift = 1 + random.nextDouble() * 0.3;
            double[] a = new double[n];
            double[] b = new double[m];
            for (int i = 0; i < n; i++) {
                a[i] = shift * (100 + random.nextDouble() * 20);
            }
            for (int j = 0; j < m; j++) {
                b[j] = 100 + random.nextDouble() * 20;
            }
            RatioComparison c = RatioComparison.of(a, b, 0.95);
            // at the level the interval has (short of 95 % for tiny samples): it excludes 1 exactly when the test rejects
            assertThat(!c.interval().contains(1.0)).as("trial %d: %s", trial, c)
                    .isEqualTo(c.pValue() <= 1 - c.interval().level() + 1e-12);
        }
    }

    @Test
    void largeSamplesUseTheNormalApproximation() {
        double[] a = new double[40];
        double[] b = new double[40];
        for (int i = 0; i < 40; i++) {
            a[i] = 130 + i;
            b[i] = 100 + i;
        }
        RatioComparison c = RatioComparison.of(a, b, 0.95);
        assertThat(c.significant(0.95)).isTrue();
        assertThat(c.interval().level()).isCloseTo(0.95, within(0.01));
        assertThat(c.ratio()).isBetween(1.2, 1.4);
    }

    /** Samples of sizes n and m whose Mann–Whitney U (pairs with a > b) is exactly u. */
    private static double[][] withU(int n, int m, int u) {
        double[] a = new double[n];
        double[] b = new double[m];
        // a's values sit between b's: a[i] beats c_i values of b, with sum c_i = u and each c_i <= m
        int left = u;
        for (int i = 0; i < n; i++) {
            int beats = Math.min(m, left);
            left -= beats;
            a[i] = beats + 0.5 + i * 1e-3; // no ties, or the library falls back to its normal approximation
        }
        for (int j = 0; j < m; j++) {
            b[j] = j + 1;
        }
        return new double[][]{a, b};
    }
}
