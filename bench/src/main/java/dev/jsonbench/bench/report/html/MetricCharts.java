package dev.jsonbench.bench.report.html;

import dev.jsonbench.bench.contestant.java.JavaContestant;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.svg.Bar;
import dev.jsonbench.bench.report.svg.BarChart;
import dev.jsonbench.bench.report.svg.LineChart;
import dev.jsonbench.bench.report.svg.Palette;
import dev.jsonbench.bench.report.svg.Scale;
import dev.jsonbench.bench.report.svg.Series;
import dev.jsonbench.bench.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * The charts of a report, as SVG: per document and mode a bar chart per metric (rows in rank order, so that a row
 * keeps its place from chart to chart), the heap curves of the Java backends, and throughput against document size.
 * A chart with no value to draw is left out; a row without a value stays listed with the reason.
 */
final class MetricCharts {

    private static final double MIB = 1024.0 * 1024.0;
    /** Values spanning more than this factor get a log axis, so that the smallest bars stay visible. */
    private static final double LOG_SPAN = 100;
    /** The charts' own format: thousands grouped, whole from 100 up, else three significant digits. */
    private static final DoubleFunction<String> CHART_DEFAULT = null;
    private static final DoubleFunction<String> ONE_DECIMAL = v -> String.format(Locale.ROOT, "%,.1f", v);

    private MetricCharts() {
    }

    /**
     * Time (with interval whiskers), bytes and allocations per decode, retained bytes, and peak resident set under the
     * fixed and the fair heap, for the results of one document and mode.
     *
     * @param ranked    the ok results in rank order
     * @param notRanked the failed, wrong and skipped results, shown in the time chart with their status
     */
    static List<String> perMode(Palette palette, Config config, Mode mode, List<Result> ranked, List<Result> notRanked) {
        List<Bar> times = new ArrayList<>(ranked.stream().map(MetricCharts::timeBar).toList());
        notRanked.forEach(r -> times.add(Bar.missing(r.runner(), r.runner(), r.status().name())));
        List<String> charts = new ArrayList<>();
        bars(palette, "Time per decode (" + mode + ")", "ns/op, median with its interval", CHART_DEFAULT, times)
                .ifPresent(charts::add);
        bars(palette, "Bytes allocated per decode (" + mode + ")", "bytes/op", CHART_DEFAULT,
                each(ranked, r -> r.allocations().bytesPerOp(), r -> "not measured")).ifPresent(charts::add);
        bars(palette, "Allocations per decode (" + mode + ")", "allocs/op", CHART_DEFAULT,
                each(ranked, r -> r.allocations().verified() ? r.allocations().perOp() : null, MetricCharts::whyNoCount))
                .ifPresent(charts::add);
        bars(palette, "Retained by one decoded result (" + mode + ")", "bytes", CHART_DEFAULT,
                each(ranked, r -> toDouble(r.memory().retainedBytes()), r -> "not measured")).ifPresent(charts::add);
        bars(palette, "Peak RSS of the timed loop, heap " + config.heap() + " (" + mode + ")", "MiB", ONE_DECIMAL,
                peakRss(ranked)).ifPresent(charts::add);
        bars(palette, "Peak RSS at the fair heap, twice the minimal (" + mode + ")", "MiB", ONE_DECIMAL,
                fairPeakRss(ranked)).ifPresent(charts::add);
        return charts;
    }

    /**
     * Time and peak resident set against heap size, one line per Java backend measured with {@code --memory curve}:
     * the multiples of its minimal heap, and the fixed heap of its main runs.
     */
    static List<String> heapCurves(Palette palette, Config config, Mode mode, List<Result> ranked) {
        List<Result> curved = ranked.stream().filter(r -> !r.memory().heapCurve().isEmpty()).toList();
        if (curved.isEmpty()) {
            return List.of();
        }
        Optional<Long> fixedHeap = fixedHeapBytes(config.heap());
        List<Series> time = new ArrayList<>();
        List<Series> rss = new ArrayList<>();
        for (Result r : curved) {
            List<Series.Point> timePoints = new ArrayList<>();
            List<Series.Point> rssPoints = new ArrayList<>();
            for (Result.HeapPoint p : r.memory().heapCurve()) {
                timePoints.add(new Series.Point(p.heapBytes() / MIB, orNaN(p.nsPerOp())));
                rssPoints.add(new Series.Point(p.heapBytes() / MIB, orNaN(toMib(p.peakRssBytes()))));
            }
            fixedHeap.ifPresent(heap -> {
                timePoints.add(new Series.Point(heap / MIB, orNaN(r.timing().nsPerOp())));
                rssPoints.add(new Series.Point(heap / MIB, orNaN(toMib(r.memory().peakRssBytes()))));
            });
            time.add(new Series(r.runner(), r.runner(), timePoints));
            rss.add(new Series(r.runner(), r.runner(), rssPoints));
        }
        return List.of(
                LineChart.builder(palette).title("Time per decode against heap size (" + mode + ")").xUnit("MiB heap (-Xmx)")
                        .yUnit("ns/op").build().render(time),
                LineChart.builder(palette).title("Peak RSS against heap size (" + mode + ")").xUnit("MiB heap (-Xmx)")
                        .yUnit("MiB peak RSS").format(ONE_DECIMAL).build().render(rss));
    }

