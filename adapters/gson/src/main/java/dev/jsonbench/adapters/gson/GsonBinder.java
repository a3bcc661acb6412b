package dev.jsonbench.adapters.gson;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.jsonbench.api.support.JsonNumbers;
import dev.jsonbench.api.support.TypeShape.ScalarKind;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed binding: the strict adapters registered with Gson in place of its own, so that the record adapter Gson
 * builds for a type follows the binding rules of {@link dev.jsonbench.api.TypedDecoder}.
 *
 * <p>Gson's own adapters coerce: its long adapter reads "1" and 1.0 (and 1e2, and 2^63 as Long.MAX_VALUE, through a
 * double), its String adapter reads numbers and booleans, its boolean adapter reads "true". Here every scalar takes
 * only its own JSON kind, {@code Map<String,Object>} and {@code List<Object>} take the value model
 * ({@link GsonTree}), and a typed {@code Map<String, V>} is a LinkedHashMap that keeps the last of repeated names
 * (Gson's own map adapter builds a LinkedTreeMap and rejects them). Lists, collections and arrays keep Gson's
 * adapters, which read their elements with these.
 */
final class GsonBinder {

    private GsonBinder() {
    }

    /** Registers the strict scalar adapters, the value-model adapters and the typed map adapter on {@code builder}. */
    static GsonBuilder register(GsonBuilder builder) {
        return builder.registerTypeAdapterFactory(new ScalarFactory()).registerTypeAdapterFactory(new ContainerFactory());
    }

    /** A scalar of {@code kind}, taking only its own JSON kind; null only if {@code nullable}. */
    static Object scalar(JsonReader in, ScalarKind kind, boolean nullable) throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.NULL) {
            if (!nullable) {
                throw GsonTree.error("null is not allowed for a component of primitive type " + kind.toString().toLowerCase(Locale.ROOT));
            }
            in.nextNull();
            return null;
        }
        switch (kind) {
            case STRING -> {
                if (t == JsonToken.STRING) {
                    return in.nextString();
                }
            }
            case BOOLEAN -> {
                if (t == JsonToken.BOOLEAN) {
                    return in.nextBoolean();
                }
            }
            case LONG, INT, BIG_INTEGER, DOUBLE -> {
                if (t == JsonToken.NUMBER) {
                    String literal = GsonTree.literal(in);
                    return convert(JsonNumbers.parse(literal, GsonDecoder.NAME, -1), literal, kind);
                }
            }
        }
        throw GsonTree.error("expected " + expectation(kind) + ", found " + GsonTree.describe(t));
    }

    private static Object convert(Object number, String literal, ScalarKind kind) {
        Object bound = kind.bindNumber(number);
        if (bound != null) {
            return bound;
        }
        if (kind == ScalarKind.DOUBLE) {
            throw GsonTree.error("integer " + excerpt(literal) + " is too large for a double");
        }
        if (number instanceof Double) {
            throw GsonTree.error("expected an integer, found the number " + excerpt(literal) + " (not an integer literal)");
        }
        throw GsonTree.error("integer " + excerpt(literal) + " is out of range for " + (kind == ScalarKind.INT ? "an int" : "a long"));
    }

    private static String excerpt(String literal) {
        return literal.length() <= 40 ? literal : literal.substring(0, 40) + "...";
    }

    private static String expectation(ScalarKind kind) {
        return switch (kind) {
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case LONG, BIG_INTEGER -> "an integer";
            case INT -> "an integer (int)";
            case DOUBLE -> "a number";
        };
    }

    /**
     * Whether a container of the {@code expected} kind (BEGIN_OBJECT or BEGIN_ARRAY) starts at the reader: false for
     * null, which is consumed; a mismatch for any other value.
     */
    static boolean opens(JsonReader in, JsonToken expected) throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.NULL) {
            in.nextNull();
            return false;
        }
        if (t != expected) {
            throw GsonTree.error((expected == JsonToken.BEGIN_OBJECT ? "expected an object, found " : "expected an array, found ")
                    + GsonTree.describe(t));
        }
        return true;
    }

    /** Read-only adapters: the decoders never write. */
    abstract static class ReadOnlyAdapter extends TypeAdapter<Object> {
        @Override
        public final void write(JsonWriter out, Object value) {
            throw new UnsupportedOperationException("jsonbench decoders only read");
        }
    }

    /** A strict scalar adapter, registered for each scalar class in place of Gson's. */
    static final class ScalarAdapter extends ReadOnlyAdapter {
        private final ScalarKind kind;
        private final boolean nullable;

        ScalarAdapter(ScalarKind kind, boolean nullable) {
            this.kind = kind;
            this.nullable = nullable;
        }

        @Override
        public Object read(JsonReader in) throws IOException {
            return scalar(in, kind, nullable);
        }
    }

    /** A value-model adapter for Map<String,Object> (expecting an object) or List<Object> (an array). */
    static final class UntypedAdapter extends ReadOnlyAdapter {
        private final JsonToken expected;

        UntypedAdapter(JsonToken expected) {
            this.expected = expected;
        }

        @Override
        public Object read(JsonReader in) throws IOException {
            if (!opens(in, expected)) {
                return null;
            }
            return expected == JsonToken.BEGIN_OBJECT ? GsonTree.object(in) : GsonTree.array(in);
        }
    }

    /** A typed {@code Map<String, V>}: a LinkedHashMap in document order, the last of a repeated name's values. */
    static final class MapAdapter extends ReadOnlyAdapter {
        private final TypeAdapter<?> values;

        MapAdapter(TypeAdapter<?> values) {
            this.values = values;
        }

        @Override
        public Object read(JsonReader in) throws IOException {
            if (!opens(in, JsonToken.BEGIN_OBJECT)) {
                return null;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            in.beginObject();
            while (in.hasNext()) {
                // put: a repeated name keeps its first position and takes the last value.
                map.put(in.nextName(), values.read(in));
            }
            in.endObject();
            return map;
        }
    }

    /**
     * Makes Gson use {@link ScalarAdapter} for every scalar class, matched by raw type so that a wildcard such as
     * {@code ? extends Long} gets it too (a type adapter registered for {@code Long} matches {@code Long} only, and
     * Gson's own coercing one would take the wildcard).
     */
    static final class ScalarFactory implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<?> raw = type.getRawType();
            ScalarKind kind = ScalarKind.of(raw);
            return kind == null ? null : (TypeAdapter<T>) new ScalarAdapter(kind, !raw.isPrimitive());
        }
    }

    /**
     * Makes Gson use {@link UntypedAdapter} for {@code Map<String,Object>} and {@code List<Object>} (or
     * {@code Collection<Object>}), and {@link MapAdapter} for a typed {@code Map<String, V>}: Gson's own map adapter
     * rejects a duplicate name ("duplicate key") where the value model keeps the last value.
     */
    static final class ContainerFactory implements TypeAdapterFactory {
        private final UntypedAdapter object = new UntypedAdapter(JsonToken.BEGIN_OBJECT);
        private final UntypedAdapter array = new UntypedAdapter(JsonToken.BEGIN_ARRAY);

        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getType() instanceof ParameterizedType p) {
                Type raw = p.getRawType();
                Type[] args = p.getActualTypeArguments();
                if (raw == Map.class && upperBound(args[0]) == String.class) {
                    Type values = upperBound(args[1]);
                    return (TypeAdapter<T>) (values == Object.class ? object : new MapAdapter(gson.getAdapter(TypeToken.get(values))));
                }
                if ((raw == List.class || raw == Collection.class) && upperBound(args[0]) == Object.class) {
                    return (TypeAdapter<T>) array;
                }
            }
            return null;
        }

        /** The type a wildcard without a lower bound stands for (TypeShape has refused the others). */
        private static Type upperBound(Type type) {
            return type instanceof WildcardType w ? w.getUpperBounds()[0] : type;
        }
    }
}
