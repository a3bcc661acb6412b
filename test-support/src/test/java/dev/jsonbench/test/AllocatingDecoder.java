package dev.jsonbench.test;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;

/** A decoder whose allocation is known: one {@code long[125]} per decode (1,000 bytes of data plus the array header). */
final class AllocatingDecoder implements TypedDecoder<long[]> {

    @Override
    public Class<long[]> type() {
        return long[].class;
    }

    @Override
    public JsonDecoder decoder() {
        throw new UnsupportedOperationException("a test double: AllocationBudget only calls decode");
    }

    @Override
    public long[] decode(byte[] json, int offset, int length) {
        long[] values = new long[125];
        values[0] = length;
        return values;
    }
}