    /**
     * Throughput against document size, one chart per mode and one line per runner, when the run measured documents
     * of several sizes; none otherwise.
     */
    static List<String> throughputBySize(Palette palette, ResultsDocument document) {
        Config config = document.config();
        if (config.fixtures().stream().mapToLong(Config.Fixture::bytes).distinct().count() < 2) {
            return List.of();
        }
        List<String> charts = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            List<Result> results = document.results().stream().filter(r -> r.mode() == mode && r.ok()).toList();
            List<String> runners = results.stream().map(Result::runner).distinct().sorted().toList();
            List<Series> series = new ArrayList<>();
            for (String runner : runners) {
                List<Series.Point> points = results.stream().filter(r -> r.runner().equals(runner))
                        .flatMap(r -> config.fixture(r.fixture()).stream()
                                .map(f -> new Series.Point(f.bytes(), orNaN(r.timing().mbPerS()))))
                        .toList();
                series.add(new Series(runner, runner, points));
            }
            if (!series.isEmpty()) {
                charts.add(LineChart.builder(palette).title("Throughput by document size (" + mode + ")")
                        .xUnit("document bytes").yUnit("MB/s").format(ONE_DECIMAL).build().render(series));
            }
        }
        return charts;
    }

    private static Bar timeBar(Result r) {
        Result.Timing t = r.timing();
        String note = note(r);
        if (t.nsPerOp() == null) {
            return Bar.missing(r.runner(), r.runner(), "no time");
        }
        double value = t.nsPerOp();
        Interval interval = t.nsPerOpInterval();
        Bar bar = interval == null || interval.level() <= 0 ? Bar.of(r.runner(), r.runner(), value)
                // bounds computed by scaling may miss the median by a rounding error
                : Bar.of(r.runner(), r.runner(), value, Math.min(interval.low(), value), Math.max(interval.high(), value));
        return note == null ? bar : bar.withNote(note);
    }

    /** "~" for a tie, "!" for a run that may be noise. */
    private static String note(Result r) {
        Result.Relative rel = r.timing().relative();
        boolean tie = rel != null && rel.tie();
        boolean noisy = r.timing().runs().stream().anyMatch(run -> !run.flags().isEmpty());
        if (!tie && !noisy) {
            return null;
        }
        return (tie ? "~ tie" : "") + (tie && noisy ? ", " : "") + (noisy ? "! noise" : "");
    }

    private static String whyNoCount(Result r) {
        Result.Allocations a = r.allocations();
        if (a.method() == null) {
            return "not counted";
        }
        return a.problem() == null ? "unverified" : "unverified: " + a.problem();
    }

    private static List<Bar> peakRss(List<Result> ranked) {
        return ranked.stream().map(r -> {
            Long peak = r.memory().peakRssBytes();
            if (peak == null) {
                return Bar.missing(r.runner(), r.runner(), "not measured");
            }
            Bar bar = Bar.of(r.runner(), r.runner(), toMib(peak));
            return r.memory().peakRssScope() == RssScope.process ? bar.withNote("whole process") : bar;
        }).toList();
    }

    private static List<Bar> fairPeakRss(List<Result> ranked) {
        return ranked.stream().map(r -> {
            Result.HeapPoint fair = r.memory().fairHeap();
            if (fair == null || fair.peakRssBytes() == null) {
                return Bar.missing(r.runner(), r.runner(), r.language() == Language.java ? "not measured" : "Java only");
            }
            return Bar.of(r.runner(), r.runner(), toMib(fair.peakRssBytes())).withNote("heap " + Figures.bytes(fair.heapBytes()));
        }).toList();
    }

    private static List<Bar> each(List<Result> results, Function<Result, Double> value, Function<Result, String> whyNot) {
        return results.stream().map(r -> {
            Double v = value.apply(r);
            return v == null ? Bar.missing(r.runner(), r.runner(), whyNot.apply(r)) : Bar.of(r.runner(), r.runner(), v);
        }).toList();
    }

    /** The chart, unless no row has a value. */
    private static Optional<String> bars(Palette palette, String title, String unit, DoubleFunction<String> format,
                                         List<Bar> bars) {
        double[] values = bars.stream().mapToDouble(Bar::value).filter(Double::isFinite).toArray();
        if (values.length == 0) {
            return Optional.empty();
        }
        BarChart.Builder chart = BarChart.builder(palette).title(title).unit(unit).scale(scale(values));
        if (format != CHART_DEFAULT) {
            chart.format(format);
        }
        return Optional.of(chart.build().render(bars));
    }

    private static Scale scale(double[] values) {
        double max = 0;
        double min = Double.MAX_VALUE;
        for (double v : values) {
            if (v > 0) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        return max > LOG_SPAN * min ? Scale.LOG : Scale.LINEAR;
    }

    /** The fixed heap of the main runs, as {@code --heap} gave it; empty when it does not read as a size. */
    private static Optional<Long> fixedHeapBytes(String heap) {
        try {
            return Optional.of(JavaContestant.heapBytes(Objects.requireNonNull(heap)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }

    private static Double toMib(Long bytes) {
        return bytes == null ? null : bytes / MIB;
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
