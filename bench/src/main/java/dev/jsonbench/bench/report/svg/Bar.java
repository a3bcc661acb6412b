package dev.jsonbench.bench.report.svg;

/**
 * One row of a {@link BarChart}.
 *
 * @param label what the row is, e.g. "jackson (typed)"; any text (it is escaped)
 * @param key   the palette key that picks the colour, e.g. the library name; the label when null
 * @param value the bar's length; NaN (or infinite) means no value: the row is listed, marked, without a bar
 * @param low   the lower end of the interval whisker, or NaN for none
 * @param high  the upper end of the interval whisker, or NaN for none
 * @param note  a short mark shown after the label ("~" for a tie, "unverified", the reason a value is missing), or
 *              null
 */
public record Bar(String label, String key, double value, double low, double high, String note) {

    public Bar {
        if (label == null) {
            throw new IllegalArgumentException("a bar needs a label");
        }
        if (Double.isNaN(low) != Double.isNaN(high)) {
            throw new IllegalArgumentException("interval of '" + label + "' needs both ends or neither: " + low + ".." + high);
        }
        if (!Double.isNaN(low) && Double.isFinite(value) && !(low <= value && value <= high)) {
            throw new IllegalArgumentException("interval of '" + label + "' must hold its value: " + low + " <= " + value
                    + " <= " + high + " does not hold");
        }
        key = key == null ? label : key;
    }

    /** A plain bar. */
    public static Bar of(String label, String key, double value) {
        return new Bar(label, key, value, Double.NaN, Double.NaN, null);
    }

    /** A bar with an interval whisker from {@code low} to {@code high} (e.g. min..max of the runs around a median). */
    public static Bar of(String label, String key, double value, double low, double high) {
        return new Bar(label, key, value, low, high, null);
    }

    /** A row with no value (a failed, skipped or wrong result), shown with {@code reason} instead of a bar. */
    public static Bar missing(String label, String key, String reason) {
        return new Bar(label, key, Double.NaN, Double.NaN, Double.NaN, reason);
    }

    /** This bar with a mark after its label. */
    public Bar withNote(String mark) {
        return new Bar(label, key, value, low, high, mark);
    }

    boolean hasValue() {
        return Double.isFinite(value);
    }

    boolean hasInterval() {
        return !Double.isNaN(low);
    }
}
