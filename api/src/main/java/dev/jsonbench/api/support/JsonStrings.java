package dev.jsonbench.api.support;

import java.nio.charset.StandardCharsets;

/** JSON string helpers for adapters that walk validated documents themselves. */
public final class JsonStrings {
    private JsonStrings() {
    }

    /**
     * Decodes the UTF-8 string body {@code document[start, end)} (between the quotes), which
     * {@link StrictJsonValidator} has checked: escapes are well formed, so none is checked again.
     */
    public static String unescape(byte[] document, int start, int end) {
        String raw = new String(document, start, end - start, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = raw.charAt(++i);
            switch (escape) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(raw, i + 1, i + 5, 16));
                    i += 4;
                }
                default -> out.append(escape); // '"', '\\' or '/'
            }
        }
        return out.toString();
    }

    /**
     * The UTF-16 unit written by the four hex digits at {@code b[i, i + 4)} (of a <code>&#92;uXXXX</code> escape), or
     * -1 if they are not four hex digits before {@code end}.
     */
    public static int hex4(byte[] b, int i, int end) {
        if (i + 4 > end) {
            return -1;
        }
        int unit = 0;
        for (int k = i; k < i + 4; k++) {
            int digit = Character.digit(b[k], 16);
            if (digit < 0) {
                return -1;
            }
            unit = unit << 4 | digit;
        }
        return unit;
    }
}
