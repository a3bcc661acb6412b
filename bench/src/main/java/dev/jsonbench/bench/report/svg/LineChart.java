package dev.jsonbench.bench.report.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Lines with point markers over two axes, e.g. throughput against document size (log x) per backend, or heap used
 * against time; an SVG string to inline in HTML. Each series has its palette colour and marker shape, and a legend
 * below the plot names them. Points that cannot be placed (see {@link Series}) break the line and are counted in
 * the legend. No series, or no point that can be placed, gives a chart that says "No data".
 */
public final class LineChart {

    private static final double WIDTH = BarChart.WIDTH;
    private static final double PAD = BarChart.PAD;
    private static final double PLOT_HEIGHT = 230;
    private static final double MARKER = 4.5;
    private static final double LEGEND_ROW = 22;

    private final Palette palette;
    private final String title;
    private final String xUnit;
    private final String yUnit;
    private final Scale xScale;
    private final Scale yScale;
    private final DoubleFunction<String> format;

    private LineChart(Builder builder) {
        this.palette = builder.palette;
        this.title = builder.title;
        this.xUnit = builder.xUnit;
        this.yUnit = builder.yUnit;
        this.xScale = builder.xScale;
        this.yScale = builder.yScale;
        this.format = builder.format;
    }

    public static Builder builder(Palette palette) {
        return new Builder(palette);
    }

    public String render(List<Series> series) {
        double top = title.isEmpty() ? PAD : PAD + BarChart.TITLE_FONT + 10;
        double plotTop = top + BarChart.SMALL_FONT + 10;
        double plotBottom = plotTop + PLOT_HEIGHT;
        List<Series> placed = series.stream().filter(s -> s.points().stream().anyMatch(this::placeable)).toList();
        if (placed.isEmpty()) {
            return Charts.noData(Charts.open(WIDTH, plotBottom + PAD, title), WIDTH, top, plotBottom);
        }
        Axis y = Axis.of(yScale, placed.stream().flatMap(s -> s.points().stream()).filter(this::placeable)
                .mapToDouble(Series.Point::y), true);
        double left = PAD + y.ticks().stream().mapToDouble(t -> Svg.textWidth(y.label(t), BarChart.SMALL_FONT)).max().orElse(0) + 8;
        double right = WIDTH - PAD - MARKER;
        Axis x = Axis.of(xScale, placed.stream().flatMap(s -> s.points().stream()).filter(this::placeable)
                .mapToDouble(Series.Point::x), false).span(left, right);
        Axis yAxis = y.span(plotBottom, plotTop);

        Legend legend = new Legend(series, right - PAD);
        double legendTop = plotBottom + 50;
        double height = legendTop + legend.rows() * LEGEND_ROW + PAD;
        Markup svg = Charts.open(WIDTH, height, title);
        if (!yUnit.isEmpty() || yScale == Scale.LOG) {
            svg.textElement("text", yAxis.caption(yUnit), "x", Svg.num(PAD), "y", Svg.num(top + BarChart.SMALL_FONT),
                    "style", Charts.smallText(Palette.FG));
        }
        Charts.horizontalGrid(svg, yAxis, left, right);
        Charts.verticalGrid(svg, x, plotTop, plotBottom);
        Charts.horizontalAxis(svg, x, plotBottom, xUnit);
        for (Series s : series) {
            line(svg, s, x, yAxis);
        }
        legend.draw(svg, PAD, legendTop);
        return svg.close("svg").toString();
    }

    private boolean placeable(Series.Point point) {
        return Axis.drawable(xScale, point.x()) && Axis.drawable(yScale, point.y());
    }

