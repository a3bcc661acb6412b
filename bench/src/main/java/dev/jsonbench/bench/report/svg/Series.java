package dev.jsonbench.bench.report.svg;

import java.util.List;

/**
 * One line of a {@link LineChart}.
 *
 * @param label  the legend entry, e.g. "jackson (typed)"; any text (it is escaped)
 * @param key    the palette key that picks colour and marker, e.g. the library name; the label when null
 * @param points the measurements, in any order (drawn by increasing x); a point with a NaN or infinite coordinate,
 *               or one at or below zero on a log axis, is left out, breaks the line, and is counted in the legend
 */
public record Series(String label, String key, List<Point> points) {

    /** One measurement. */
    public record Point(double x, double y) {
    }

    public Series {
        if (label == null) {
            throw new IllegalArgumentException("a series needs a label");
        }
        key = key == null ? label : key;
        points = List.copyOf(points);
    }
}
