package dev.jsonbench.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the other inputs a decode takes (a {@link ByteBuffer}, an {@link InputStream}, a {@link String}) into the
 * byte range every backend decodes, with the same limits and errors as a {@code byte[]}: the default methods of
 * {@link JsonDecoder} and {@link TypedDecoder} are these.
 */
final class JsonInput {

    /** A decode of the UTF-8 range {@code json[offset, offset + length)}. */
    @FunctionalInterface
    interface Range<T> {
        T decode(byte[] json, int offset, int length);
    }

    /** The first buffer for a stream that gives no size hint; it doubles as the document grows. */
    private static final int INITIAL_STREAM_BUFFER = 8 * 1024;

    /** The largest array the JVM reliably allocates (the JDK's own soft maximum). */
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private JsonInput() {
    }

    /**
     * The bytes from the buffer's position to its limit. A heap buffer is decoded in place; any other buffer (direct,
     * read-only) is copied once, after its length has been checked against the limit. The buffer's position, limit
     * and mark do not change.
     */
    static <T> T decode(ByteBuffer json, JsonDecoder decoder, Range<T> range) {
        int length = json.remaining();
        if (json.hasArray()) {
            return range.decode(json.array(), json.arrayOffset() + json.position(), length);
        }
        checkLength(length, decoder);
        byte[] copy = new byte[length];
        json.get(json.position(), copy);
        return range.decode(copy, 0, length);
    }

    /**
     * Everything up to the end of the stream, which is the document. Reading stops one byte past
     * {@link DecodeLimits#maxDocumentBytes()}, so that an endless or oversized stream costs at most that much memory.
     * The stream is not closed.
     *
     * @throws UncheckedIOException if reading fails: the stream failed, not the document
     */
    static <T> T decode(InputStream json, JsonDecoder decoder, Range<T> range) {
        int limit = decoder.limits().maxDocumentBytes();
        // Reading one byte more than the limit proves the document is too long.
        int cap = (int) Math.min(limit + 1L, MAX_ARRAY_LENGTH);
        byte[] buffer;
        int length = 0;
        try {
            buffer = new byte[Math.min(cap, Math.max(INITIAL_STREAM_BUFFER, json.available() + 1))];
            for (;;) {
                if (length == buffer.length) {
                    if (length == cap) {
                        break;
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(cap, 2L * length));
                }
                int read = json.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    break;
                }
                length += read;
            }
            if (length == cap && cap <= limit && json.read() >= 0) {
                throw new JsonDecodeException(decoder.name(), 0, "the stream holds more than " + MAX_ARRAY_LENGTH
                        + " bytes, the most a Java array holds");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the JSON document failed after " + length + " bytes: " + e.getMessage(), e);
        }
        checkLength(length, decoder);
        return range.decode(buffer, 0, length);
    }

    /**
     * The string's UTF-8 encoding. Offsets in errors count bytes of that encoding. An unpaired surrogate char (which
     * UTF-8 cannot encode) is written as the three bytes of its code point, an encoded surrogate, which is invalid
     * UTF-8: the backend rejects it as it rejects those bytes in a {@code byte[]}.
     */
    static <T> T decode(String json, JsonDecoder decoder, Range<T> range) {
        // Every char takes at least one byte: a longer string is too long before it is encoded.
        checkLength(json.length(), decoder);
        byte[] bytes = firstUnpairedSurrogate(json) < 0 ? json.getBytes(StandardCharsets.UTF_8) : encodeSurrogates(json, decoder);
        return range.decode(bytes, 0, bytes.length);
    }

    private static void checkLength(int length, JsonDecoder decoder) {
        int limit = decoder.limits().maxDocumentBytes();
        if (length > limit) {
            throw new JsonDecodeException(decoder.name(), 0, DecodeLimits.exceededMessage("maxDocumentBytes", limit));
        }
    }

    /** The index of the first char of {@code s} that is a surrogate not in a high-low pair, or -1. */
    static int firstUnpairedSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!isPairAt(s, i)) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    private static boolean isPairAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /** UTF-8, except that an unpaired surrogate is encoded as its code point (three bytes starting 0xED). */
    private static byte[] encodeSurrogates(String s, JsonDecoder decoder) {
        long encodedLength = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (isPairAt(s, i)) {
                encodedLength += 4;
                i++;
            } else {
                encodedLength += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        checkLength((int) Math.min(encodedLength, Integer.MAX_VALUE), decoder);
        byte[] out = new byte[(int) encodedLength];
        int at = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (isPairAt(s, i)) {
                int codePoint = Character.toCodePoint(c, s.charAt(++i));
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return out;
    }
}
