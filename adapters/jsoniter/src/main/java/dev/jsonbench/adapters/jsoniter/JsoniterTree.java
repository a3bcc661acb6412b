package dev.jsonbench.adapters.jsoniter;

import com.jsoniter.CodegenAccess;
import com.jsoniter.JsonIterator;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.JsonNumbers;
import dev.jsonbench.api.support.JsonStrings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Builds the value model with jsoniter's streaming API ({@code whatIsNext}, {@code readArray}, {@code readString},
 * {@code skip}, and {@link CodegenAccess}'s token primitives for objects) on a document the strict validator has
 * accepted. Objects are {@link LinkedHashMap}s in document order (a repeated name keeps its first position and its
 * last value; jsoniter's own {@code read()} gives HashMaps); numbers are located with {@code skip()} and converted by
 * {@link JsonNumbers}, because jsoniter's own number reading goes through double and clamps 2^64 to Long.MAX_VALUE.
 */
final class JsoniterTree {

    /** Slots of the per-thread member name cache (a power of two). */
    static final int NAME_CACHE_SIZE = 1024;

    /** Longer names are not cached, so that a hostile document cannot park huge names in a thread's cache. */
    static final int MAX_CACHED_NAME_BYTES = 64;

    private JsoniterTree() {
    }

    /** The next value (whitespace before it is skipped). */
    static Object value(JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        switch (iterator.whatIsNext()) {
            case OBJECT:
                return object(state);
            case ARRAY:
                return array(state);
            case STRING:
                return iterator.readString();
            case NUMBER:
                return number(state);
            case BOOLEAN:
                return iterator.readBoolean() ? Boolean.TRUE : Boolean.FALSE;
            case NULL:
                CodegenAccess.skipFixedBytes(iterator, 4);
                return null;
            default:
                throw new JsonDecodeException(JsoniterDecoder.NAME, CodegenAccess.head(iterator) - state.base,
                        "jsoniter found no value where the validator saw one");
        }
    }

    /** The object whose '{' is at the iterator's head. */
    static LinkedHashMap<String, Object> object(JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        CodegenAccess.nextToken(iterator); // '{'
        if (CodegenAccess.nextToken(iterator) == '}') {
            return map;
        }
        do {
            String name = name(iterator, state.document, state.names);
            map.put(name, value(state));
            if (CodegenAccess.nextToken(iterator) != ',') {
                return map;
            }
        } while (CodegenAccess.nextToken(iterator) == '"');
        throw new IllegalStateException("expected a member name");
    }

    /**
     * The member name whose opening quote the iterator has just passed, and the ':' after it. Names without
     * escapes of up to {@link #MAX_CACHED_NAME_BYTES} ASCII bytes come from {@code names}, a per-thread cache indexed
     * by the name's FNV-1a hash (the idea of DSL-JSON's key cache; jsoniter's {@code readObject()} allocates every
     * name anew); anything else is decoded.
     */
    static String name(JsonIterator iterator, byte[] document, String[] names) throws IOException {
        int start = CodegenAccess.head(iterator);
        int end = start;
        int hash = 0x811c9dc5;
        boolean escaped = false;
        for (byte b; (b = document[end]) != '"'; end++) {
            if (b == '\\') {
                escaped = true;
                end++;
            }
            hash = (hash ^ b) * 0x1000193;
        }
        int length = end - start;
        String name;
        if (escaped) {
            name = JsonStrings.unescape(document, start, end);
        } else if (length > MAX_CACHED_NAME_BYTES) {
            name = new String(document, start, length, StandardCharsets.UTF_8);
        } else {
            int slot = hash & (names.length - 1);
            name = names[slot];
            if (name == null || !isAsciiCopy(name, document, start, length)) {
                name = new String(document, start, length, StandardCharsets.UTF_8);
                names[slot] = name;
            }
        }
        CodegenAccess.skipFixedBytes(iterator, length + 1);
        CodegenAccess.nextToken(iterator); // ':'
        return name;
    }

    /** Whether {@code name} is the ASCII text {@code document[start, start + length)} (non-ASCII never matches). */
    private static boolean isAsciiCopy(String name, byte[] document, int start, int length) {
        if (name.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != document[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** The array whose '[' is at the iterator's head. */
    static ArrayList<Object> array(JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        ArrayList<Object> list = new ArrayList<>();
        while (iterator.readArray()) {
            list.add(value(state));
        }
        return list;
    }

    /** The number that starts at the iterator's head (whitespace already skipped): Long, BigInteger or Double. */
    static Object number(JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        int start = CodegenAccess.head(iterator);
        iterator.skip();
        int end = CodegenAccess.head(iterator);
        return JsonNumbers.parseRange(state.document, start, end, JsoniterDecoder.NAME, start - state.base);
    }
}
