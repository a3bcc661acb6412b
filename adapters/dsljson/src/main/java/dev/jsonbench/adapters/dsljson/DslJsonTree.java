package dev.jsonbench.adapters.dsljson;

import com.dslplatform.json.JsonReader;
import dev.jsonbench.api.support.JsonNumbers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Builds the value model from DSL-JSON's {@link JsonReader} tokens on a document the strict validator has
 * accepted. Objects are {@link LinkedHashMap}s in document order, in which a repeated name keeps its first
 * position and its last value ({@code put} semantics), as DSL-JSON's own {@code ObjectConverter} does; member names
 * come from {@link JsonReader#readKey()} and so from the decoder's key cache. Numbers are located by DSL-JSON's
 * {@link JsonReader#scanNumber()} and converted by {@link JsonNumbers#parseValidated}: DSL-JSON's own untyped
 * numbers are {@code BigDecimal} or {@code Double}, never {@code BigInteger}.
 */
final class DslJsonTree {

    private DslJsonTree() {
    }

    /** The value whose first byte the reader has just read ({@link JsonReader#last()}). */
    static Object value(JsonReader<?> reader, byte[] document) throws IOException {
        switch (reader.last()) {
            case '{':
                return object(reader, document);
            case '[':
                return array(reader, document);
            case '"':
                return reader.readString();
            case 't':
                reader.wasTrue();
                return Boolean.TRUE;
            case 'f':
                reader.wasFalse();
                return Boolean.FALSE;
            case 'n':
                reader.wasNull();
                return null;
            default:
                return number(reader, document);
        }
    }

    static LinkedHashMap<String, Object> object(JsonReader<?> reader, byte[] document) throws IOException {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        if (reader.getNextToken() == '}') {
            return map;
        }
        for (;;) {
            String name = reader.readKey();
            map.put(name, value(reader, document));
            if (reader.getNextToken() != ',') {
                return map;
            }
            reader.getNextToken();
        }
    }

    static ArrayList<Object> array(JsonReader<?> reader, byte[] document) throws IOException {
        ArrayList<Object> list = new ArrayList<>();
        if (reader.getNextToken() == ']') {
            return list;
        }
        for (;;) {
            list.add(value(reader, document));
            if (reader.getNextToken() != ',') {
                return list;
            }
            reader.getNextToken();
        }
    }

    /** The number whose first byte the reader has just read: Long, BigInteger or Double. */
    static Object number(JsonReader<?> reader, byte[] document) {
        int start = reader.scanNumber();
        // scanNumber stops only at ',', '}', ']' or the end, so whitespace after the literal is inside the span.
        int end = reader.getCurrentIndex();
        while (isWhitespace(document[end - 1])) {
            end--;
        }
        return JsonNumbers.parseValidated(document, start, end, DslJsonDecoder.NAME, start);
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
