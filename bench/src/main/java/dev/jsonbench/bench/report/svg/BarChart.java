package dev.jsonbench.bench.report.svg;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.stream.DoubleStream;

/**
 * A horizontal bar chart, one labelled bar per row in the order given, as an SVG string to inline in HTML.
 *
 * <p>Each row has its label above the bar (so that long names leave the bars the full width, also on a phone) and
 * its value at the right end of that line, with the interval when the bar has one. An interval is drawn as a
 * whisker over the bar. Rows without a value stay listed with their reason; on a {@link Scale#LOG} axis a value of
 * zero or below is printed but has no bar. An empty list gives a chart that says "No data".
 *
 * <pre>{@code
 * String svg = BarChart.builder(palette).title("Time per decode").unit("ns/op").scale(Scale.LOG).build()
 *         .render(List.of(Bar.of("jackson (typed)", "jackson", 40194, 27250, 43480)));
 * }</pre>
 */
public final class BarChart {

    static final double WIDTH = 480;
    static final double PAD = 12;
    static final double LABEL_FONT = 14;
    static final double SMALL_FONT = 12;
    static final double TITLE_FONT = 15;
    static final double ROW = 38;
    private static final double BAR = 13;
    private static final double CAP = 10;

    private final Palette palette;
    private final String title;
    private final String unit;
    private final Scale scale;
    private final DoubleFunction<String> format;

    private BarChart(Builder builder) {
        this.palette = builder.palette;
        this.title = builder.title;
        this.unit = builder.unit;
        this.scale = builder.scale;
        this.format = builder.format;
    }

    public static Builder builder(Palette palette) {
        return new Builder(palette);
    }

    /** The chart of {@code bars}, top to bottom in this order. */
    public String render(List<Bar> bars) {
        double top = title.isEmpty() ? PAD : PAD + TITLE_FONT + 10;
        double rowsBottom = top + Math.max(1, bars.size()) * ROW;
        double height = rowsBottom + 48;
        Markup svg = Charts.open(WIDTH, height, title);
        if (bars.isEmpty()) {
            return Charts.noData(svg, WIDTH, top, rowsBottom);
        }
        Axis axis = Axis.of(scale, bars.stream().flatMapToDouble(BarChart::extent), true).span(PAD, WIDTH - PAD);

        Charts.verticalGrid(svg, axis, top, rowsBottom);
        for (int i = 0; i < bars.size(); i++) {
            row(svg, bars.get(i), axis, top + i * ROW);
        }
        Charts.horizontalAxis(svg, axis, rowsBottom, unit);
        return svg.close("svg").toString();
    }

    private static DoubleStream extent(Bar bar) {
        return bar.hasValue() ? DoubleStream.of(bar.value(), bar.low(), bar.high()) : DoubleStream.empty();
    }

    private void row(Markup svg, Bar bar, Axis axis, double y) {
        String value = valueText(bar);
        boolean drawn = bar.hasValue() && axis.drawable(bar.value());
        String note = bar.note() != null ? bar.note()
                : bar.hasValue() && !drawn ? "not drawn: log scale" : !bar.hasValue() ? "no value" : null;

        svg.open("g");
        svg.textElement("title", tooltip(bar, value, note));
        double baseline = y + LABEL_FONT;
        double valueWidth = Svg.textWidth(value, LABEL_FONT);
        svg.textElement("text", value, "x", Svg.num(WIDTH - PAD), "y", Svg.num(baseline), "text-anchor", "end",
                "style", "fill:" + Palette.FG + ";font-variant-numeric:tabular-nums");
        double labelRoom = WIDTH - 2 * PAD - valueWidth - 12;
        String noteText = note == null ? "" : "  " + note;
        double noteWidth = Math.min(Svg.textWidth(noteText, SMALL_FONT), labelRoom / 2);
        String label = Svg.fit(bar.label(), labelRoom - noteWidth, LABEL_FONT);
        svg.open("text", "x", Svg.num(PAD), "y", Svg.num(baseline), "style", "fill:" + Palette.FG);
        svg.textElement("tspan", label);
        if (note != null) {
            svg.textElement("tspan", Svg.fit(noteText, noteWidth, SMALL_FONT), "style",
                    "fill:" + Palette.MUTED + ";font-size:" + Svg.num(SMALL_FONT) + "px;font-style:italic");
        }
        svg.close("text");

        double barTop = y + LABEL_FONT + 6;
        if (drawn) {
            double start = axis.position(axis.base());
            double end = axis.position(bar.value());
            svg.empty("rect", "x", Svg.num(Math.min(start, end)), "y", Svg.num(barTop), "width", Svg.num(Math.abs(end - start)),
                    "height", Svg.num(BAR), "style", palette.areaStyle(bar.key()));
            if (bar.hasInterval()) {
                whisker(svg, axis, bar, barTop + BAR / 2);
            }
        }
        svg.close("g");
    }

    /**
     * The interval as a line with end caps, over a background-coloured halo so that it shows on any bar colour; an
     * end beyond the axis is cut there and has no cap.
     */
    private static void whisker(Markup svg, Axis axis, Bar bar, double y) {
        boolean lowOnAxis = axis.drawable(bar.low()) && bar.low() >= axis.low();
        boolean highOnAxis = axis.drawable(bar.high()) && bar.high() <= axis.high();
        double x1 = lowOnAxis ? axis.position(bar.low()) : axis.position(axis.low());
        double x2 = highOnAxis ? axis.position(bar.high()) : axis.position(axis.high());
        StringBuilder path = new StringBuilder("M").append(Svg.num(x1)).append(' ').append(Svg.num(y))
                .append("H").append(Svg.num(x2));
        if (lowOnAxis) {
            path.append("M").append(Svg.num(x1)).append(' ').append(Svg.num(y - CAP / 2)).append("v").append(Svg.num(CAP));
        }
        if (highOnAxis) {
            path.append("M").append(Svg.num(x2)).append(' ').append(Svg.num(y - CAP / 2)).append("v").append(Svg.num(CAP));
        }
        svg.empty("path", "d", path.toString(), "class", "jb-whisker-halo",
                "style", "fill:none;stroke:" + Palette.BG + ";stroke-width:3.5;stroke-opacity:.8");
        svg.empty("path", "d", path.toString(), "class", "jb-whisker", "style", "fill:none;stroke:" + Palette.FG + ";stroke-width:1.5");
    }

    private String valueText(Bar bar) {
        if (!bar.hasValue()) {
            return "–";
        }
        String value = format.apply(bar.value());
        return bar.hasInterval() ? value + " (" + format.apply(bar.low()) + "–" + format.apply(bar.high()) + ")" : value;
    }

    private String tooltip(Bar bar, String value, String note) {
        String withUnit = bar.hasValue() && !unit.isEmpty() ? value + " " + unit : value;
        return bar.label() + ": " + withUnit + (note == null ? "" : " (" + note + ")");
    }

    /** Options of a bar chart; all but the palette have defaults. */
    public static final class Builder extends ChartBuilder<Builder> {
        private String unit = "";
        private Scale scale = Scale.LINEAR;

        private Builder(Palette palette) {
            super(palette);
        }

        /** The unit of the values, shown under the axis (e.g. "ns/op", "bytes/op"); none by default. */
        public Builder unit(String unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /** {@link Scale#LINEAR} by default. */
        public Builder scale(Scale scale) {
            this.scale = Objects.requireNonNull(scale, "scale");
            return this;
        }

        @Override
        Builder self() {
            return this;
        }

        public BarChart build() {
            return new BarChart(this);
        }
    }
}
