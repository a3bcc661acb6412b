package dev.jsonbench.bench.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class LineChartTest {

    private final Palette palette = new Palette(List.of("jackson", "gson"));

    private String render(List<Series> series) {
        return LineChart.builder(palette).title("Throughput").xUnit("bytes").yUnit("MB/s").build().render(series);
    }

    private static Series series(String name, double... xy) {
        List<Series.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new Series.Point(xy[i], xy[i + 1]));
        }
        return new Series(name, name, points);
    }

    @Test
    void drawsEachSeriesAsALineWithAMarkerPerPointAndALegend() {
        ParsedSvg svg = ParsedSvg.parse(render(List.of(
                series("jackson", 1_000, 80, 10_000, 90, 1_000_000, 70),
                series("gson", 1_000, 50, 10_000, 55, 1_000_000, 60))));

        List<Element> lines = svg.groups().subList(0, 2);
        for (Element line : lines) {
            List<Element> paths = ParsedSvg.all(line, "path");
            assertThat(paths).hasSize(4);
            assertThat(paths.getFirst().getAttribute("d")).matches("M[\\d.]+ [\\d.]+(L[\\d.]+ [\\d.]+){2}");
        }
        assertThat(ParsedSvg.all(lines.get(0), "path").getFirst().getAttribute("style")).contains("var(--jb-c0,#0072B2)");
        assertThat(ParsedSvg.all(lines.get(1), "path").getFirst().getAttribute("style")).contains("var(--jb-c1,#D55E00)");
        assertThat(ParsedSvg.all(lines.get(0), "title").stream().map(Element::getTextContent))
                .containsExactly("jackson: 80 MB/s at 1,000 bytes", "jackson: 90 MB/s at 10,000 bytes", "jackson: 70 MB/s at 1,000,000 bytes");
        // Log x axis by decades, linear y axis from zero, captions, then the legend.
        assertThat(svg.texts()).containsSequence("1k", "10k", "100k", "1M", "bytes, log scale", "jackson", "gson");
        assertThat(svg.texts()).contains("MB/s", "0", "20", "40", "60", "80", "100");
    }

    @Test
    void pointsThatCannotBePlacedBreakTheLineAndAreCountedInTheLegend() {
        ParsedSvg svg = ParsedSvg.parse(render(List.of(
                series("jackson", 1_000, 80, 2_000, Double.NaN, 4_000, 85, 8_000, 86, 0, 90, -1, 20, 16_000, Double.POSITIVE_INFINITY))));

        Element line = svg.groups().getFirst();
        // NaN at 2,000 splits 1,000 from 4,000..8,000; x = 0 and x = -1 have no position on the log axis.
        assertThat(ParsedSvg.all(line, "path").getFirst().getAttribute("d")).matches("M[\\d.]+ [\\d.]+M[\\d.]+ [\\d.]+L[\\d.]+ [\\d.]+");
        assertThat(ParsedSvg.all(line, "title")).hasSize(3);
        assertThat(svg.texts()).contains("jackson (4 points not shown)");
    }

    @Test
    void onePointIsAMarkerWithoutALine() {
        ParsedSvg svg = ParsedSvg.parse(render(List.of(series("jackson", 2_444, 107))));

        List<Element> paths = ParsedSvg.all(svg.groups().getFirst(), "path");
        assertThat(paths).hasSize(2);
        assertThat(paths.getFirst().getAttribute("d")).doesNotContain("L").startsWith("M");
        assertThat(svg.texts()).containsSequence("1k", "2k", "5k", "10k");
    }

    @Test
    void noSeriesOrNoPlaceablePointGivesAChartThatSaysSo() {
        assertThat(ParsedSvg.parse(render(List.of())).texts()).containsExactly("Throughput", "No data");
        assertThat(ParsedSvg.parse(render(List.of(series("jackson", 0, 1, 10, Double.NaN)))).texts())
                .containsExactly("Throughput", "No data");
    }

    @Test
    void aLinearTimeAxisAndALogValueAxisWork() {
        String source = LineChart.builder(palette).xScale(Scale.LINEAR).yScale(Scale.LOG).xUnit("s").yUnit("bytes").build()
                .render(List.of(series("jackson", 0, 10, 5, 1e6, 10, 1e9)));
        ParsedSvg svg = ParsedSvg.parse(source);

        assertThat(svg.texts()).containsSequence("bytes, log scale", "0.1", "10", "1k", "100k", "10M", "1G")
                .containsSequence("0", "2", "4", "6", "8", "10", "s");
        assertThat(svg.root.getAttribute("aria-label")).isEqualTo("chart");
    }

    @Test
    void hostileSeriesNamesAreEscapedAndManySeriesFillLegendRows() {
        List<Series> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(series("<lib " + i + " & \"co\">", 1_000, i + 1, 10_000, i + 2));
        }
        ParsedSvg svg = ParsedSvg.parse(render(many));

        assertThat(svg.texts()).contains("<lib 0 & \"co\">", "<lib 11 & \"co\">");
        assertThat(svg.all("script")).isEmpty();
        // Slots 8 to 15 reuse the eight colours, dashed: the eleventh series has slot 12 (jackson and gson come first).
        assertThat(ParsedSvg.all(svg.groups().get(10), "path").getFirst().getAttribute("style"))
                .contains("var(--jb-c4,").contains("stroke-dasharray");
    }
}
