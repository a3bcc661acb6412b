package dev.jsonbench.bench.report.svg;

import java.util.Locale;

/** What the charts' SVG needs besides {@link Markup}: the font, coordinates, and text widths estimated without a browser. */
final class Svg {

    /** Sans-serif stack; the text width estimates below are made for fonts of this kind. */
    static final String FONT = "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Liberation Sans',sans-serif";

    private Svg() {
    }

    /** A coordinate: at most two decimals, no exponent, no trailing zeros. */
    static String num(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        String text = String.format(Locale.ROOT, "%.2f", hundredths / 100.0);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * An upper estimate of the width of {@code text} at {@code fontSize} in a sans-serif font, used to fit labels
     * without measuring (nothing runs in the browser). Wide characters (CJK, emoji) count as a full em.
     */
    static double textWidth(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            ems += emWidth(c);
        }
        return ems * fontSize;
    }

    private static double emWidth(int c) {
        if (c == ' ' || "il.,:;'|!()[]fjtI".indexOf(c) >= 0) {
            return 0.34;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 0.92;
        }
        if (c >= 'A' && c <= 'Z') {
            return 0.7;
        }
        if (c < 0x1100) {
            return 0.6;
        }
        return Character.getType(c) == Character.NON_SPACING_MARK ? 0 : 1.0;
    }

    /** {@code text} cut at the end with an ellipsis so that it fits {@code width}. */
    static String fit(String text, double width, double fontSize) {
        if (textWidth(text, fontSize) <= width) {
            return text;
        }
        double budget = width - textWidth("…", fontSize);
        StringBuilder fitted = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            used += emWidth(c) * fontSize;
            if (used > budget) {
                break;
            }
            fitted.appendCodePoint(c);
        }
        return fitted.toString().stripTrailing() + "…";
    }
}
