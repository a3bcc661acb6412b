package dev.jsonbench.adapters.dsljson;

import com.dslplatform.json.JsonReader;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.JsonNumbers;
import dev.jsonbench.api.support.JsonWhitespace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Builds the value model from DSL-JSON's {@link JsonReader} tokens, and checks the grammar on the way: the
 * document's bytes have passed {@code StrictJsonValidator.validateLexically}, which leaves the order of the tokens,
 * numbers, literals, nesting depth and trailing content to this walk. DSL-JSON already insists on the quote that
 * opens a member name, the ':' after it and the letters of {@code true}, {@code false} and {@code null}; this walk
 * adds what it lets through: ',' or the closing bracket after every value, the number grammar, maxNumberLength,
 * maxNestingDepth and nothing after the document's value. A broken rule throws a {@link JsonDecodeException} that
 * the decoder replaces with the validator's own error for the document.
 *
 * <p>Objects are {@link LinkedHashMap}s in document order, in which a repeated name keeps its first position and its
 * last value ({@code put} semantics), as DSL-JSON's own {@code ObjectConverter} does; member names come from
 * {@link JsonReader#readKey()} and so from the decoder's key cache. Numbers are located by DSL-JSON's
 * {@link JsonReader#scanNumber()} and converted by {@link JsonNumbers#parseRange}: DSL-JSON's own untyped numbers
 * are {@code BigDecimal} or {@code Double}, never {@code BigInteger}.
 */
final class DslJsonTree {

    private DslJsonTree() {
    }

    /** The document's value, whose first byte the reader has just read; checks that only whitespace follows it. */
    static Object document(DslJsonState state) throws IOException {
        Object value = value(state, 0);
        end(state);
        return value;
    }

    /** Checks that only whitespace follows the document's value. */
    static void end(DslJsonState state) {
        int length = state.reader.length();
        int next = JsonWhitespace.skip(state.document, state.reader.getCurrentIndex(), length);
        if (next != length) {
            throw broken(next, "the end of the document after its value");
        }
    }

    /**
     * The value whose first byte the reader has just read ({@link JsonReader#last()}), inside {@code depth}
     * containers.
     */
    static Object value(DslJsonState state, int depth) throws IOException {
        JsonReader<?> reader = state.reader;
        switch (reader.last()) {
            case '{':
                return object(state, depth + 1);
            case '[':
                return array(state, depth + 1);
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
                return number(state);
        }
    }

    /** The object whose '{' the reader has just read, the {@code depth}-th container from the document's root. */
    static LinkedHashMap<String, Object> object(DslJsonState state, int depth) throws IOException {
        JsonReader<?> reader = enter(state, depth);
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        if (reader.getNextToken() == '}') {
            return map;
        }
        do {
            String name = reader.readKey();
            map.put(name, value(state, depth));
        } while (nextMember(reader));
        return map;
    }

    /** The array whose '[' the reader has just read, the {@code depth}-th container from the document's root. */
    static ArrayList<Object> array(DslJsonState state, int depth) throws IOException {
        JsonReader<?> reader = enter(state, depth);
        ArrayList<Object> list = new ArrayList<>();
        if (reader.getNextToken() == ']') {
            return list;
        }
        do {
            list.add(value(state, depth));
        } while (nextElement(reader));
        return list;
    }

    /** Skips the value whose first byte the reader has just read, with the same checks as {@link #value}. */
    static void skip(DslJsonState state, int depth) throws IOException {
        JsonReader<?> reader = state.reader;
        switch (reader.last()) {
            case '{' -> {
                enter(state, depth + 1);
                if (reader.getNextToken() != '}') {
                    do {
                        reader.fillName();
                        reader.getNextToken();
                        skip(state, depth + 1);
                    } while (nextMember(reader));
                }
            }
            case '[' -> {
                enter(state, depth + 1);
                if (reader.getNextToken() != ']') {
                    do {
                        skip(state, depth + 1);
                    } while (nextElement(reader));
                }
            }
            case '"' -> reader.calcHash(); // reads the string up to its closing quote without building it
            case 't', 'f', 'n' -> value(state, depth);
            default -> {
                int start = numberStart(state);
                JsonNumbers.check(state.document, start, numberEnd(state), DslJsonDecoder.NAME, start);
            }
        }
    }

    /**
     * After a member's value: whether another member follows (the reader then on its name's opening quote) or the
     * object ends.
     */
    static boolean nextMember(JsonReader<?> reader) throws IOException {
        byte next = reader.getNextToken();
        if (next == ',') {
            reader.getNextToken();
            return true;
        }
        if (next != '}') {
            throw broken(reader.getCurrentIndex() - 1, "',' or '}' after a member");
        }
        return false;
    }

    /** After an element: whether another element follows (the reader then on its first byte) or the array ends. */
    static boolean nextElement(JsonReader<?> reader) throws IOException {
        byte next = reader.getNextToken();
        if (next == ',') {
            reader.getNextToken();
            return true;
        }
        if (next != ']') {
            throw broken(reader.getCurrentIndex() - 1, "',' or ']' after an element");
        }
        return false;
    }

    /** Checks maxNestingDepth for a container opened {@code depth} deep; the reader, for the caller's walk. */
    static JsonReader<?> enter(DslJsonState state, int depth) {
        if (depth > state.maxNestingDepth) {
            throw broken(state.reader.getCurrentIndex() - 1, "at most maxNestingDepth nested containers");
        }
        return state.reader;
    }

    /** The number whose first byte the reader has just read: Long, BigInteger or Double. */
    static Object number(DslJsonState state) {
        int start = numberStart(state);
        return JsonNumbers.parseRange(state.document, start, numberEnd(state), DslJsonDecoder.NAME, start);
    }

    /** Scans the number whose first byte the reader has just read; its start. */
    private static int numberStart(DslJsonState state) {
        return state.reader.scanNumber();
    }

    /**
     * The end of the number just scanned, checked against maxNumberLength. scanNumber stops only at ',', '}', ']' or
     * the end, so whitespace after the literal is inside its span (and whitespace inside it fails the grammar).
     */
    private static int numberEnd(DslJsonState state) {
        byte[] document = state.document;
        int start = state.reader.getTokenStart();
        int end = state.reader.getCurrentIndex();
        while (end > start && JsonWhitespace.is(document[end - 1])) {
            end--;
        }
        if (end - start > state.maxNumberLength) {
            throw broken(start, "a number of at most maxNumberLength characters");
        }
        return end;
    }

    /** A grammar rule the walk found broken; the decoder asks the validator for the document's error. */
    static JsonDecodeException broken(int offset, String expected) {
        return new JsonDecodeException(DslJsonDecoder.NAME, offset, "expected " + expected);
    }
}
