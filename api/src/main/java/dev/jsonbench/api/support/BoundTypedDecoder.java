package dev.jsonbench.api.support;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A {@link TypedDecoder} for adapters whose typed decode is "the adapter's decode, through what {@code forType}
 * built for the type": it pairs the type with that decode. Thread-safe if {@code decode} is. No allocation of its
 * own per decode.
 */
public final class BoundTypedDecoder<T> implements TypedDecoder<T> {

    /** The adapter's decode of one document into a {@code T}, bound at {@code forType}. */
    @FunctionalInterface
    public interface Decode<T> {
        T decode(byte[] json, int offset, int length);
    }

    private final JsonDecoder decoder;
    private final Type type;
    private final Decode<T> decode;

    /**
     * @param decoder the decoder whose {@code forType} made this one
     * @param type    the type as given to {@code forType}
     */
    public BoundTypedDecoder(JsonDecoder decoder, Type type, Decode<T> decode) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.type = Objects.requireNonNull(type, "type");
        this.decode = Objects.requireNonNull(decode, "decode");
    }

    @Override
    public Type type() {
        return type;
    }

    @Override
    public JsonDecoder decoder() {
        return decoder;
    }

    @Override
    public T decode(byte[] json, int offset, int length) {
        return decode.decode(json, offset, length);
    }
}
