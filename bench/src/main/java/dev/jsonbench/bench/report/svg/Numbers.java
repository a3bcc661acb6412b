package dev.jsonbench.bench.report.svg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formats of the charts: value labels and axis ticks. Locale-independent. */
final class Numbers {

    private static final String[] SUFFIXES = {"", "k", "M", "G", "T", "P"};

    private Numbers() {
    }

    /**
     * A value label: thousands grouped, whole from 100 up, else three significant digits (40,194; 219; 21.6;
     * 0.00123).
     */
    static String value(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e15) {
            return scientific(value);
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        return significant(value, 3);
    }

    /**
     * An axis tick: SI suffix (k, M, G, T, P) by the tick's own magnitude, with as many decimals as the step
     * between ticks needs (200M, 1.2G, 0.5, 2.5k); below 0.001 and from 1e18 on, scientific (1e-7, 1.2e21).
     */
    static String tick(double value, double step) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-3 || magnitude >= 1e18) {
            return scientific(value);
        }
        int group = magnitude < 1000 ? 0 : Math.min(SUFFIXES.length - 1, (int) Math.floor(Math.log10(magnitude) / 3));
        double divisor = Math.pow(1000, group);
        int decimals = (int) Math.max(0, Math.min(6, -Math.floor(Math.log10(step / divisor) + 1e-9)));
        BigDecimal scaled = BigDecimal.valueOf(value / divisor).setScale(decimals, RoundingMode.HALF_EVEN);
        return plain(scaled) + SUFFIXES[group];
    }

    /** Three significant digits, as 1.2e21 or 1e-7. */
    private static String scientific(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        return plain(rounded.movePointLeft(exponent)) + "e" + exponent;
    }

    private static String significant(double value, int digits) {
        return plain(new BigDecimal(value).round(new MathContext(digits)));
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
