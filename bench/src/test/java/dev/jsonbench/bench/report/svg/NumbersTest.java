package dev.jsonbench.bench.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/** Value labels, tick labels and the axes' choice of ticks. */
class NumbersTest {

    @Test
    void valuesAreGroupedWholeFromAHundredElseThreeSignificantDigits() {
        assertThat(Numbers.value(40_194)).isEqualTo("40,194");
        assertThat(Numbers.value(129_047.4)).isEqualTo("129,047");
        assertThat(Numbers.value(219.0209)).isEqualTo("219");
        assertThat(Numbers.value(21.55)).isEqualTo("21.6");
        assertThat(Numbers.value(5)).isEqualTo("5");
        assertThat(Numbers.value(0.001234)).isEqualTo("0.00123");
        assertThat(Numbers.value(0)).isEqualTo("0");
        assertThat(Numbers.value(-1_500)).isEqualTo("-1,500");
        assertThat(Numbers.value(1.234e18)).isEqualTo("1.23e18");
        assertThat(Numbers.value(-2e15)).isEqualTo("-2e15");
    }

    @Test
    void linearTicksAreOneTwoOrFiveTimesAPowerOfTenWithSiSuffixes() {
        assertThat(labels(Axis.of(Scale.LINEAR, DoubleStream.of(0, 1e9), true)))
                .containsExactly("0", "200M", "400M", "600M", "800M", "1G");
        assertThat(labels(Axis.of(Scale.LINEAR, DoubleStream.of(0.9), true)))
                .containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        assertThat(labels(Axis.of(Scale.LINEAR, DoubleStream.of(1.2e9, 0.3e9), true)))
                .containsExactly("0", "200M", "400M", "600M", "800M", "1G", "1.2G");
        assertThat(labels(Axis.of(Scale.LINEAR, DoubleStream.of(2_500, 7_500), false)))
                .containsExactly("2k", "3k", "4k", "5k", "6k", "7k", "8k");
    }

    @Test
    void ticksBeyondTheSuffixesAreScientific() {
        assertThat(labels(Axis.of(Scale.LINEAR, DoubleStream.of(3e21), true)))
                .containsExactly("0", "5e20", "1e21", "1.5e21", "2e21", "2.5e21", "3e21");
        assertThat(Numbers.tick(2e-7, 1e-7)).isEqualTo("2e-7");
    }

    @Test
    void degenerateRangesStillGiveAnAxis() {
        assertThat(labels(Axis.of(Scale.LINEAR, DoubleStream.of(0, 0), true))).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        assertThat(labels(Axis.of(Scale.LINEAR, DoubleStream.of(50, 50), false)))
                .containsExactly("20", "30", "40", "50", "60", "70", "80");
        assertThat(labels(Axis.of(Scale.LINEAR, DoubleStream.empty(), true))).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        assertThat(labels(Axis.of(Scale.LOG, DoubleStream.of(Double.NaN, -3, 0), true)))
                .containsExactly("0.1", "0.2", "0.5", "1", "2", "5", "10");
    }

    @Test
    void logTicksArePowersOfTenWithTwoAndFiveInsideNarrowRanges() {
        assertThat(labels(Axis.of(Scale.LOG, DoubleStream.of(14_600, 255_930), true)))
                .containsExactly("10k", "20k", "50k", "100k", "200k", "500k", "1M");
        assertThat(labels(Axis.of(Scale.LOG, DoubleStream.of(2e-6, 9e-5), true)))
                .containsExactly("1e-6", "2e-6", "5e-6", "1e-5", "2e-5", "5e-5", "1e-4");
        // Nine decades are labelled every second one, from a decade further down so that both ends are labelled.
        assertThat(labels(Axis.of(Scale.LOG, DoubleStream.of(10, 1e9), true)))
                .containsExactly("0.1", "10", "1k", "100k", "10M", "1G");
        assertThat(labels(Axis.of(Scale.LOG, DoubleStream.of(3, 3e15), true)))
                .containsExactly("1", "100", "10k", "1M", "100M", "10G", "1T", "100T", "10P");
    }

    private static List<String> labels(Axis axis) {
        return axis.ticks().stream().map(axis::label).toList();
    }
}
