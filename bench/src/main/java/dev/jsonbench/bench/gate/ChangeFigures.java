package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.stats.Interval;
import java.math.BigDecimal;
import java.util.Locale;

/** How changes are printed: signed percentages for ratios, signed bytes, figures as every other report prints them. */
final class ChangeFigures {

    private ChangeFigures() {
    }

    /** 5, 0.5, 93.75: a number as short as it is exact (up to 4 decimals). */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** A ratio as a change: 1.301 is "+30.1%", 0.958 is "-4.2%". */
    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
    }

    /** A ratio's interval as changes: "+12.0% .. +48.5%". */
    static String percentRange(Interval interval) {
        return percent(interval.low()) + " .. " + percent(interval.high());
    }

    /** A time per decode with its interval: "40,194 (38,010-42,881)". */
    static String nanos(double median, Interval interval) {
        String value = Figures.group(Math.round(median));
        return interval == null ? value : value + " (" + Figures.group(Math.round(interval.low())) + "-"
                + Figures.group(Math.round(interval.high())) + ")";
    }

    /** A per-decode count as the reports print it (whole, or four decimals). */
    static String count(double value) {
        return Figures.count(value);
    }

    /** A change of bytes or allocations per decode: "+64", "-16", "0". */
    static String signed(double change) {
        return change == 0 ? "0" : (change > 0 ? "+" : "-") + Figures.count(Math.abs(change));
    }

    /** "base -> new", or the one value when both are equal, or "-" when neither is known. */
    static String pair(String base, String head) {
        if (base == null && head == null) {
            return "-";
        }
        return base != null && base.equals(head) ? base : (base == null ? "-" : base) + " -> " + (head == null ? "-" : head);
    }
}
