package dev.jsonbench.adapters.simdjson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simdjson.JsonValue;

/**
 * Copies simdjson-java's DOM into the value model: objects into {@code LinkedHashMap}s presized from the tape's
 * member count, arrays into {@code ArrayList}s, numbers through {@link SimdJsonState} (big integers, double
 * overflow), strings as new Strings. Everything returned is copied out of the parser's tape.
 */
final class SimdJsonTree {

    private SimdJsonTree() {
    }

    static Object value(JsonValue v, SimdJsonState state) {
        if (v.isObject()) {
            return object(v, state);
        } else if (v.isArray()) {
            return array(v, state);
        }
        return scalar(v, state);
    }

    /** The value of {@code v}, which is neither an object nor an array. */
    static Object scalar(JsonValue v, SimdJsonState state) {
        if (v.isString()) {
            return v.asString();
        } else if (v.isLong()) {
            return state.integer(v.asLong());
        } else if (v.isDouble()) {
            return state.finite(v.asDouble());
        } else if (v.isBoolean()) {
            return v.asBoolean() ? Boolean.TRUE : Boolean.FALSE;
        }
        return null;
    }

    static Map<String, Object> object(JsonValue v, SimdJsonState state) {
        Map<String, Object> map = LinkedHashMap.newLinkedHashMap(v.getSize());
        Iterator<Map.Entry<String, JsonValue>> members = v.objectIterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            map.put(member.getKey(), value(member.getValue(), state));
        }
        return map;
    }

    static List<Object> array(JsonValue v, SimdJsonState state) {
        List<Object> list = new ArrayList<>(v.getSize());
        Iterator<JsonValue> elements = v.arrayIterator();
        while (elements.hasNext()) {
            list.add(value(elements.next(), state));
        }
        return list;
    }
}
