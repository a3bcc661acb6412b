package dev.jsonbench.bench.report;

import java.util.Locale;

/** How figures are printed in every report: grouped digits, a fixed locale, whole counts kept whole. */
public final class Figures {

    private Figures() {
    }

    /** 1,234,567 */
    public static String group(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Milliseconds: whole from 100 up, one decimal below. */
    public static String millis(double ms) {
        return ms >= 100 ? group(Math.round(ms)) : String.format(Locale.ROOT, "%.1f", ms);
    }

    /** A whole value grouped; otherwise one decimal from 100 up, two below. */
    public static String decimal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return group((long) value);
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A per-op count: whole, or with four decimals so that an unsteady count shows as one. */
    public static String count(double value) {
        return value == Math.rint(value) ? group((long) value) : String.format(Locale.ROOT, "%,.4f", value);
    }

    /** A per-op figure for prose: whole when it is, else two decimals. */
    public static String perOp(double value) {
        return value == Math.rint(value) ? group((long) value) : String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A size for a table: B, KiB, MiB or GiB with one decimal. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** 10^6 bytes, as the article counts. */
    public static String mb(double megabytes) {
        return String.format(Locale.ROOT, "%,.1f MB", megabytes);
    }

    public static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
