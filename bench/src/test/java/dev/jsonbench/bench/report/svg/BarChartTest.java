package dev.jsonbench.bench.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class BarChartTest {

    /** The plot spans x = 12 to 468 of the 480-wide viewBox; a chart with a title has its first row at y = 37. */
    private static final double LEFT = 12;
    private static final double PLOT = 456;
    private static final double FIRST_ROW = 37;

    private final Palette palette = new Palette(List.of("jackson", "gson", "dsljson"));

    private String render(Scale scale, List<Bar> bars) {
        return BarChart.builder(palette).title("ns/op").unit("ns/op").scale(scale).build().render(bars);
    }

    @Test
    void isWellFormedSvgThatScalesToItsContainerAndSafeToInlineManyTimes() {
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LINEAR, SampleCharts.typedTimes()));

        assertThat(svg.root.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.root.hasAttribute("height")).as("height follows the width").isFalse();
        assertThat(svg.root.getAttribute("viewBox")).isEqualTo("0 0 480 " + Svg.num(FIRST_ROW + 10 * 38 + 48));
        assertThat(svg.root.getAttribute("role")).isEqualTo("img");
        assertThat(svg.root.getAttribute("aria-label")).isEqualTo("ns/op");
        assertThat(svg.source).doesNotContain("<script", "href", " id=", "url(");
        assertThat(svg.groups()).hasSize(10);
    }

    @Test
    void escapesHostileNamesInTextAttributesAndTooltips() {
        List<String> hostile = List.of("<script>alert(\"x\")</script>", "Tom & Jerry's \"JSON\"", "Jäckson 中文 😀",
                "]]><!-- -->", "bell\u0007 and lone \uD800 surrogate");
        List<Bar> bars = new ArrayList<>();
        hostile.forEach(name -> bars.add(Bar.of(name, name, 3).withNote("<b>&</b>")));

        String source = BarChart.builder(palette).title("<title>\"&'</title>").unit("<unit>&").build().render(bars);
        ParsedSvg svg = ParsedSvg.parse(source);

        assertThat(svg.all("script")).isEmpty();
        assertThat(svg.root.getAttribute("aria-label")).isEqualTo("<title>\"&'</title>");
        assertThat(svg.texts()).contains("<title>\"&'</title>", "<script>alert(\"x\")</script>  <b>&</b>",
                "Tom & Jerry's \"JSON\"  <b>&</b>", "Jäckson 中文 😀  <b>&</b>", "]]><!-- -->  <b>&</b>",
                "bell\uFFFD and lone \uFFFD surrogate  <b>&</b>", "<unit>&");
        assertThat(ParsedSvg.tooltip(svg.groups().get(0))).isEqualTo("<script>alert(\"x\")</script>: 3 <unit>& (<b>&</b>)");
        // Keys are only ever colour lookups, never markup.
        assertThat(source).contains("fill:var(--jb-c3,").doesNotContain("<b>", "<script>");
    }

    @Test
    void emptyDataGivesAChartThatSaysSo() {
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LOG, List.of()));

        assertThat(svg.texts()).containsExactly("ns/op", "No data");
        assertThat(svg.groups()).isEmpty();
    }

    @Test
    void oneRowIsOneBarFromZeroToItsValue() {
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LINEAR, List.of(Bar.of("jackson (typed)", "jackson", 40_194))));

        assertThat(svg.groups()).singleElement().satisfies(row -> {
            Element bar = ParsedSvg.all(row, "rect").getFirst();
            assertThat(ParsedSvg.number(bar, "x")).isEqualTo(LEFT);
            // Axis 0 to 50k in steps of 10k: the bar ends at 40,194 / 50,000 of the plot.
            assertThat(ParsedSvg.number(bar, "width")).isCloseTo(PLOT * 40_194 / 50_000, within(0.01));
            assertThat(bar.getAttribute("style")).isEqualTo("fill:var(--jb-c0,#0072B2)");
        });
        assertThat(svg.texts()).containsExactly("ns/op", "40,194", "jackson (typed)", "0", "10k", "20k", "30k", "40k", "50k", "ns/op");
    }

    @Test
    void fortyRowsEachGetTheirRowAndTheChartGrowsToHoldThem() {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bars.add(Bar.of(String.format(Locale.ROOT, "backend-%02d", i), "backend-" + i, 1_000 + i));
        }
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LINEAR, bars));

        assertThat(svg.groups()).hasSize(40);
        assertThat(svg.height()).isEqualTo(FIRST_ROW + 40 * 38 + 48);
        assertThat(svg.groups().stream().map(ParsedSvg::tooltip).toList())
                .startsWith("backend-00: 1,000 ns/op", "backend-01: 1,001 ns/op").endsWith("backend-39: 1,039 ns/op");
        assertThat(svg.all("rect")).hasSize(40);
    }

    @Test
    void aLogScaleSpansNineOrdersOfMagnitudeWithDecadeTicks() {
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LOG, List.of(
                Bar.of("one", "a", 1), Bar.of("thousand", "b", 1e3), Bar.of("billion", "c", 1e9))));

        // 0.1 (a decade below the smallest value, so that it has a bar) to 1e9: ten decades, every second labelled.
        assertThat(svg.texts()).containsSequence("0.1", "10", "1k", "100k", "10M", "1G", "ns/op, log scale");
        List<String> ends = svg.all("rect").stream()
                .map(r -> Svg.num(ParsedSvg.number(r, "x") + ParsedSvg.number(r, "width"))).toList();
        assertThat(ends).containsExactly(Svg.num(LEFT + PLOT * 0.1), Svg.num(LEFT + PLOT * 0.4), Svg.num(LEFT + PLOT));
    }

    @Test
    void zeroAndNegativeValuesOnALogScaleArePrintedMarkedAndNotDrawn() {
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LOG, List.of(
                Bar.of("ten", "a", 10), Bar.of("zero", "b", 0), Bar.of("negative", "c", -5))));

        assertThat(svg.groups()).hasSize(3);
        assertThat(ParsedSvg.all(svg.groups().get(1), "rect")).isEmpty();
        assertThat(ParsedSvg.all(svg.groups().get(2), "rect")).isEmpty();
        assertThat(svg.texts()).contains("0", "zero  not drawn: log scale", "-5", "negative  not drawn: log scale");
    }

    @Test
    void missingValuesStayListedWithTheirReasonAndNoBar() {
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LINEAR, List.of(
                Bar.of("jackson", "jackson", 5), Bar.of("nan", "gson", Double.NaN),
                Bar.of("infinite", "gson", Double.POSITIVE_INFINITY), Bar.missing("dsljson", "dsljson", "failed: exit code 2"))));

        assertThat(svg.all("rect")).hasSize(1);
        assertThat(svg.texts()).contains("nan  no value", "infinite  no value", "dsljson  failed: exit code 2");
        assertThat(svg.texts().stream().filter("–"::equals)).hasSize(3);
        assertThat(ParsedSvg.tooltip(svg.groups().get(3))).isEqualTo("dsljson: – (failed: exit code 2)");
        // The axis is that of the values there are: 0 to 5.
        assertThat(svg.texts()).containsSequence("0", "1", "2", "3", "4", "5", "ns/op");
    }

    @Test
    void aWhiskerSpansTheIntervalWithACapAtEachEnd() {
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LINEAR, List.of(Bar.of("jackson", "jackson", 50, 40, 80))));

        // Axis 0 to 80: 40 is at the middle of the plot, 80 at its end; the bar's centre line is at y = 37 + 26.5.
        assertThat(whisker(svg)).isEqualTo("M240 63.5H468M240 58.5v10M468 58.5v10");
        assertThat(svg.texts()).contains("50 (40–80)");
        assertThat(ParsedSvg.tooltip(svg.groups().getFirst())).isEqualTo("jackson: 50 (40–80) ns/op");
    }

    @Test
    void aWhiskerReachingZeroOnALogScaleIsCutAtTheAxisWithoutItsCap() {
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LOG, List.of(Bar.of("jackson", "jackson", 1_000, 0, 5_000))));

        // Axis 100 to 10k (the zero has no position): the whisker starts at the axis, capped only at 5,000.
        String high = Svg.num(LEFT + PLOT * (Math.log10(5_000) - 2) / 2);
        assertThat(whisker(svg)).isEqualTo("M12 63.5H" + high + "M" + high + " 58.5v10");
    }

    @Test
    void intervalsMustHoldTheirValueAndHaveBothEnds() {
        assertThatThrownBy(() -> Bar.of("jackson", "jackson", 5, 6, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval of 'jackson' must hold its value");
        assertThatThrownBy(() -> Bar.of("jackson", "jackson", 5, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bar("jackson", "jackson", 5, Double.NaN, 6, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both ends or neither");
        assertThatThrownBy(() -> Bar.of(null, "jackson", 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Bar.of("jackson", "jackson", 5, 5, 5).hasInterval()).isTrue();
        assertThat(Bar.of("jackson", null, 5).key()).isEqualTo("jackson");
    }

    @Test
    void negativeValuesOnALinearScaleExtendLeftOfZero() {
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LINEAR, List.of(Bar.of("slower", "a", 40), Bar.of("faster", "b", -20))));

        // Axis -20 to 40 in steps of 10: zero lies at a third of the plot.
        double zero = LEFT + PLOT / 3;
        Element negative = svg.all("rect").get(1);
        assertThat(ParsedSvg.number(negative, "x")).isEqualTo(LEFT);
        assertThat(ParsedSvg.number(negative, "width")).isEqualTo(Double.parseDouble(Svg.num(zero - LEFT)));
        assertThat(svg.texts()).containsSequence("-20", "-10", "0", "10", "20", "30", "40");
    }

    @Test
    void aLabelTooLongForItsRowIsCutWithAnEllipsisAndKeptWholeInTheTooltip() {
        String name = "a very long name that goes on and on well past the width a label can have on a phone";
        ParsedSvg svg = ParsedSvg.parse(render(Scale.LINEAR, List.of(Bar.of(name, "a", 123_456, 100_000, 150_000))));

        String shown = svg.texts().get(2);
        assertThat(shown).endsWith("…").hasSizeLessThan(name.length());
        assertThat(name).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(Svg.textWidth(shown, 14) + Svg.textWidth("123,456 (100,000–150,000)", 14)).isLessThan(PLOT);
        assertThat(ParsedSvg.tooltip(svg.groups().getFirst())).startsWith(name + ": ");
    }

    @Test
    void aCustomFormatPrintsValuesAndIntervals() {
        String source = BarChart.builder(palette).format(v -> String.format(Locale.ROOT, "%.1f MiB", v / 1024)).build()
                .render(List.of(Bar.of("jackson", "jackson", 2048, 1024, 4096)));

        assertThat(ParsedSvg.parse(source).texts()).contains("2.0 MiB (1.0 MiB–4.0 MiB)");
    }

    private static String whisker(ParsedSvg svg) {
        return svg.all("path").stream().filter(p -> p.getAttribute("class").equals("jb-whisker"))
                .map(p -> p.getAttribute("d")).findFirst().orElseThrow();
    }
}
