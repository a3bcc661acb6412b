package dev.jsonbench.bench.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

/** One axis: its domain (rounded out to nice ticks), its ticks and the mapping of values to pixels. */
final class Axis {

    private static final int TARGET_TICKS = 5;
    private static final int MAX_LOG_LABELS = 8;

    private final Scale scale;
    private final double low;
    private final double high;
    private final double step;
    private final List<Double> ticks;
    private final double from;
    private final double to;

    private Axis(Scale scale, double low, double high, double step, List<Double> ticks, double from, double to) {
        this.scale = scale;
        this.low = low;
        this.high = high;
        this.step = step;
        this.ticks = List.copyOf(ticks);
        this.from = from;
        this.to = to;
    }

    /**
     * An axis over every drawable value: finite, and positive on a log scale.
     *
     * @param includeZero for linear axes, whether zero must lie in the domain (bars always start at zero)
     */
    static Axis of(Scale scale, DoubleStream values, boolean includeZero) {
        double[] drawable = values.filter(v -> drawable(scale, v)).toArray();
        if (drawable.length == 0) {
            return scale == Scale.LOG ? log(1, 10) : linear(0, 1, includeZero);
        }
        double min = DoubleStream.of(drawable).min().orElseThrow();
        double max = DoubleStream.of(drawable).max().orElseThrow();
        return scale == Scale.LOG ? log(min, max) : linear(min, max, includeZero);
    }

    static boolean drawable(Scale scale, double value) {
        return Double.isFinite(value) && (scale == Scale.LINEAR || value > 0);
    }

    private static Axis linear(double min, double max, boolean includeZero) {
        if (includeZero) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) / 2;
            max += pad;
            if (!includeZero) {
                min -= pad;
            }
        }
        double step = niceStep((max - min) / TARGET_TICKS);
        long first = (long) Math.floor(min / step + 1e-9);
        long last = (long) Math.ceil(max / step - 1e-9);
        List<Double> ticks = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            ticks.add(i * step);
        }
        return new Axis(Scale.LINEAR, first * step, last * step, step, ticks, 0, 1);
    }

    /** 1, 2 or 5 times a power of ten, the nearest to {@code rough}. */
    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double normal = rough / magnitude;
        double nice = normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10;
        return nice * magnitude;
    }

    private static Axis log(double min, double max) {
        // A value exactly at a power of ten gets a decade below it, so that its bar has a length.
        int lowExponent = (int) Math.ceil(Math.log10(min) - 1e-9) - 1;
        int highExponent = (int) Math.ceil(Math.log10(max) - 1e-9);
        if (highExponent == lowExponent) {
            highExponent++;
        }
        int every = (highExponent - lowExponent + MAX_LOG_LABELS - 1) / MAX_LOG_LABELS;
        // Whole steps from end to end, so that both ends are labelled.
        lowExponent -= Math.floorMod(-(highExponent - lowExponent), every);
        int decades = highExponent - lowExponent;
        List<Double> ticks = new ArrayList<>();
        for (int e = lowExponent; e <= highExponent; e += every) {
            double power = Math.pow(10, e);
            ticks.add(power);
            if (decades <= 2 && e < highExponent) {
                ticks.add(2 * power);
                ticks.add(5 * power);
            }
        }
        return new Axis(Scale.LOG, Math.pow(10, lowExponent), Math.pow(10, highExponent), 0, ticks, 0, 1);
    }

    /** This axis mapped onto a pixel range (left to right, or bottom to top). */
    Axis span(double fromPixel, double toPixel) {
        return new Axis(scale, low, high, step, ticks, fromPixel, toPixel);
    }

    Scale scale() {
        return scale;
    }

    boolean drawable(double value) {
        return drawable(scale, value);
    }

    /** Where bars start: zero, or the axis minimum on a log scale. */
    double base() {
        return scale == Scale.LOG ? low : 0;
    }

    double low() {
        return low;
    }

    double high() {
        return high;
    }

    List<Double> ticks() {
        return ticks;
    }

    /** The pixel position of a value, clamped to the axis; undrawable values sit at the axis minimum. */
    double position(double value) {
        double fraction;
        if (!drawable(value)) {
            fraction = 0;
        } else if (scale == Scale.LOG) {
            fraction = (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
        } else {
            fraction = (value - low) / (high - low);
        }
        return from + Math.max(0, Math.min(1, fraction)) * (to - from);
    }

    String label(double tick) {
        return Numbers.tick(tick, scale == Scale.LOG ? tick : step);
    }

    /** The axis caption: unit and, for a log axis, that it is one. */
    String caption(String unit) {
        String scaleName = scale == Scale.LOG ? "log scale" : "";
        if (unit == null || unit.isBlank()) {
            return scaleName;
        }
        return scaleName.isEmpty() ? unit : unit + ", " + scaleName;
    }
}
