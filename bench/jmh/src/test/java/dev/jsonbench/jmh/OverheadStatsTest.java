package dev.jsonbench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jsonbench.jmh.OverheadStats.Overhead;
import org.junit.jupiter.api.Test;

class OverheadStatsTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(OverheadStats.median(new double[] {9, 1, 5, 3, 7})).isEqualTo(5);
        assertThat(OverheadStats.median(new double[] {42})).isEqualTo(42);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(OverheadStats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(OverheadStats.median(new double[] {10, 20})).isEqualTo(15);
    }

    @Test
    void theMedianLeavesItsInputAlone() {
        double[] values = {3, 1, 2};
        OverheadStats.median(values);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void theMedianOfNothingIsAnError() {
        assertThatThrownBy(() -> OverheadStats.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pairedRatiosDivideRoundByRound() {
        assertThat(OverheadStats.pairedRatios(new double[] {110, 300, 50}, new double[] {100, 200, 50}))
                .containsExactly(1.1, 1.5, 1.0);
        assertThatThrownBy(() -> OverheadStats.pairedRatios(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOverheadIsTheMedianPairedRatioMinusOneWithItsDistributionFreeInterval() {
        // ratios 1.00 .. 1.09 over ten rounds: the 95% sign-test interval is the 2nd and 9th of them (97.9%)
        double[] adapter = {109, 100, 108, 101, 107, 102, 106, 103, 105, 104};
        double[] direct = {100, 100, 100, 100, 100, 100, 100, 100, 100, 100};
        Overhead overhead = Overhead.of(adapter, direct);
        assertThat(overhead.median()).isCloseTo(0.045, within(1e-12));
        assertThat(overhead.low()).isCloseTo(0.01, within(1e-12));
        assertThat(overhead.high()).isCloseTo(0.08, within(1e-12));
        assertThat(overhead.level()).isCloseTo(1 - 22.0 / 1024, within(1e-12));
        assertThat(overhead.within(0.081)).isTrue();
        assertThat(overhead.within(0.05)).isFalse();
    }

    @Test
    void withFiveRoundsTheIntervalIsMinToMaxAndSaysItCoversLess() {
        Overhead overhead = Overhead.of(new double[] {102, 210, 99, 101, 103}, new double[] {100, 200, 100, 100, 100});
        assertThat(overhead.median()).isCloseTo(0.02, within(1e-12));
        assertThat(overhead.low()).isCloseTo(-0.01, within(1e-12));
        assertThat(overhead.high()).isCloseTo(0.05, within(1e-12));
        assertThat(overhead.level()).isCloseTo(0.9375, within(1e-12));
    }

    /** The point of pairing: a round where the machine was four times slower for both forks changes nothing. */
    @Test
    void aSlowRoundForBothSidesLeavesThePairedOverheadUnchanged() {
        Overhead overhead = Overhead.of(new double[] {101, 404, 101, 202}, new double[] {100, 400, 100, 200});
        assertThat(overhead.median()).isCloseTo(0.01, within(1e-12));
        assertThat(overhead.low()).isCloseTo(0.01, within(1e-12));
        assertThat(overhead.high()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void anAdapterFasterThanDirectHasANegativeOverhead() {
        Overhead overhead = Overhead.of(new double[] {90, 95}, new double[] {100, 100});
        assertThat(overhead.median()).isCloseTo(-0.075, within(1e-12));
        assertThat(overhead.low()).isCloseTo(-0.10, within(1e-12));
        assertThat(overhead.high()).isCloseTo(-0.05, within(1e-12));
    }
}
