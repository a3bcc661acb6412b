package dev.jsonbench.adapters.jsoniter;

import dev.jsonbench.api.TypedDecoder;

/** A {@link TypedDecoder} over a {@link JsoniterBinder} compiled at {@code forType}. Thread-safe. */
final class JsoniterTypedDecoder<T> implements TypedDecoder<T> {

    private final JsoniterDecoder decoder;
    private final Class<T> type;
    private final JsoniterBinder binder;

    JsoniterTypedDecoder(JsoniterDecoder decoder, Class<T> type, JsoniterBinder binder) {
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
