package dev.jsonbench.bench.fork;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Item;
import java.util.List;
import java.util.Map;

/**
 * The measured work of one mode: decode the same bytes {@code n} times, consuming each result cheaply and without
 * allocating, so that no decode can be optimised away and the loop adds no allocation of its own. The consume step is
 * the one every runner shares ({@code compare/PROTOCOL.md}). A process measures one mode, so only one subclass is ever
 * loaded and the loop's two calls are monomorphic: the JIT inlines them as if the loop were written out per mode.
 */
public abstract sealed class Workload permits Workload.Typed, Workload.UserTyped, Workload.Tree {

    /** The first result of the process and the last of the latest {@link #run}. */
    Object first;
    Object last;

    final byte[] input;

    Workload(byte[] input) {
        this.input = input;
    }

    /**
     * @param userType the type typed mode binds instead of the fixture model; null for the fixture model
     * @throws IllegalArgumentException if the decoder cannot bind the type (the message names the component and why)
     */
    public static Workload of(Mode mode, JsonDecoder decoder, byte[] input, UserType userType) {
        return switch (mode) {
            case typed -> userType == null ? new Typed(decoder.forType(ApiResponse.class), input)
                    : new UserTyped(decoder.forType(userType.resolve()), input);
            case tree -> new Tree(decoder, input);
        };
    }

    /** Decodes {@link #input} {@code n} times; returns the consume step summed over them. */
    public final long run(int n) {
        if (n <= 0) {
            return 0;
        }
        byte[] bytes = input;
        Object result = decode(bytes);
        if (first == null) {
            first = result;
        }
        long sum = step(result);
        for (int i = 1; i < n; i++) {
            result = decode(bytes);
            sum += step(result);
        }
        last = result;
        return sum;
    }

    /** One decode, its result kept by the caller (retained-memory measurement). */
    public final Object decodeOnce() {
        return decode(input);
    }

    public Object first() {
        return first;
    }

    public Object last() {
        return last;
    }

    /** One decode of the whole array. */
    abstract Object decode(byte[] bytes);

    /** The consume step of one result. */
    abstract long step(Object result);

    /** Into the fixture model. */
    static final class Typed extends Workload {
        private final TypedDecoder<ApiResponse> decoder;

        Typed(TypedDecoder<ApiResponse> decoder, byte[] input) {
            super(input);
            this.decoder = decoder;
        }

        @Override
        Object decode(byte[] bytes) {
            return decoder.decode(bytes, 0, bytes.length);
        }

        @Override
        long step(Object result) {
            return consume((ApiResponse) result);
        }

        /** {@code len(items) + len(items[0].name)}. */
        static long consume(ApiResponse response) {
            List<Item> items = response.items();
            if (items == null || items.isEmpty()) {
                return 0;
            }
            String name = items.get(0).name();
            return items.size() + (name == null ? 0 : name.length());
        }
    }

    /**
     * Into the user's type. Its consume step is that of the tree's root ({@link Tree#size}: a container's size, a
     * string's length, 1 for anything else such as a record): the type is not known here, and reading deeper would
     * take reflection inside the loop.
     */
    static final class UserTyped extends Workload {
        private final TypedDecoder<Object> decoder;

        UserTyped(TypedDecoder<Object> decoder, byte[] input) {
            super(input);
            this.decoder = decoder;
        }

        @Override
        Object decode(byte[] bytes) {
            return decoder.decode(bytes, 0, bytes.length);
        }

        @Override
        long step(Object result) {
            return Tree.size(result);
        }
    }

    /** Into the value model. */
    static final class Tree extends Workload {
        private final JsonDecoder decoder;

        Tree(JsonDecoder decoder, byte[] input) {
            super(input);
            this.decoder = decoder;
        }

        @Override
        Object decode(byte[] bytes) {
            return decoder.decodeTree(bytes, 0, bytes.length);
        }

        @Override
        long step(Object result) {
            return consume(result);
        }

        /** {@code size(root) + len(items) + len(items[0].name)}, without allocating. */
        static long consume(Object root) {
            long sum = size(root);
            if (root instanceof Map<?, ?> object && object.get("items") instanceof List<?> items && !items.isEmpty()) {
                sum += items.size();
                if (items.get(0) instanceof Map<?, ?> item && item.get("name") instanceof String name) {
                    sum += name.length();
                }
            }
            return sum;
        }

        static long size(Object value) {
            return switch (value) {
                case null -> 0;
                case Map<?, ?> map -> map.size();
                case List<?> list -> list.size();
                case String string -> string.length();
                default -> 1;
            };
        }
    }
}
