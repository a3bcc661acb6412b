package dev.jsonbench.test;

/** A decoder whose allocation is known: one {@code long[125]} per decode (1,000 bytes of data plus the array header). */
final class AllocatingDecoder extends LongArrayDecoder {

    @Override
    public long[] decode(byte[] json, int offset, int length) {
        long[] values = new long[125];
        values[0] = length;
        return values;
    }
}
