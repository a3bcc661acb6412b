package dev.jsonbench.direct;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Item;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simdjson.JsonValue;
import org.simdjson.SimdJsonParser;

/**
 * simdjson-java without the adapter: a parser per thread, sized as the adapter sizes its first one (documents up to
 * 16 KiB, depth limit 512), {@code parse(bytes, len)} on the byte array (shorter than 64 bytes of slack, so
 * simdjson-java copies it into its padded buffer, as it does for the adapter), then a walk of the DOM that copies
 * every value out: into LinkedHashMap/ArrayList/String/Long/Double/Boolean for the tree, into the records for the
 * typed path. simdjson-java's schema parse ({@code parse(bytes, len, Class)}) cannot be used: it refuses the
 * {@code Map} component of {@link Item}.
 *
 * <p>The adapter's walk has the same shape (for a type, code generated from its TypeShape) and adds, on this document, a
 * vectorised scan for over-long number runs (DecodeLimits.maxNumberLength) and checks for big-integer placeholders
 * and infinite doubles; it runs the jsonbench validator only for documents that need it (longer than
 * maxStringLength, a run of number characters longer than maxNumberLength, big integers, errors), not for this one.
 * So there is no "validated" variant here.
 */
public final class SimdJsonDirect extends DirectDecoder {

    /** As the adapter's SimdJsonState: 16 KiB documents, 4/3 of that in tape entries, plus padding. */
    static final int DOCUMENT_BYTES = 16 * 1024;
    static final int CAPACITY = DOCUMENT_BYTES + DOCUMENT_BYTES / 3 + 4 * 64;

    private final SimdJsonParser parser;

    public SimdJsonDirect() {
        super("simdjson", SimdJsonParser.class, "org.simdjson", "simdjson-java",
                "one SimdJsonParser sized for 16 KiB documents; parse(bytes, len), then its DOM copied into the records "
                        + "or into LinkedHashMap/ArrayList/String/Long/Double/Boolean");
        parser = new SimdJsonParser(CAPACITY, Math.min(DecodeLimits.defaults().maxNestingDepth(), DOCUMENT_BYTES));
    }

    @Override
    ApiResponse typed(byte[] json) {
        return response(parser.parse(json, json.length));
    }

    @Override
    Object tree(byte[] json) {
        return value(parser.parse(json, json.length));
    }

    private static ApiResponse response(JsonValue v) {
        String status = null;
        long total = 0;
        List<Item> items = null;
        Iterator<Map.Entry<String, JsonValue>> members = v.objectIterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            JsonValue value = member.getValue();
            switch (member.getKey()) {
                case "status" -> status = value.isNull() ? null : value.asString();
                case "total" -> total = value.asLong();
                case "items" -> items = value.isNull() ? null : items(value);
                default -> { }
            }
        }
        return new ApiResponse(status, total, items);
    }

    private static List<Item> items(JsonValue v) {
        List<Item> items = new ArrayList<>(v.getSize());
        Iterator<JsonValue> elements = v.arrayIterator();
        while (elements.hasNext()) {
            items.add(item(elements.next()));
        }
        return items;
    }

    private static Item item(JsonValue v) {
        long id = 0;
        String name = null;
        List<String> tags = null;
        Map<String, Object> metadata = null;
        Iterator<Map.Entry<String, JsonValue>> members = v.objectIterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            JsonValue value = member.getValue();
            switch (member.getKey()) {
                case "id" -> id = value.asLong();
                case "name" -> name = value.isNull() ? null : value.asString();
                case "tags" -> tags = value.isNull() ? null : strings(value);
                case "metadata" -> metadata = value.isNull() ? null : object(value);
                default -> { }
            }
        }
        return new Item(id, name, tags, metadata);
    }

    private static List<String> strings(JsonValue v) {
        List<String> list = new ArrayList<>(v.getSize());
        Iterator<JsonValue> elements = v.arrayIterator();
        while (elements.hasNext()) {
            list.add(elements.next().asString());
        }
        return list;
    }

    static Object value(JsonValue v) {
        if (v.isString()) {
            return v.asString();
        } else if (v.isLong()) {
            return v.asLong();
        } else if (v.isObject()) {
            return object(v);
        } else if (v.isArray()) {
            List<Object> list = new ArrayList<>(v.getSize());
            Iterator<JsonValue> elements = v.arrayIterator();
            while (elements.hasNext()) {
                list.add(value(elements.next()));
            }
            return list;
        } else if (v.isDouble()) {
            return v.asDouble();
        } else if (v.isBoolean()) {
            return v.asBoolean() ? Boolean.TRUE : Boolean.FALSE;
        }
        return null;
    }

    static Map<String, Object> object(JsonValue v) {
        Map<String, Object> map = LinkedHashMap.newLinkedHashMap(v.getSize());
        Iterator<Map.Entry<String, JsonValue>> members = v.objectIterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            map.put(member.getKey(), value(member.getValue()));
        }
        return map;
    }
}
