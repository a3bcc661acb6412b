package dev.jsonbench.api.support;

/** RFC 8259's whitespace (space, tab, line feed, carriage return), for the validator and the adapters' token walks. */
public final class JsonWhitespace {

    private JsonWhitespace() {
    }

    /** Whether {@code b} is JSON whitespace. */
    public static boolean is(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** The index of the first byte of {@code b[i, end)} that is not whitespace, or {@code end}. */
    public static int skip(byte[] b, int i, int end) {
        while (i < end && is(b[i])) {
            i++;
        }
        return i;
    }
}
