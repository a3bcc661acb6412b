package dev.jsonbench.bench.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page of charts over figures shaped like a real run (the README's default run on the development machine),
 * plus the edge cases: hostile names, empty data, 40 rows, a range of nine orders of magnitude.
 */
final class SampleCharts {

    static final List<String> LIBRARIES = List.of("sonic-rs", "simdjson", "dsljson", "jsoniter", "serde-json-owned",
            "jackson", "gson", "sonic-default", "jsoniter-std", "encoding-json");

    private SampleCharts() {
    }

    static String page() {
        Palette palette = new Palette(LIBRARIES);
        StringBuilder body = new StringBuilder();
        section(body, "Time per decode, typed (median of 5 runs, whiskers min to max)", BarChart.builder(palette)
                .title("api-response.json: ns/op, typed").unit("ns/op").build().render(typedTimes()));
        section(body, "The same on a log scale", BarChart.builder(palette)
                .title("api-response.json: ns/op, typed").unit("ns/op").scale(Scale.LOG).build().render(typedTimes()));
        section(body, "Bytes per decode", BarChart.builder(palette).title("api-response.json: bytes/op, typed")
                .unit("bytes/op").build().render(List.of(
                        Bar.of("sonic-rs (typed)", "sonic-rs", 10_991), Bar.of("dsljson (typed)", "dsljson", 14_352),
                        Bar.of("jsoniter (typed)", "jsoniter", 14_352).withNote("~ tie"),
                        Bar.of("jackson (typed)", "jackson", 18_456), Bar.of("gson (typed)", "gson", 28_384),
                        Bar.of("simdjson (typed)", "simdjson", 28_336).withNote("unverified"))));
        section(body, "Throughput against document size", LineChart.builder(palette).title("Throughput by document size")
                .xUnit("bytes").yUnit("MB/s").build().render(throughput()));
        section(body, "Heap after each GC (linear time axis)", LineChart.builder(palette).title("Heap used, jackson and gson")
                .xScale(Scale.LINEAR).xUnit("s").yUnit("MiB").build().render(List.of(
                        new Series("jackson", "jackson", sawtooth(40, 610)), new Series("gson", "gson", sawtooth(31, 690)))));
        section(body, "Nine orders of magnitude, zero, negative and missing values", BarChart.builder(palette)
                .title("Log scale from 1 to 1e9").unit("things").scale(Scale.LOG).build().render(List.of(
                        Bar.of("one", "jackson", 1), Bar.of("a thousand", "gson", 1e3, 0, 5e3),
                        Bar.of("a million", "dsljson", 1e6, 2e5, 3e6), Bar.of("a billion", "jsoniter", 1e9),
                        Bar.of("zero", "simdjson", 0), Bar.of("negative", "sonic-rs", -5),
                        Bar.of("not a number", "serde-json-owned", Double.NaN),
                        Bar.missing("crashed", "encoding-json", "failed: exit code 2"))));
        section(body, "Hostile names", BarChart.builder(palette).title("<script>alert('x')</script> & \"friends\"")
                .unit("<unit>").build().render(List.of(
                        Bar.of("<script>alert(\"x\")</script>", "<b>", 3),
                        Bar.of("Tom & Jerry's \"JSON\"", "&amp;", 2, 1, 4),
                        Bar.of("Jäckson ünïcödé — 中文 😀", "ü", 1).withNote("<unverified>"),
                        Bar.of("a very long name that goes on and on well past the width a label can have on a phone", "x", 2.5))));
        section(body, "No data", BarChart.builder(palette).title("Nothing measured").unit("ns/op").build().render(List.of())
                + LineChart.builder(palette).title("No series").build().render(List.of()));
        section(body, "Forty rows", BarChart.builder(palette).title("40 backends").unit("ns/op").build().render(forty()));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>jsonbench charts</title><style>\n" + Palette.css()
                + "body{margin:0 auto;padding:1rem;max-width:44rem;background:var(--jb-bg);color:var(--jb-fg);"
                + "font-family:system-ui,sans-serif}h2{font-size:1.05rem;font-weight:600;margin:2rem 0 .5rem}"
                + ".jb-chart{max-width:40rem}\n</style></head><body>\n<h1>jsonbench charts</h1>\n" + body + "</body></html>\n";
    }

    private static void section(StringBuilder body, String heading, String svg) {
        body.append("<section><h2>").append(heading).append("</h2>\n").append(svg).append("\n</section>\n");
    }

    static List<Bar> typedTimes() {
        return List.of(
                Bar.of("sonic-rs (typed)", "sonic-rs", 17_043, 14_600, 19_090),
                Bar.of("simdjson (typed)", "simdjson", 22_787, 19_170, 40_490),
                Bar.of("dsljson (typed)", "dsljson", 27_168, 21_920, 35_320),
                Bar.of("jsoniter (typed)", "jsoniter", 30_399, 19_160, 32_290).withNote("~"),
                Bar.of("serde-json-owned (typed)", "serde-json-owned", 35_712, 30_070, 39_980).withNote("~"),
                Bar.of("jackson (typed)", "jackson", 40_194, 27_250, 43_480),
                Bar.of("gson (typed)", "gson", 54_297, 38_030, 63_650),
                Bar.of("sonic-default (typed)", "sonic-default", 55_720, 48_770, 71_800),
                Bar.of("jsoniter-std (typed)", "jsoniter-std", 77_047, 64_900, 158_170),
                Bar.of("encoding-json (typed)", "encoding-json", 129_047, 128_070, 255_930));
    }

    private static List<Series> throughput() {
        double[] sizes = {600, 2_444, 40_000, 600_000, 2_200_000};
        List<Series> series = new ArrayList<>();
        double[] speeds = {140, 107, 90, 80, 60};
        for (int i = 0; i < speeds.length; i++) {
            List<Series.Point> points = new ArrayList<>();
            for (int j = 0; j < sizes.length; j++) {
                boolean missing = i == 3 && j == 2;
                points.add(new Series.Point(sizes[j], missing ? Double.NaN : speeds[i] * (1 + 0.15 * Math.sin(i + j))));
            }
            series.add(new Series(LIBRARIES.get(i), LIBRARIES.get(i), points));
        }
        return series;
    }

    private static List<Series.Point> sawtooth(double step, double peak) {
        List<Series.Point> points = new ArrayList<>();
        double heap = 20;
        for (int i = 0; i <= 40; i++) {
            points.add(new Series.Point(i * 0.25, heap));
            heap = heap + step > peak ? 20 : heap + step;
        }
        return points;
    }

    private static List<Bar> forty() {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double value = 10_000 + 2_500 * i;
            bars.add(Bar.of(String.format(Locale.ROOT, "backend-%02d (tree)", i), "backend-" + i, value, value * 0.9, value * 1.2));
        }
        return bars;
    }
}
