package dev.jsonbench.adapters.dsljson;

import dev.jsonbench.api.TypedDecoder;

/** A {@link TypedDecoder} over a {@link DslJsonBinder} compiled at {@code forType}. Thread-safe. */
final class DslJsonTypedDecoder<T> implements TypedDecoder<T> {

    private final DslJsonDecoder decoder;
    private final Class<T> type;
    private final DslJsonBinder binder;

    DslJsonTypedDecoder(DslJsonDecoder decoder, Class<T> type, DslJsonBinder binder) {
        this.decoder = decoder;
        this.type = type;
        this.binder = binder;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T decode(byte[] json, int offset, int length) {
        return (T) decoder.decode(binder, json, offset, length);
    }
}