    private void line(Markup svg, Series series, Axis x, Axis y) {
        List<Series.Point> points = new ArrayList<>(series.points());
        points.sort(Comparator.comparingDouble(Series.Point::x));
        svg.open("g");
        StringBuilder path = new StringBuilder();
        boolean penDown = false;
        for (Series.Point point : points) {
            if (placeable(point)) {
                path.append(penDown ? "L" : "M").append(Svg.num(x.position(point.x()))).append(' ').append(Svg.num(y.position(point.y())));
            }
            penDown = placeable(point);
        }
        if (!path.isEmpty()) {
            svg.empty("path", "d", path.toString(), "style", palette.lineStyle(series.key()));
        }
        Palette.Marker marker = palette.marker(series.key());
        for (Series.Point point : points) {
            if (placeable(point)) {
                svg.open("path", "d", marker.path(x.position(point.x()), y.position(point.y()), MARKER),
                        "style", palette.markerStyle(series.key()));
                svg.textElement("title", series.label() + ": " + withUnit(format.apply(point.y()), yUnit)
                        + " at " + withUnit(format.apply(point.x()), xUnit));
                svg.close("path");
            }
        }
        svg.close("g");
    }

    private static String withUnit(String value, String unit) {
        return unit.isEmpty() ? value : value + " " + unit;
    }

    /** Legend entries in as many columns as fit, each a line sample with the marker, the label and any omissions. */
    private final class Legend {
        private final List<Series> series;
        private final List<String> texts = new ArrayList<>();
        private final int columns;
        private final double columnWidth;

        Legend(List<Series> series, double width) {
            this.series = series;
            double widest = 0;
            for (Series s : series) {
                long left = s.points().stream().filter(p -> !placeable(p)).count();
                String text = s.label() + (left == 0 ? "" : " (" + left + (left == 1 ? " point" : " points") + " not shown)");
                texts.add(text);
                widest = Math.max(widest, Svg.textWidth(text, BarChart.SMALL_FONT) + 34);
            }
            this.columns = (int) Math.max(1, Math.min(series.size(), Math.floor(width / widest)));
            this.columnWidth = width / columns;
        }

        int rows() {
            return (series.size() + columns - 1) / columns;
        }

        void draw(Markup svg, double left, double top) {
            for (int i = 0; i < series.size(); i++) {
                Series s = series.get(i);
                double x = left + (i % columns) * columnWidth;
                double y = top + (i / columns) * LEGEND_ROW;
                svg.open("g");
                svg.empty("path", "d", "M" + Svg.num(x) + " " + Svg.num(y - 4) + "h24", "style", palette.lineStyle(s.key()));
                svg.empty("path", "d", palette.marker(s.key()).path(x + 12, y - 4, MARKER), "style", palette.markerStyle(s.key()));
                svg.textElement("text", Svg.fit(texts.get(i), columnWidth - 34, BarChart.SMALL_FONT),
                        "x", Svg.num(x + 30), "y", Svg.num(y), "style", Charts.smallText(Palette.FG));
                svg.close("g");
            }
        }
    }

    /** Options of a line chart; all but the palette have defaults. */
    public static final class Builder extends ChartBuilder<Builder> {
        private String xUnit = "";
        private String yUnit = "";
        private Scale xScale = Scale.LOG;
        private Scale yScale = Scale.LINEAR;

        private Builder(Palette palette) {
            super(palette);
        }

        /** Unit of the x values (e.g. "bytes"), shown under the x axis. */
        public Builder xUnit(String unit) {
            this.xUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /** Unit of the y values (e.g. "MB/s"), shown above the y axis. */
        public Builder yUnit(String unit) {
            this.yUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /** {@link Scale#LOG} by default (document sizes span orders of magnitude). */
        public Builder xScale(Scale scale) {
            this.xScale = Objects.requireNonNull(scale, "scale");
            return this;
        }

        /** {@link Scale#LINEAR} by default; a linear y axis includes zero. */
        public Builder yScale(Scale scale) {
            this.yScale = Objects.requireNonNull(scale, "scale");
            return this;
        }

        @Override
        Builder self() {
            return this;
        }

        public LineChart build() {
            return new LineChart(this);
        }
    }
}
