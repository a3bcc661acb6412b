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
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed binding: the strict adapters registered with Gson in place of its own, so that the record adapter Gson
 * builds for a type follows the binding rules of {@link dev.jsonbench.api.TypedDecoder}.
 *
 * <p>Gson's own adapters coerce: its long adapter reads "1" and 1.0 (and 1e2, and 2^63 as Long.MAX_VALUE, through a
 * double), its String adapter reads numbers and booleans, its boolean adapter reads "true". Here every scalar takes
 * only its own JSON kind, and {@code Map<String,Object>} and {@code List<Object>} take the value model
 * ({@link GsonTree}).
 */
final class GsonBinder {

    /** The classes {@link #register} gives a strict scalar adapter. */
    private static final Class<?>[] SCALARS = {long.class, Long.class, int.class, Integer.class, double.class,
        Double.class, boolean.class, Boolean.class, String.class, BigInteger.class};

    private GsonBinder() {
    }

    /** Registers the strict scalar adapters and the value-model adapters on {@code builder}. */
    static GsonBuilder register(GsonBuilder builder) {
        for (Class<?> c : SCALARS) {
            builder.registerTypeAdapter(c, new ScalarAdapter(ScalarKind.of(c), !c.isPrimitive()));
        }
        return builder.registerTypeAdapterFactory(new UntypedFactory());
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
            JsonToken t = in.peek();
            if (t == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (t != expected) {
                throw GsonTree.error((expected == JsonToken.BEGIN_OBJECT ? "expected an object, found " : "expected an array, found ")
                        + GsonTree.describe(t));
            }
            return expected == JsonToken.BEGIN_OBJECT ? GsonTree.object(in) : GsonTree.array(in);
        }
    }

    /**
     * Makes Gson use {@link UntypedAdapter} for {@code Map<String,Object>} and {@code List<Object>}; Gson's own map
     * adapter rejects a duplicate name ("duplicate key") where the value model keeps the last value.
     */
    static final class UntypedFactory implements TypeAdapterFactory {
        private final UntypedAdapter object = new UntypedAdapter(JsonToken.BEGIN_OBJECT);
        private final UntypedAdapter array = new UntypedAdapter(JsonToken.BEGIN_ARRAY);

        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getType() instanceof ParameterizedType p) {
                Type[] args = p.getActualTypeArguments();
                if (p.getRawType() == Map.class && args[0] == String.class && isObject(args[1])) {
                    return (TypeAdapter<T>) object;
                }
                if (p.getRawType() == List.class && isObject(args[0])) {
                    return (TypeAdapter<T>) array;
                }
            }
            return null;
        }

        private static boolean isObject(Type type) {
            return type == Object.class
                    || type instanceof WildcardType w && w.getLowerBounds().length == 0 && w.getUpperBounds()[0] == Object.class;
        }
    }
}
