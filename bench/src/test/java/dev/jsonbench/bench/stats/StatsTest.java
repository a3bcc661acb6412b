package dev.jsonbench.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.bench.report.Spread;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(Stats.median(List.of(5L, 1L, 3L))).isEqualTo(3.0);
        assertThat(Stats.median(List.of(7L))).isEqualTo(7.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Stats.median(List.of(4L, 1L, 3L, 10L))).isEqualTo(3.5);
    }

    @Test
    void lowerMedianIsAlwaysOneOfTheValues() {
        assertThat(Stats.lowerMedian(List.of(4L, 1L, 3L, 10L))).isEqualTo(3L);
        assertThat(Stats.lowerMedian(List.of(9L, 2L, 5L))).isEqualTo(5L);
    }

    @Test
    void minAndMax() {
        assertThat(Stats.min(List.of(4.5, -1.0, 3.0))).isEqualTo(-1.0);
        assertThat(Stats.max(List.of(4.5, -1.0, 3.0))).isEqualTo(4.5);
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.lowerMedian(List.<Long>of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spreadIsInMilliseconds() {
        Spread spread = Spread.ofNanosAsMillis(List.of(3_000_000L, 1_000_000L, 2_500_000L));
        assertThat(spread).isEqualTo(new Spread(1.0, 2.5, 3.0));
    }
}
