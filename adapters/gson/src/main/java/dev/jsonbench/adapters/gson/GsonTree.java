package dev.jsonbench.adapters.gson;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.JsonNumbers;
import dev.jsonbench.api.support.TypeShape.ScalarKind;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading the value model and the strict scalars from Gson's {@link JsonReader}.
 *
 * <p>Gson's own adapters coerce: its long adapter reads "1" and 1.0 (and 1e2, and 2^63 as Long.MAX_VALUE, through a
 * double), its String adapter reads numbers and booleans, its boolean adapter reads "true"; untyped numbers become
 * Double and untyped objects Gson's LinkedTreeMap. Here every scalar takes only its own JSON kind, numbers are
 * converted by {@link JsonNumbers} from the literal ({@code JsonReader.nextString()} on a number gives its text),
 * and objects are {@link LinkedHashMap}s.
 */
final class GsonValues {

    private GsonValues() {
    }

    /** The value at the reader's position, in the value model. Recursive; the reader's nesting limit bounds it. */
    static Object value(JsonReader in) throws IOException {
        return switch (in.peek()) {
            case BEGIN_OBJECT -> object(in);
            case BEGIN_ARRAY -> array(in);
            case STRING -> in.nextString();
            case NUMBER -> number(in);
            case BOOLEAN -> in.nextBoolean();
            case NULL -> {
                in.nextNull();
                yield null;
            }
            default -> throw error("expected a value, found " + describe(in.peek()));
        };
    }

    static Map<String, Object> object(JsonReader in) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            // put: a repeated name keeps its first position and takes the last value.
            map.put(in.nextName(), value(in));
        }
        in.endObject();
        return map;
    }

    static List<Object> array(JsonReader in) throws IOException {
        List<Object> list = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            list.add(value(in));
        }
        in.endArray();
        return list;
    }

    /** A number token in the value model: Long, BigInteger or Double. Also Gson's ToNumberStrategy for Object. */
    static Number number(JsonReader in) throws IOException {
        return (Number) JsonNumbers.parse(literal(in), GsonDecoder.NAME, -1);
    }

    /** The literal of the number at the reader's position (see {@link Utf8CharReader} for why it may differ). */
    static String literal(JsonReader in) throws IOException {
        String text = in.nextString();
        return in instanceof DocumentJsonReader document ? document.literal(text) : text;
    }

    /** A scalar of {@code kind}, taking only its own JSON kind; null only if {@code nullable}. */
    static Object scalar(JsonReader in, ScalarKind kind, boolean nullable) throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.NULL) {
            if (!nullable) {
                throw error("null is not allowed for a component of primitive type " + kind.toString().toLowerCase(Locale.ROOT));
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
                    String literal = literal(in);
                    return convert(JsonNumbers.parse(literal, GsonDecoder.NAME, -1), literal, kind);
                }
            }
        }
        throw error("expected " + expectation(kind) + ", found " + describe(t));
    }

    private static Object convert(Object number, String literal, ScalarKind kind) {
        Object bound = kind.bindNumber(number);
        if (bound != null) {
            return bound;
        }
        if (kind == ScalarKind.DOUBLE) {
            throw error("integer " + excerpt(literal) + " is too large for a double");
        }
        if (number instanceof Double) {
            throw error("expected an integer, found the number " + excerpt(literal) + " (not an integer literal)");
        }
        throw error("integer " + excerpt(literal) + " is out of range for " + (kind == ScalarKind.INT ? "an int" : "a long"));
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

    static String describe(JsonToken t) {
        return switch (t) {
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case END_DOCUMENT -> "end of input";
            default -> t.toString();
        };
    }

    static JsonDecodeException error(String message) {
        return new JsonDecodeException(GsonDecoder.NAME, -1, message);
    }

    /** The scalar kind of a class, or null. */
    static ScalarKind scalarKind(Class<?> c) {
        return c == long.class || c == Long.class ? ScalarKind.LONG
                : c == int.class || c == Integer.class ? ScalarKind.INT
                : c == double.class || c == Double.class ? ScalarKind.DOUBLE
                : c == boolean.class || c == Boolean.class ? ScalarKind.BOOLEAN
                : c == String.class ? ScalarKind.STRING
                : c == BigInteger.class ? ScalarKind.BIG_INTEGER
                : null;
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
                throw error((expected == JsonToken.BEGIN_OBJECT ? "expected an object, found " : "expected an array, found ")
                        + describe(t));
            }
            return expected == JsonToken.BEGIN_OBJECT ? object(in) : array(in);
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
