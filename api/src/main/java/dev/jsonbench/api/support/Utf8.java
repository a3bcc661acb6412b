package dev.jsonbench.api.support;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Checks that bytes are well-formed UTF-8 as defined by the Unicode Standard (Table 3-7), which is also what
 * RFC 3629 allows: no overlong forms, no encoded surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no
 * truncated sequences and no continuation bytes without a lead byte.
 *
 * <p>Allocation-free; runs of ASCII are skipped eight bytes at a time.
 */
public final class Utf8 {

    /** Reads eight bytes as one long, so that a single test tells whether all of them are ASCII. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The top bit of each byte of a long: set exactly where a byte is not ASCII. */
    static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * The index (in {@code b}) of the first byte that starts an ill-formed UTF-8 sequence within
     * {@code b[off, off + len)}, or -1 if all of it is well-formed. A truncated or otherwise broken sequence is
     * reported at its lead byte; a stray continuation byte at itself.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code b}
     */
    public static int firstInvalid(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        int end = off + len;
        int i = off;
        while (i < end) {
            while (i <= end - Long.BYTES && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i == end) {
                break;
            }
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int sequenceLength = sequenceLength(b, i, end);
            if (sequenceLength == 0) {
                return i;
            }
            i += sequenceLength;
        }
        return -1;
    }

    /**
     * What is wrong with the sequence that starts at {@code index}, a position {@link #firstInvalid} reported;
     * {@code end} is the exclusive end of the input. For error messages: "invalid UTF-8 byte 0xC0 (...)".
     */
    public static String describeInvalid(byte[] b, int index, int end) {
        int lead = b[index] & 0xFF;
        if (lead < 0xC0) {
            return "invalid UTF-8 byte " + hex(lead) + " (a continuation byte without a lead byte)";
        }
        if (lead < 0xC2) {
            return "invalid UTF-8 byte " + hex(lead) + " (it only starts overlong encodings)";
        }
        if (lead > 0xF4) {
            return "invalid UTF-8 byte " + hex(lead) + " (never used in UTF-8)";
        }
        if (index + 1 < end && isContinuation(b[index + 1] & 0xFF)) {
            int second = b[index + 1] & 0xFF;
            String sequence = "invalid UTF-8 sequence " + hex(lead) + " " + hex(second);
            if (second < minSecondByte(lead)) {
                return sequence + " (overlong encoding)";
            }
            if (second > maxSecondByte(lead)) {
                return sequence + (lead == 0xED ? " (an encoded surrogate)" : " (above U+10FFFF)");
            }
        }
        int expectedLength = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        return "invalid UTF-8 byte " + hex(lead) + " (starts a " + expectedLength + "-byte sequence that is cut short)";
    }

    /**
     * The length (2 to 4) of the well-formed multi-byte sequence at {@code b[i]}, a non-ASCII byte, or 0 if
     * the sequence is ill-formed or runs past {@code end}.
     */
    static int sequenceLength(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        if (lead < 0xC2 || lead > 0xF4 || i + 1 >= end) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (lead < 0xE0) {
            return isContinuation(second) ? 2 : 0;
        }
        if (second < minSecondByte(lead) || second > maxSecondByte(lead)
                || i + 2 >= end || !isContinuation(b[i + 2] & 0xFF)) {
            return 0;
        }
        if (lead < 0xF0) {
            return 3;
        }
        return i + 3 < end && isContinuation(b[i + 3] & 0xFF) ? 4 : 0;
    }

    /** E0 and F0 need a larger second byte, or the sequence would be an overlong form of a shorter one. */
    private static int minSecondByte(int lead) {
        return lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    }

    /** ED A0..BF would encode a surrogate; F4 90..BF a code point above U+10FFFF. */
    private static int maxSecondByte(int lead) {
        return lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    }

    private static boolean isContinuation(int unsignedByte) {
        return (unsignedByte & 0xC0) == 0x80;
    }

    private static String hex(int unsignedByte) {
        return String.format("0x%02X", unsignedByte);
    }
}
