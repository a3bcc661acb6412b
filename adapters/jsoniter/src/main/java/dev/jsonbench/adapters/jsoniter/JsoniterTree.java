package dev.jsonbench.adapters.jsoniter;

import com.jsoniter.CodegenAccess;
import com.jsoniter.JsonIterator;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.JsonNumbers;
import dev.jsonbench.api.support.JsonStrings;
import dev.jsonbench.api.support.JsonWhitespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Builds the value model with jsoniter's streaming API ({@link CodegenAccess}'s token primitives, {@code
 * readString}, {@code skip}), and checks the grammar on the way: the document's bytes have passed {@code
 * StrictJsonValidator.validateLexically}, which leaves the order of the tokens, numbers, literals, nesting depth and
 * trailing content to this walk. jsoniter checks almost none of it (it reads {@code [1 2]} as [1] and {@code nul} as
 * null), so this walk checks every token: ':' after a name, ',' or the closing bracket after a value, the letters of
 * a literal, the number grammar and maxNumberLength, maxNestingDepth and nothing after the document's value. A broken
 * rule throws a {@link JsonDecodeException} that the decoder replaces with the validator's own error for the
 * document.
 *
 * <p>Objects are {@link LinkedHashMap}s in document order (a repeated name keeps its first position and its last
 * value; jsoniter's own {@code read()} gives HashMaps); numbers are located with {@code skip()} and converted by
 * {@link JsonNumbers}, because jsoniter's own number reading goes through double and clamps 2^64 to Long.MAX_VALUE.
 */
final class JsoniterTree {

    /** Slots of the per-thread member name cache (a power of two). */
    static final int NAME_CACHE_SIZE = 1024;

    /** Longer names are not cached, so that a hostile document cannot park huge names in a thread's cache. */
    static final int MAX_CACHED_NAME_BYTES = 64;

    private JsoniterTree() {
    }

    static final byte[] RUE = {'r', 'u', 'e'};
    static final byte[] ALSE = {'a', 'l', 's', 'e'};
    static final byte[] ULL = {'u', 'l', 'l'};

    /** The document's value; checks that only whitespace follows it. */
    static Object document(JsoniterState state) throws IOException {
        Object value = value(state, 0);
        end(state);
        return value;
    }

    /** Checks that only whitespace follows the document's value. */
    static void end(JsoniterState state) {
        int next = JsonWhitespace.skip(state.document, CodegenAccess.head(state.iterator), state.end);
        if (next != state.end) {
            throw broken(state, next, "the end of the document after its value");
        }
    }

    /** The next value (whitespace before it is skipped), inside {@code depth} containers. */
    static Object value(JsoniterState state, int depth) throws IOException {
        JsonIterator iterator = state.iterator;
        switch (token(state)) {
            case '{':
                return object(state, depth + 1);
            case '[':
                return array(state, depth + 1);
            case '"':
                CodegenAccess.unreadByte(iterator);
                return iterator.readString();
            case 't':
                literal(state, RUE);
                return Boolean.TRUE;
            case 'f':
                literal(state, ALSE);
                return Boolean.FALSE;
            case 'n':
                literal(state, ULL);
                return null;
            default:
                CodegenAccess.unreadByte(iterator);
                return number(state);
        }
    }

    /** The object whose '{' has just been read, the {@code depth}-th container from the document's root. */
    static LinkedHashMap<String, Object> object(JsoniterState state, int depth) throws IOException {
        enter(state, depth);
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        if (firstMember(state)) {
            do {
                String name = name(state);
                map.put(name, value(state, depth));
            } while (nextMember(state));
        }
        return map;
    }

    /** The array whose '[' has just been read, the {@code depth}-th container from the document's root. */
    static ArrayList<Object> array(JsoniterState state, int depth) throws IOException {
        enter(state, depth);
        ArrayList<Object> list = new ArrayList<>();
        if (firstElement(state)) {
            do {
                list.add(value(state, depth));
            } while (nextElement(state));
        }
        return list;
    }

    /** Skips the next value, with the same checks as {@link #value}. */
    static void skip(JsoniterState state, int depth) throws IOException {
        JsonIterator iterator = state.iterator;
        switch (token(state)) {
            case '{' -> {
                enter(state, depth + 1);
                if (firstMember(state)) {
                    do {
                        int scan = nameScan(state);
                        CodegenAccess.skipFixedBytes(iterator, (scan < 0 ? ~scan : scan) + 1 - CodegenAccess.head(iterator));
                        colon(state);
                        skip(state, depth + 1);
                    } while (nextMember(state));
                }
            }
            case '[' -> {
                enter(state, depth + 1);
                if (firstElement(state)) {
                    do {
                        skip(state, depth + 1);
                    } while (nextElement(state));
                }
            }
            case '"' -> {
                CodegenAccess.unreadByte(iterator);
                iterator.skip();
            }
            case 't' -> literal(state, RUE);
            case 'f' -> literal(state, ALSE);
            case 'n' -> literal(state, ULL);
            default -> {
                CodegenAccess.unreadByte(iterator);
                int start = CodegenAccess.head(iterator);
                JsonNumbers.check(state.document, start, numberEnd(state), JsoniterDecoder.NAME, start - state.base);
            }
        }
    }

    /** After '{': whether a member follows (the iterator then just past its name's opening quote) or '}' ends it. */
    static boolean firstMember(JsoniterState state) throws IOException {
        byte next = token(state);
        if (next == '"') {
            return true;
        }
        if (next != '}') {
            throw broken(state, CodegenAccess.head(state.iterator) - 1, "a member name or '}'");
        }
        return false;
    }

    /** After a member's value: whether another member follows (the iterator as {@link #firstMember} leaves it). */
    static boolean nextMember(JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        byte next = token(state);
        if (next == ',') {
            if (token(state) != '"') {
                throw broken(state, CodegenAccess.head(iterator) - 1, "a member name after ','");
            }
            return true;
        }
        if (next != '}') {
            throw broken(state, CodegenAccess.head(iterator) - 1, "',' or '}' after a member");
        }
        return false;
    }

    /** After '[': whether an element follows (the iterator then on its first byte) or ']' ends it. */
    static boolean firstElement(JsoniterState state) throws IOException {
        if (token(state) == ']') {
            return false;
        }
        CodegenAccess.unreadByte(state.iterator);
        return true;
    }

    /** After an element: whether another element follows or the array ends. */
    static boolean nextElement(JsoniterState state) throws IOException {
        byte next = token(state);
        if (next == ',') {
            return true;
        }
        if (next != ']') {
            throw broken(state, CodegenAccess.head(state.iterator) - 1, "',' or ']' after an element");
        }
        return false;
    }

    /**
     * The next token. jsoniter looks for it without looking at the end of the input (it would read on into the rest
     * of the caller's array), so it is asked only while a non-whitespace byte is left before the end.
     */
    static byte token(JsoniterState state) throws IOException {
        if (CodegenAccess.head(state.iterator) > state.lastToken) {
            throw broken(state, state.end, "more input");
        }
        return CodegenAccess.nextToken(state.iterator);
    }

    /** Checks maxNestingDepth for a container opened {@code depth} deep. */
    static void enter(JsoniterState state, int depth) {
        if (depth > state.maxNestingDepth) {
            throw broken(state, CodegenAccess.head(state.iterator) - 1, "at most maxNestingDepth nested containers");
        }
    }

    /** Checks the rest of the literal whose first letter has just been read, and reads it. */
    static void literal(JsoniterState state, byte[] rest) throws IOException {
        byte[] document = state.document;
        int at = CodegenAccess.head(state.iterator);
        if (state.end - at < rest.length) {
            throw broken(state, at - 1, "true, false or null");
        }
        for (int k = 0; k < rest.length; k++) {
            if (document[at + k] != rest[k]) {
                throw broken(state, at - 1, "true, false or null");
            }
        }
        CodegenAccess.skipFixedBytes(state.iterator, rest.length);
    }

    /** Reads the ':' after a member name. */
    static void colon(JsoniterState state) throws IOException {
        if (token(state) != ':') {
            throw broken(state, CodegenAccess.head(state.iterator) - 1, "':' after a member name");
        }
    }

    /**
     * Scans the name whose opening quote the iterator has just passed: the index of its closing quote, or its
     * complement ({@code ~index}, negative) when the name has an escape.
     */
    static int nameScan(JsoniterState state) {
        byte[] document = state.document;
        int end = CodegenAccess.head(state.iterator);
        boolean escaped = false;
        for (byte b; (b = document[end]) != '"'; end++) {
            if (b == '\\') {
                escaped = true;
                end++;
            }
            if (end >= state.end - 1) {
                throw broken(state, state.end, "the end of a member name");
            }
        }
        return escaped ? ~end : end;
    }

    /** A grammar rule the walk found broken; the decoder asks the validator for the document's error. */
    static JsonDecodeException broken(JsoniterState state, int index, String expected) {
        return new JsonDecodeException(JsoniterDecoder.NAME, index - state.base, "expected " + expected);
    }

    /**
     * The member name whose opening quote the iterator has just passed, and the ':' after it. Names without
     * escapes of up to {@link #MAX_CACHED_NAME_BYTES} ASCII bytes come from the state's names, a per-thread cache indexed
     * by the name's FNV-1a hash (the idea of DSL-JSON's key cache; jsoniter's {@code readObject()} allocates every
     * name anew); anything else is decoded.
     */
    static String name(JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        byte[] document = state.document;
        int start = CodegenAccess.head(iterator);
        int end = start;
        int hash = 0x811c9dc5;
        boolean escaped = false;
        for (byte b; (b = document[end]) != '"'; end++) {
            if (b == '\\') {
                escaped = true;
                end++;
            }
            if (end >= state.end - 1) {
                throw broken(state, state.end, "the end of a member name");
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
            String[] names = state.names;
            int slot = hash & (names.length - 1);
            name = names[slot];
            if (name == null || !isAsciiCopy(name, document, start, length)) {
                name = new String(document, start, length, StandardCharsets.UTF_8);
                names[slot] = name;
            }
        }
        CodegenAccess.skipFixedBytes(iterator, length + 1);
        colon(state);
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

    /** The number that starts at the iterator's head (whitespace already skipped): Long, BigInteger or Double. */
    static Object number(JsoniterState state) throws IOException {
        int start = CodegenAccess.head(state.iterator);
        return JsonNumbers.parseRange(state.document, start, numberEnd(state), JsoniterDecoder.NAME, start - state.base);
    }

    /**
     * Skips the number at the iterator's head and returns its end, checked against maxNumberLength. jsoniter's skip
     * stops at whitespace, ',', '}' or ']', so whatever else follows the literal is inside its span (and fails the
     * grammar).
     */
    private static int numberEnd(JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        int start = CodegenAccess.head(iterator);
        iterator.skip();
        int end = CodegenAccess.head(iterator);
        if (end - start > state.maxNumberLength) {
            throw broken(state, start, "a number of at most maxNumberLength characters");
        }
        return end;
    }
}
