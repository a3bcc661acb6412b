package dev.jsonbench.adapters.simdjson;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A quick over-approximation of {@link dev.jsonbench.api.DecodeLimits#maxNumberLength()}: whether the document holds
 * a run of more than {@code limit} consecutive bytes that can occur in a number ({@code 0-9 + - . e E}), strings
 * included. Every number literal lies inside such a run, so if no run is longer than the limit, no literal is; if
 * one is, the caller lets the exact {@link dev.jsonbench.api.support.StrictJsonValidator} decide (the run may be in a
 * string). simdjson's tape keeps no literal lengths, so the limit cannot be checked on the parsed values.
 *
 * <p>Uses the Vector API (which simdjson-java needs anyway): one 256- or 512-bit block at a time, allocation-free once
 * compiled by C2.
 */
final class NumberRuns {

    private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final long ALL_LANES = LANES == Long.SIZE ? -1L : (1L << LANES) - 1;

    private NumberRuns() {
    }

    /** Whether {@code b[off, off + len)} has more than {@code limit} number characters in a row. */
    static boolean anyLongerThan(byte[] b, int off, int len, int limit) {
        int end = off + len;
        int run = 0; // number characters in a row just before block i
        int i = off;
        for (int bound = off + SPECIES.loopBound(len); i < bound; i += LANES) {
            long bits = numberCharacters(ByteVector.fromArray(SPECIES, b, i)).toLong();
            if (bits == ALL_LANES) {
                run += LANES;
                if (run > limit) {
                    return true;
                }
                continue;
            }
            if (run + Long.numberOfTrailingZeros(~bits) > limit || limit < LANES && hasRunLongerThan(bits, limit)) {
                return true;
            }
            run = Long.numberOfLeadingZeros(~(bits << (Long.SIZE - LANES)));
        }
        for (; i < end; i++) {
            if (isNumberCharacter(b[i])) {
                if (++run > limit) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static VectorMask<Byte> numberCharacters(ByteVector v) {
        return v.sub((byte) '0').compare(VectorOperators.ULT, (byte) 10)
                .or(v.eq((byte) '-'))
                .or(v.eq((byte) '.'))
                .or(v.eq((byte) '+'))
                .or(v.or((byte) 0x20).eq((byte) 'e'));
    }

    /** Whether {@code bits} has more than {@code limit} (less than 64) set bits in a row. */
    private static boolean hasRunLongerThan(long bits, int limit) {
        long x = bits;
        for (int k = 0; k < limit && x != 0; k++) {
            x &= x >>> 1;
        }
        return x != 0;
    }

    static boolean isNumberCharacter(byte c) {
        return c >= '0' && c <= '9' || c == '-' || c == '.' || c == '+' || c == 'e' || c == 'E';
    }
}
