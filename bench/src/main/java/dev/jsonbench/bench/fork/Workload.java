package dev.jsonbench.bench.fork;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Item;
import java.util.List;
import java.util.Map;

/**
 * The measured work of one mode: decode the same bytes {@code n} times, consuming each result cheaply and
 * without allocating, so that no decode can be optimised away and the loop adds no allocation of its own.
 * Each mode has its own final class so that the loop's call sites stay monomorphic.
 */
public abstract sealed class Workload permits Workload.Typed, Workload.Tree {

    /** The first and last result of the latest {@link #run}, and the running sum of consumed values. */
    Object first;
    Object last;
    long consumed;

    final byte[] input;

    Workload(byte[] input) {
        this.input = input;
    }

    public static Workload of(Mode mode, JsonDecoder decoder, byte[] input) {
        return switch (mode) {
            case typed -> new Typed(decoder.forType(ApiResponse.class), input);
            case tree -> new Tree(decoder, input);
        };
    }

    /** Decodes {@link #input} {@code n} times. */
    public abstract void run(int n);

    public Object first() {
        return first;
    }

    public Object last() {
        return last;
    }

    public long consumed() {
        return consumed;
    }

    /** Into the fixture model. */
    static final class Typed extends Workload {
        private final TypedDecoder<ApiResponse> decoder;

        Typed(TypedDecoder<ApiResponse> decoder, byte[] input) {
            super(input);
            this.decoder = decoder;
        }

        @Override
        public void run(int n) {
            if (n <= 0) {
                return;
            }
            byte[] bytes = input;
            TypedDecoder<ApiResponse> d = decoder;
            ApiResponse result = d.decode(bytes, 0, bytes.length);
            first = result;
            long sum = consume(result);
            for (int i = 1; i < n; i++) {
                result = d.decode(bytes, 0, bytes.length);
                sum += consume(result);
            }
            last = result;
            consumed += sum;
        }

        /** Items plus the length of the first name: touches the result without allocating. */
        static long consume(ApiResponse response) {
            List<Item> items = response.items();
            if (items == null || items.isEmpty()) {
                return response.total();
            }
            String name = items.get(0).name();
            return items.size() + (name == null ? 0 : name.length());
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
        public void run(int n) {
            if (n <= 0) {
                return;
            }
            byte[] bytes = input;
            JsonDecoder d = decoder;
            Object result = d.decodeTree(bytes, 0, bytes.length);
            first = result;
            long sum = consume(result);
            for (int i = 1; i < n; i++) {
                result = d.decodeTree(bytes, 0, bytes.length);
                sum += consume(result);
            }
            last = result;
            consumed += sum;
        }

        /** The size of the top-level container (or string), without allocating. */
        static long consume(Object value) {
            if (value instanceof Map<?, ?> map) {
                return map.size();
            }
            if (value instanceof List<?> list) {
                return list.size();
            }
            if (value instanceof String string) {
                return string.length();
            }
            return value == null ? 0 : 1;
        }
    }
}
