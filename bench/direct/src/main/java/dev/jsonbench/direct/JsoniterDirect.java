package dev.jsonbench.direct;

import com.jsoniter.CodegenAccess;
import com.jsoniter.JsonIterator;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Item;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * jsoniter without the adapter, on one {@link JsonIterator} per thread {@code reset} over the byte array (as the
 * adapter does). jsoniter cannot bind {@link ApiResponse} by itself (records need {@code @JsonCreator} and
 * {@code @JsonProperty}, and its dynamic codegen fails on JDK 16+), so the typed path is the decoder jsoniter's
 * hash-mode codegen would generate for it, written out: {@code readObjectStart}, {@code readObjectFieldAsHash}
 * compared with precomputed hashes, {@code nextTokenIsComma}, {@code readString}, {@code readLong},
 * {@code readArray}. Untyped values (the {@code metadata} maps, and the whole document in tree mode) are read with
 * the streaming calls the adapter uses ({@code whatIsNext}, {@code readObject}, {@code readArray},
 * {@code readString}, {@code readBoolean}) into LinkedHashMap/ArrayList; numbers with jsoniter's own
 * {@code readLong} for an integer literal and {@code readDouble} otherwise. (jsoniter's own untyped
 * {@code read()} is not used: it builds HashMaps and turns {@code 1E21} into Long.MAX_VALUE.)
 *
 * <p>The adapter validates with {@link StrictJsonValidator} first (jsoniter accepts much invalid JSON), matches
 * names byte by byte instead of by hash, and converts numbers with {@code skip()} and JsonNumbers. JMH's
 * {@code DirectBenchmark} has a {@code _validated} variant that adds the validator pass.
 */
public final class JsoniterDirect extends DirectDecoder {

    private static final int STATUS = CodegenAccess.calcHash("status");
    private static final int TOTAL = CodegenAccess.calcHash("total");
    private static final int ITEMS = CodegenAccess.calcHash("items");
    private static final int ID = CodegenAccess.calcHash("id");
    private static final int NAME = CodegenAccess.calcHash("name");
    private static final int TAGS = CodegenAccess.calcHash("tags");
    private static final int METADATA = CodegenAccess.calcHash("metadata");

    private final JsonIterator iterator = new JsonIterator();

    public JsoniterDirect() {
        super("jsoniter", JsonIterator.class, "com.jsoniter", "jsoniter",
                "one JsonIterator reset over the bytes; typed: the decoder jsoniter's hash-mode codegen would generate, "
                        + "written out; tree: its streaming calls into LinkedHashMap/ArrayList, readLong/readDouble");
    }

    @Override
    ApiResponse typed(byte[] json) throws IOException {
        iterator.reset(json, 0, json.length);
        return response(iterator, json);
    }

    @Override
    Object tree(byte[] json) throws IOException {
        iterator.reset(json, 0, json.length);
        return value(iterator, json);
    }

    // Typed: what jsoniter's codegen would generate for ApiResponse and Item.

    private static ApiResponse response(JsonIterator it, byte[] json) throws IOException {
        if (it.readNull()) {
            return null;
        }
        String status = null;
        long total = 0;
        List<Item> items = null;
        if (CodegenAccess.readObjectStart(it)) {
            do {
                int hash = CodegenAccess.readObjectFieldAsHash(it);
                if (hash == STATUS) {
                    status = it.readString();
                } else if (hash == TOTAL) {
                    total = it.readLong();
                } else if (hash == ITEMS) {
                    items = items(it, json);
                } else {
                    it.skip();
                }
            } while (CodegenAccess.nextTokenIsComma(it));
        }
        return new ApiResponse(status, total, items);
    }

    private static List<Item> items(JsonIterator it, byte[] json) throws IOException {
        if (it.readNull()) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        while (it.readArray()) {
            items.add(item(it, json));
        }
        return items;
    }

    private static Item item(JsonIterator it, byte[] json) throws IOException {
        if (it.readNull()) {
            return null;
        }
        long id = 0;
        String name = null;
        List<String> tags = null;
        Map<String, Object> metadata = null;
        if (CodegenAccess.readObjectStart(it)) {
            do {
                int hash = CodegenAccess.readObjectFieldAsHash(it);
                if (hash == ID) {
                    id = it.readLong();
                } else if (hash == NAME) {
                    name = it.readString();
                } else if (hash == TAGS) {
                    tags = strings(it);
                } else if (hash == METADATA) {
                    metadata = it.readNull() ? null : object(it, json);
                } else {
                    it.skip();
                }
            } while (CodegenAccess.nextTokenIsComma(it));
        }
        return new Item(id, name, tags, metadata);
    }

    private static List<String> strings(JsonIterator it) throws IOException {
        if (it.readNull()) {
            return null;
        }
        List<String> list = new ArrayList<>();
        while (it.readArray()) {
            list.add(it.readString());
        }
        return list;
    }

    // Untyped: the adapter's streaming calls, jsoniter's own number conversions.

    private static Object value(JsonIterator it, byte[] document) throws IOException {
        switch (it.whatIsNext()) {
            case OBJECT:
                return object(it, document);
            case ARRAY:
                ArrayList<Object> list = new ArrayList<>();
                while (it.readArray()) {
                    list.add(value(it, document));
                }
                return list;
            case STRING:
                return it.readString();
            case NUMBER:
                return isIntegerLiteral(document, CodegenAccess.head(it)) ? (Object) it.readLong() : (Object) it.readDouble();
            case BOOLEAN:
                return it.readBoolean() ? Boolean.TRUE : Boolean.FALSE;
            case NULL:
                it.readNull();
                return null;
            default:
                throw new IOException("no JSON value at " + CodegenAccess.head(it));
        }
    }

    private static LinkedHashMap<String, Object> object(JsonIterator it, byte[] document) throws IOException {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        for (String name = it.readObject(); name != null; name = it.readObject()) {
            map.put(name, value(it, document));
        }
        return map;
    }

    /** Whether the number literal starting at {@code i} has no fraction and no exponent. */
    private static boolean isIntegerLiteral(byte[] document, int i) {
        for (; i < document.length; i++) {
            switch (document[i]) {
                case '.', 'e', 'E':
                    return false;
                case ',', '}', ']', ' ', '\n', '\r', '\t':
                    return true;
                default:
                    break;
            }
        }
        return true;
    }
}
