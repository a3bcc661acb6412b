package dev.jsonbench.bench.report.svg;

import java.util.Objects;
import java.util.function.DoubleFunction;

/** The options every chart has: its palette, a title and how numbers are printed. */
abstract class ChartBuilder<B extends ChartBuilder<B>> {

    final Palette palette;
    String title = "";
    DoubleFunction<String> format = Numbers::value;

    ChartBuilder(Palette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    /** Shown above the chart and read by screen readers; none by default. */
    public B title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return self();
    }

    /**
     * How values are printed (value labels, intervals, tooltips); by default thousands grouped, whole from 100 up,
     * else three significant digits.
     */
    public B format(DoubleFunction<String> format) {
        this.format = Objects.requireNonNull(format, "format");
        return self();
    }

    abstract B self();
}
