package dev.jsonbench.conformance;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Printable renderings of documents and decoded values for test names and failure messages. */
final class Show {

    /** Longest rendering of a document before it is cut (with its total length said). */
    private static final int MAX_DOCUMENT_CHARS = 400;

    private Show() {
    }

    /**
     * The document as text: printable ASCII as is, well-formed non-ASCII as the characters, and every control
     * character, invalid UTF-8 byte and non-ASCII whitespace as {@code <0xNN>} / {@code <U+NNNN>}.
     */
    static String document(byte[] json) {
        return document(json, 0, json.length);
    }

    static String document(byte[] json, int offset, int length) {
        return document(json, offset, length, MAX_DOCUMENT_CHARS);
    }

    /** The whole document (up to 100,000 chars), rendered as by {@link #document(byte[])}. */
    static String fullDocument(byte[] json) {
        return document(json, 0, json.length, 100_000);
    }

    private static String document(byte[] json, int offset, int length, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(length, maxChars) + 16);
        int end = offset + length;
        int i = offset;
        while (i < end && out.length() < maxChars) {
            int b = json[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                out.append((char) b);
                i++;
                continue;
            }
            int sequence = b < 0x80 ? 0 : wellFormedLength(json, i, end);
            if (sequence == 0) {
                out.append(String.format("<0x%02X>", b));
                i++;
                continue;
            }
            int codePoint = new String(json, i, sequence, StandardCharsets.UTF_8).codePointAt(0);
            if (Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.OTHER_SYMBOL
                    || Character.getType(codePoint) == Character.MATH_SYMBOL) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(String.format("<U+%04X>", codePoint));
            }
            i += sequence;
        }
        if (i < end) {
            out.append("...(").append(length).append(" bytes)");
        }
        return out.toString();
    }

    /** A decoded value with the Java type of every number, e.g. {@code {"a"=[1L, 2.5D, 7N]}}. */
    static String value(Object value) {
        StringBuilder out = new StringBuilder();
        value(value, out);
        return out.length() > 2 * MAX_DOCUMENT_CHARS ? out.substring(0, 2 * MAX_DOCUMENT_CHARS) + "..." : out.toString();
    }

    private static void value(Object value, StringBuilder out) {
        if (out.length() > 2 * MAX_DOCUMENT_CHARS) {
            return;
        }
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s, out);
            case Long l -> out.append(l).append('L');
            case Double d -> out.append(d).append('D');
            case BigInteger b -> out.append(b).append('N');
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(first ? "" : ", ");
                    first = false;
                    value(e.getKey(), out);
                    out.append('=');
                    value(e.getValue(), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    value(list.get(i), out);
                }
                out.append(']');
            }
            case Boolean b -> out.append(b);
            default -> out.append(value).append(" (").append(value.getClass().getName()).append(')');
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length() && out.length() < 2 * MAX_DOCUMENT_CHARS; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append(c);
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append('"');
    }

    /** Length of the well-formed UTF-8 sequence at {@code b[i]} (non-ASCII), or 0. */
    static int wellFormedLength(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        if (lead < 0xC2 || lead > 0xF4 || i + 1 >= end) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (lead < 0xE0) {
            return (second & 0xC0) == 0x80 ? 2 : 0;
        }
        int min = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int max = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < min || second > max || i + 2 >= end || (b[i + 2] & 0xC0) != 0x80) {
            return 0;
        }
        if (lead < 0xF0) {
            return 3;
        }
        return i + 3 < end && (b[i + 3] & 0xC0) == 0x80 ? 4 : 0;
    }
}
