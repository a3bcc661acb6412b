package dev.jsonbench.bench.report.svg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour (and one marker shape) per key, the same in every chart that shares this palette: give each chart of a
 * report the same instance, keyed by library name, and a library keeps its colour from chart to chart.
 *
 * <p>Keys get slots in the order they are first seen (pass every key to the constructor, e.g. sorted, to fix the
 * order up front). The colours are the eight of Okabe and Ito's colour-blind-safe set, ordered so that the first
 * few are the most distinct. Keys 9 to 16 take the same colours drawn differently (bars tinted with a solid outline,
 * lines dashed), and markers have five shapes, so that 40 keys stay distinct in line charts and 16 in colour
 * alone; beyond that, labels tell them apart. Charts refer to CSS custom properties ({@code --jb-c0} ... {@code --jb-c7}) with the light colour as
 * fallback, so a chart renders without any stylesheet; a page that includes {@link #css()} once also gets the
 * dark scheme ({@code prefers-color-scheme: dark}, on screen only: print stays light). No script.
 *
 * <p>Not thread-safe: a report renders its charts on one thread.
 */
public final class Palette {

    /** Blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow (Okabe and Ito, 2008). */
    private static final String[] LIGHT = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"};
    /** On a dark background black becomes light grey; the other seven keep at least 3:1 contrast as they are. */
    private static final String[] DARK = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#D9D9D9", "#F0E442"};

    /** Text, secondary text, grid lines and background, light then dark. */
    private static final String THEME_LIGHT = "--jb-fg:#1a1a1a;--jb-muted:#595959;--jb-grid:#d4d4d4;--jb-bg:#ffffff";
    private static final String THEME_DARK = "--jb-fg:#e6e6e6;--jb-muted:#a6a6a6;--jb-grid:#474747;--jb-bg:#161616";

    static final String FG = "var(--jb-fg,#1a1a1a)";
    static final String MUTED = "var(--jb-muted,#595959)";
    static final String GRID = "var(--jb-grid,#d4d4d4)";
    static final String BG = "var(--jb-bg,#ffffff)";

    private final Map<String, Integer> slots = new LinkedHashMap<>();

    public Palette() {
    }

    /** A palette whose first slots go to {@code keys}, in this order. */
    public Palette(List<String> keys) {
        keys.forEach(this::slot);
    }

    /** The slot of {@code key}, assigned now if the key is new. */
    public int slot(String key) {
        return slots.computeIfAbsent(key, k -> slots.size());
    }

    /** The keys in slot order. */
    public List<String> keys() {
        return new ArrayList<>(slots.keySet());
    }

    /** The CSS colour of {@code key}: its custom property, with the light colour as fallback. */
    public String colour(String key) {
        int colour = slot(key) % LIGHT.length;
        return "var(--jb-c" + colour + "," + LIGHT[colour] + ")";
    }

    /** The CSS style of a bar of {@code key}. */
    String areaStyle(String key) {
        String colour = colour(key);
        return secondCycle(key) ? "fill:" + colour + ";fill-opacity:.35;stroke:" + colour + ";stroke-width:1.5"
                : "fill:" + colour;
    }

    /** The CSS style of a line of {@code key}. */
    String lineStyle(String key) {
        return "fill:none;stroke:" + colour(key) + ";stroke-width:2;stroke-linejoin:round"
                + (secondCycle(key) ? ";stroke-dasharray:6 3" : "");
    }

    /** The CSS style of a point marker of {@code key}: a background-coloured edge keeps crowded markers apart. */
    String markerStyle(String key) {
        return "fill:" + colour(key) + ";stroke:" + BG + ";stroke-width:1";
    }

    private boolean secondCycle(String key) {
        return slot(key) / LIGHT.length % 2 == 1;
    }

    /** The marker shape of {@code key} in line charts. */
    Marker marker(String key) {
        Marker[] shapes = Marker.values();
        return shapes[slot(key) % shapes.length];
    }

    /**
     * The stylesheet that defines the colours of both schemes (include it once per page, in a {@code <style>}
     * element): the chart colours and {@code --jb-fg}, {@code --jb-muted}, {@code --jb-grid}, {@code --jb-bg}
     * for text, grid and background, which a page may use for itself.
     */
    public static String css() {
        return ":root{" + THEME_LIGHT + variables(LIGHT) + "}\n"
                + "@media screen and (prefers-color-scheme: dark){:root{" + THEME_DARK + variables(DARK) + "}}\n";
    }

    private static String variables(String[] colours) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < colours.length; i++) {
            css.append(";--jb-c").append(i).append(':').append(colours[i]);
        }
        return css.toString();
    }

    /** Point markers, told apart by shape as well as colour. */
    enum Marker {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN;

        /** Path data of the marker centred on (x, y), about {@code 2 * r} across. */
        String path(double x, double y, double r) {
            return switch (this) {
                case CIRCLE -> "M" + Svg.num(x - r) + " " + Svg.num(y) + "a" + Svg.num(r) + " " + Svg.num(r) + " 0 1 0 "
                        + Svg.num(2 * r) + " 0a" + Svg.num(r) + " " + Svg.num(r) + " 0 1 0 " + Svg.num(-2 * r) + " 0Z";
                case SQUARE -> polygon(x, y, r * 1.2, 45, 4);
                case TRIANGLE -> polygon(x, y, r * 1.35, -90, 3);
                case DIAMOND -> polygon(x, y, r * 1.3, 0, 4);
                case TRIANGLE_DOWN -> polygon(x, y, r * 1.35, 90, 3);
            };
        }

        private static String polygon(double x, double y, double r, double startDegrees, int corners) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < corners; i++) {
                double angle = Math.toRadians(startDegrees + 360.0 * i / corners);
                path.append(i == 0 ? "M" : "L").append(Svg.num(x + r * Math.cos(angle))).append(' ')
                        .append(Svg.num(y + r * Math.sin(angle)));
            }
            return path.append('Z').toString();
        }
    }
}
