package dev.jsonbench.adapters.gson;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.JsonNumbers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the value model from Gson's {@link JsonReader}: objects are {@link LinkedHashMap}s (Gson's own are
 * LinkedTreeMaps, and its Map adapter rejects duplicate names), numbers are converted by {@link JsonNumbers} from
 * the literal ({@code JsonReader.nextString()} on a number gives its text; Gson's own untyped numbers are Double).
 */
final class GsonTree {

    private GsonTree() {
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
}
