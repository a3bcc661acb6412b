package dev.jsonbench.bench.report.svg;

/**
 * Writes XML markup (the SVG of the charts, the XHTML-compatible HTML of the report) into a string: every text and
 * attribute value is escaped here, so no caller can produce markup from a name. Attributes are given as name, value
 * pairs. Only {@link #raw} inserts markup as it is, for markup this writer or a chart made.
 */
public final class Markup {

    private final StringBuilder out = new StringBuilder(4096);

    public Markup open(String element, String... attributes) {
        tag(element, attributes);
        out.append(">");
        return this;
    }

    public Markup close(String element) {
        out.append("</").append(element).append(">");
        return this;
    }

    /** A self-closed element, {@code <rect .../>} or {@code <meta .../>}. */
    public Markup empty(String element, String... attributes) {
        tag(element, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text, e.g. {@code <text x=..>label</text>} or {@code <title>..</title>}. */
    public Markup textElement(String element, String text, String... attributes) {
        open(element, attributes);
        out.append(escape(text));
        return close(element);
    }

    /** Text, escaped. */
    public Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup inserted as it is: a chart, a stylesheet; never text from a result. */
    public Markup raw(String markup) {
        out.append(markup);
        return this;
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
    public static String escape(String text) {
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
}
