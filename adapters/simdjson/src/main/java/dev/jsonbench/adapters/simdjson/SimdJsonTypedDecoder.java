package dev.jsonbench.adapters.simdjson;

import dev.jsonbench.api.TypedDecoder;

/** A {@link TypedDecoder} over simdjson-java's DOM, with the type's {@link Binder} built once. Thread-safe. */
final class SimdJsonTypedDecoder<T> implements TypedDecoder<T> {

    private final SimdJsonDecoder decoder;
    private final Class<T> type;
    private final Binder binder;

    SimdJsonTypedDecoder(SimdJsonDecoder decoder, Class<T> type, Binder binder) {
        this.decoder = decoder;
        this.type = type;
        this.binder = binder;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public T decode(byte[] json, int offset, int length) {
        return type.cast(decoder.decode(json, offset, length, binder));
    }
}
