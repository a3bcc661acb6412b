package dev.jsonbench.adapters.jackson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.JsonStrings;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The checks Jackson does not make itself, run over the raw bytes before it parses them (measured on the
 * fixture at about 3% of a decode; the full {@link dev.jsonbench.api.support.StrictJsonValidator} costs about 25%):
 * <ul>
 *   <li>{@link DecodeLimits#maxDocumentBytes()};</li>
 *   <li>the encoding: Jackson skips a UTF-8 byte order mark and auto-detects UTF-16 and UTF-32 from zero bytes or a
 *       BOM in the first four bytes. RFC 8259 JSON is UTF-8 and never contains a zero byte or 0xFE/0xFF, so any
 *       of those in the first four bytes, or a UTF-8 BOM, is rejected here and Jackson always reads UTF-8 (whose
 *       well-formedness it checks fully, overlong forms and encoded surrogates included);</li>
 *   <li>unpaired surrogate escapes in string values ({@code "\uD800"}), which Jackson decodes into an ill-formed
 *       string (it rejects them in member names only).</li>
 * </ul>
 * The escape scan treats every backslash as the start of an escape. In a valid document backslashes occur only
 * inside strings, so this finds exactly the escapes; in an invalid one Jackson reports the problem anyway.
 */
final class InputCheck {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long BACKSLASHES = ONES * '\\';

    private static final int UNICODE_ESCAPE_LENGTH = 6;

    private InputCheck() {
    }

    static void check(byte[] b, int off, int len, DecodeLimits limits) {
        if (len > limits.maxDocumentBytes()) {
            throw new JsonDecodeException(JacksonDecoder.NAME, 0,
                    DecodeLimits.exceededMessage("maxDocumentBytes", limits.maxDocumentBytes()));
        }
        checkEncoding(b, off, len);
        checkSurrogateEscapes(b, off, off + len);
    }

    private static void checkEncoding(byte[] b, int off, int len) {
        if (len >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB && b[off + 2] == (byte) 0xBF) {
            throw new JsonDecodeException(JacksonDecoder.NAME, 0, "a byte order mark (BOM) is not allowed before the JSON value");
        }
        for (int i = 0; i < Math.min(len, 4); i++) {
            int c = b[off + i] & 0xFF;
            if (c == 0 || c == 0xFE || c == 0xFF) {
                throw new JsonDecodeException(JacksonDecoder.NAME, i, String.format(
                        "unexpected byte 0x%02X: JSON text must be UTF-8 (UTF-16 and UTF-32 are not accepted)", c));
            }
        }
    }

    private static void checkSurrogateEscapes(byte[] b, int off, int end) {
        int i = off;
        for (;;) {
            i = nextBackslash(b, i, end);
            if (i < 0) {
                return;
            }
            if (i + 1 < end && b[i + 1] == 'u') {
                int unit = JsonStrings.hex4(b, i + 2, end);
                if (unit >= 0 && Character.isSurrogate((char) unit)) {
                    if (Character.isHighSurrogate((char) unit) && i + 2 * UNICODE_ESCAPE_LENGTH <= end
                            && b[i + UNICODE_ESCAPE_LENGTH] == '\\' && b[i + UNICODE_ESCAPE_LENGTH + 1] == 'u'
                            && Character.isLowSurrogate((char) JsonStrings.hex4(b, i + UNICODE_ESCAPE_LENGTH + 2, end))) {
                        i += 2 * UNICODE_ESCAPE_LENGTH;
                        continue;
                    }
                    throw unpaired(i - off, unit);
                }
                // An invalid \\u escape is Jackson's to report.
                i += unit >= 0 ? UNICODE_ESCAPE_LENGTH : 2;
            } else {
                i += 2;
            }
        }
    }

    /** Index of the first backslash at or after {@code i}, or -1; eight bytes at a time. */
    private static int nextBackslash(byte[] b, int i, int end) {
        while (i <= end - Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ BACKSLASHES;
            long found = (x - ONES) & ~x & HIGH_BITS;
            if (found != 0) {
                // The lowest flagged byte is exact (false positives only occur above a true hit).
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += Long.BYTES;
        }
        for (; i < end; i++) {
            if (b[i] == '\\') {
                return i;
            }
        }
        return -1;
    }

    private static JsonDecodeException unpaired(long offset, int unit) {
        return new JsonDecodeException(JacksonDecoder.NAME, offset, Character.isHighSurrogate((char) unit)
                ? String.format("unpaired surrogate escape \\u%04X: a high surrogate must be followed at once by a low"
                        + " surrogate escape (\\uDC00-\\uDFFF)", unit)
                : String.format("unpaired surrogate escape \\u%04X: a low surrogate must follow a high surrogate escape"
                        + " (\\uD800-\\uDBFF)", unit));
    }
}
