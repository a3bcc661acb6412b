package dev.jsonbench.adapters.gson;

import dev.jsonbench.api.TypedDecoder;

/** Decodes one type with the adapter Gson built for it. Thread-safe, like the adapter. */
final class GsonTypedDecoder<T> implements TypedDecoder<T> {

    private final GsonDecoder owner;
    private final Class<T> type;
    private final GsonDecoder.Read<T> read;

    GsonTypedDecoder(GsonDecoder owner, Class<T> type, GsonDecoder.Read<T> read) {
        this.owner = owner;
        this.type = type;
        this.read = read;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public T decode(byte[] json, int offset, int length) {
        return owner.decode(json, offset, length, read);
    }
}
