package dev.jsonbench.test;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;

/** A test double decoding into {@code long[]} whatever the input: each subclass decides what a decode allocates. */
abstract class LongArrayDecoder implements TypedDecoder<long[]> {

    @Override
    public final Class<long[]> type() {
        return long[].class;
    }

    @Override
    public final JsonDecoder decoder() {
        throw new UnsupportedOperationException("a test double: AllocationBudget only calls decode");
    }
}
