package dev.jsonbench.bench.report.svg;

/** The parts every chart shares: the root element, the "no data" state, grid lines and axes. */
final class Charts {

    private Charts() {
    }

    /**
     * The root element, sized by its viewBox so that it scales to the width of its container (a phone included),
     * with its title visible and as the accessible name.
     */
    static Markup open(double width, double height, String title) {
        Markup svg = new Markup().open("svg", "xmlns", "http://www.w3.org/2000/svg",
                "viewBox", "0 0 " + Svg.num(width) + " " + Svg.num(height), "width", "100%",
                "class", "jb-chart", "role", "img", "aria-label", title.isEmpty() ? "chart" : title,
                "style", "height:auto;font-family:" + Svg.FONT + ";font-size:" + Svg.num(BarChart.LABEL_FONT) + "px");
        if (!title.isEmpty()) {
            svg.textElement("title", title);
            svg.textElement("text", Svg.fit(title, width - 2 * BarChart.PAD, BarChart.TITLE_FONT),
                    "x", Svg.num(BarChart.PAD), "y", Svg.num(BarChart.PAD + BarChart.TITLE_FONT - 2),
                    "style", "fill:" + Palette.FG + ";font-size:" + Svg.num(BarChart.TITLE_FONT) + "px;font-weight:600");
        }
        return svg;
    }

    /** Closes {@code svg} with a framed "No data" where the chart would be. */
    static String noData(Markup svg, double width, double top, double bottom) {
        svg.empty("rect", "x", Svg.num(BarChart.PAD), "y", Svg.num(top), "width", Svg.num(width - 2 * BarChart.PAD),
                "height", Svg.num(bottom - top), "rx", "4",
                "style", "fill:none;stroke:" + Palette.GRID + ";stroke-dasharray:4 3");
        svg.textElement("text", "No data", "x", Svg.num(width / 2), "y", Svg.num((top + bottom) / 2 + 5),
                "text-anchor", "middle", "style", "fill:" + Palette.MUTED + ";font-style:italic");
        return svg.close("svg").toString();
    }

    /** A grid line at each tick of a horizontal axis, from {@code top} to {@code bottom}. */
    static void verticalGrid(Markup svg, Axis axis, double top, double bottom) {
        for (double tick : axis.ticks()) {
            String x = Svg.num(axis.position(tick));
            svg.empty("line", "x1", x, "x2", x, "y1", Svg.num(top), "y2", Svg.num(bottom),
                    "style", "stroke:" + Palette.GRID + ";stroke-width:1");
        }
    }

    /** A grid line at each tick of a vertical axis, from {@code left} to {@code right}, labelled left of {@code left}. */
    static void horizontalGrid(Markup svg, Axis axis, double left, double right) {
        for (double tick : axis.ticks()) {
            String y = Svg.num(axis.position(tick));
            svg.empty("line", "x1", Svg.num(left), "x2", Svg.num(right), "y1", y, "y2", y,
                    "style", "stroke:" + Palette.GRID + ";stroke-width:1");
            svg.textElement("text", axis.label(tick), "x", Svg.num(left - 5), "y", Svg.num(axis.position(tick) + 4),
                    "text-anchor", "end", "style", smallText(Palette.MUTED));
        }
    }

    /** The axis line at {@code y}, its tick labels below it and the caption (unit, scale) under them. */
    static void horizontalAxis(Markup svg, Axis axis, double y, String unit) {
        double left = axis.position(axis.low());
        double right = axis.position(axis.high());
        svg.empty("line", "x1", Svg.num(left), "x2", Svg.num(right), "y1", Svg.num(y), "y2", Svg.num(y),
                "style", "stroke:" + Palette.MUTED + ";stroke-width:1");
        for (double tick : axis.ticks()) {
            double x = axis.position(tick);
            String label = axis.label(tick);
            double half = Svg.textWidth(label, BarChart.SMALL_FONT) / 2;
            String anchor = x - half < 0 ? "start" : x + half > BarChart.WIDTH ? "end" : "middle";
            svg.empty("line", "x1", Svg.num(x), "x2", Svg.num(x), "y1", Svg.num(y), "y2", Svg.num(y + 4),
                    "style", "stroke:" + Palette.MUTED);
            svg.textElement("text", label, "x", Svg.num(x), "y", Svg.num(y + 18), "text-anchor", anchor, "style", smallText(Palette.MUTED));
        }
        String caption = axis.caption(unit);
        if (!caption.isEmpty()) {
            svg.textElement("text", caption, "x", Svg.num((left + right) / 2), "y", Svg.num(y + 36),
                    "text-anchor", "middle", "style", smallText(Palette.FG));
        }
    }

    static String smallText(String colour) {
        return "fill:" + colour + ";font-size:" + Svg.num(BarChart.SMALL_FONT) + "px";
    }
}
