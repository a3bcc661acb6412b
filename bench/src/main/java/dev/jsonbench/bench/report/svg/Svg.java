package dev.jsonbench.bench.report.svg;

import java.util.Locale;

/**
 * Writes SVG markup into a string: every text and attribute value is escaped here, so no caller can produce
 * markup from a name. Attributes are given as name, value pairs.
 */
final class Svg {

    /** Sans-serif stack; the text width estimates below are made for fonts of this kind. */
    static final String FONT = "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Liberation Sans',sans-serif";

    private final StringBuilder out = new StringBuilder(4096);

    Svg open(String element, String... attributes) {
        tag(element, attributes);
        out.append(">");
        return this;
    }

    Svg close(String element) {
        out.append("</").append(element).append(">");
        return this;
    }

    Svg empty(String element, String... attributes) {
        tag(element, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text, e.g. {@code <text x=..>label</text>} or {@code <title>..</title>}. */
    Svg textElement(String element, String text, String... attributes) {
        open(element, attributes);
        out.append(escape(text));
        return close(element);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void tag(String element, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + element);
        }
        out.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    /**
     * Escaped for XML text and attribute values; characters XML 1.0 cannot hold (most control characters,
     * lone surrogates, U+FFFE, U+FFFF) become U+FFFD, and tabs and line breaks become spaces.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                case '\t', '\n', '\r' -> escaped.append(' ');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
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
