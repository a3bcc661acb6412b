package dev.jsonbench.adapters.jsoniter;

import com.jsoniter.CodegenAccess;
import com.jsoniter.JsonIterator;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.spi.TypeShape;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * A typed reader compiled once, at {@code forType}, from a {@link TypeShape}: it drives jsoniter's streaming API
 * (the token primitives jsoniter's own generated decoders use, from {@link CodegenAccess}) and applies the binding
 * rules of {@link dev.jsonbench.api.TypedDecoder}. Member names are matched in place, byte for byte, against the
 * component names, like jsoniter's slice-based decoders but correct for names with escapes (jsoniter's
 * {@code readObjectFieldAsSlice} refuses them and {@code readObjectFieldAsHash} stops at an escaped quote). A decode
 * does no reflective lookup: records are built through the shape's constructor handle.
 *
 * <p>Dispatch is a switch on {@link #kind} rather than a virtual call.
 */
final class JsoniterBinder {

    private static final int STRING = 0;
    private static final int LONG = 1;
    private static final int INT = 2;
    private static final int DOUBLE = 3;
    private static final int BOOLEAN = 4;
    private static final int BIG_INTEGER = 5;
    private static final int RECORD = 6;
    private static final int LIST = 7;
    private static final int ANY = 8;
    private static final int OBJECT = 9;
    private static final int ARRAY = 10;

    private final int kind;
    private final boolean nullable;
    /** What this binder fills, for error messages: "Item.id". */
    private final String where;

    // RECORD
    private final TypeShape.RecordOf record;
    private final JsoniterBinder[] components;
    private final byte[][] names;

    // LIST
    private final JsoniterBinder element;

    private JsoniterBinder(int kind, boolean nullable, String where, TypeShape.RecordOf record,
            JsoniterBinder[] components, byte[][] names, JsoniterBinder element) {
        this.kind = kind;
        this.nullable = nullable;
        this.where = where;
        this.record = record;
        this.components = components;
        this.names = names;
        this.element = element;
    }

    /** The binder for {@code shape}, which fills {@code where}. */
    static JsoniterBinder of(TypeShape shape, String where) {
        if (shape instanceof TypeShape.RecordOf r) {
            int size = r.size();
            JsoniterBinder[] components = new JsoniterBinder[size];
            byte[][] names = new byte[size][];
            for (int i = 0; i < size; i++) {
                components[i] = of(r.component(i), r.type().getSimpleName() + "." + r.name(i));
                names[i] = r.name(i).getBytes(StandardCharsets.UTF_8);
            }
            return new JsoniterBinder(RECORD, true, where, r, components, names, null);
        }
        if (shape instanceof TypeShape.ListOf l) {
            return new JsoniterBinder(LIST, true, where, null, null, null, of(l.element(), where + "[]"));
        }
        if (shape instanceof TypeShape.Tree t) {
            int kind = switch (t.expected()) {
                case ANY -> ANY;
                case OBJECT -> OBJECT;
                case ARRAY -> ARRAY;
            };
            return new JsoniterBinder(kind, true, where, null, null, null, null);
        }
        TypeShape.Scalar s = (TypeShape.Scalar) shape;
        int kind = switch (s.kind()) {
            case STRING -> STRING;
            case LONG -> LONG;
            case INT -> INT;
            case DOUBLE -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
            case BIG_INTEGER -> BIG_INTEGER;
        };
        return new JsoniterBinder(kind, s.nullable(), where, null, null, null, null);
    }

    /** Reads the next value. */
    static Object read(JsoniterBinder binder, JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        int base = state.base;
        byte first = CodegenAccess.nextToken(iterator);
        if (first == 'n') {
            if (!binder.nullable) {
                throw binder.mismatch(iterator, first, base);
            }
            CodegenAccess.skipFixedBytes(iterator, 3);
            return null;
        }
        switch (binder.kind) {
            case RECORD:
                if (first != '{') {
                    throw binder.mismatch(iterator, first, base);
                }
                return readRecord(binder, state);
            case LIST:
                if (first != '[') {
                    throw binder.mismatch(iterator, first, base);
                }
                return readList(binder, state);
            case STRING:
                if (first != '"') {
                    throw binder.mismatch(iterator, first, base);
                }
                CodegenAccess.unreadByte(iterator);
                return iterator.readString();
            case BOOLEAN:
                if (first == 't') {
                    CodegenAccess.skipFixedBytes(iterator, 3);
                    return Boolean.TRUE;
                }
                if (first == 'f') {
                    CodegenAccess.skipFixedBytes(iterator, 4);
                    return Boolean.FALSE;
                }
                throw binder.mismatch(iterator, first, base);
            case ANY:
                CodegenAccess.unreadByte(iterator);
                return JsoniterTree.value(state);
            case OBJECT:
                if (first != '{') {
                    throw binder.mismatch(iterator, first, base);
                }
                CodegenAccess.unreadByte(iterator);
                return JsoniterTree.object(state);
            case ARRAY:
                if (first != '[') {
                    throw binder.mismatch(iterator, first, base);
                }
                CodegenAccess.unreadByte(iterator);
                return JsoniterTree.array(state);
            default:
                return readNumber(binder, state, first);
        }
    }

    private static Object readRecord(JsoniterBinder binder, JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        Object[] arguments = binder.record.newArguments();
        JsoniterBinder[] components = binder.components;
        if (CodegenAccess.nextToken(iterator) != '}') {
            for (;;) {
                // The head is just past the name's opening quote.
                int index = binder.member(iterator, state.document);
                if (index < 0) {
                    iterator.skip();
                } else {
                    arguments[index] = read(components[index], state);
                }
                if (CodegenAccess.nextToken(iterator) != ',') {
                    break;
                }
                CodegenAccess.nextToken(iterator);
            }
        }
        try {
            return binder.record.construct(arguments);
        } catch (RuntimeException e) {
            throw new JsonDecodeException(JsoniterDecoder.NAME, CodegenAccess.head(iterator) - 1 - state.base,
                    "the constructor of " + binder.record.type().getName() + " rejected the decoded values: " + e, e);
        }
    }

    private static ArrayList<Object> readList(JsoniterBinder binder, JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        ArrayList<Object> list = new ArrayList<>();
        if (CodegenAccess.nextToken(iterator) == ']') {
            return list;
        }
        CodegenAccess.unreadByte(iterator);
        JsoniterBinder element = binder.element;
        do {
            list.add(read(element, state));
        } while (CodegenAccess.nextToken(iterator) == ',');
        return list;
    }

    private static Object readNumber(JsoniterBinder binder, JsoniterState state, byte first) throws IOException {
        JsonIterator iterator = state.iterator;
        int base = state.base;
        if (first != '-' && (first < '0' || first > '9')) {
            throw binder.mismatch(iterator, first, base);
        }
        CodegenAccess.unreadByte(iterator);
        int start = CodegenAccess.head(iterator) - base;
        Object number = JsoniterTree.number(state);
        switch (binder.kind) {
            case LONG:
                if (number instanceof Long) {
                    return number;
                }
                throw binder.numberMismatch(start, number, "a long");
            case INT:
                if (number instanceof Long value && value == value.intValue()) {
                    return value.intValue();
                }
                throw binder.numberMismatch(start, number, "an int");
            case BIG_INTEGER:
                if (number instanceof Long value) {
                    return BigInteger.valueOf(value);
                }
                if (number instanceof BigInteger) {
                    return number;
                }
                throw binder.numberMismatch(start, number, "an integer");
            default: // DOUBLE
                if (number instanceof Double) {
                    return number;
                }
                if (number instanceof Long value) {
                    return (double) value; // rounds to nearest (JLS 5.1.2)
                }
                double value = ((BigInteger) number).doubleValue();
                if (Double.isInfinite(value)) {
                    throw new JsonDecodeException(JsoniterDecoder.NAME, start,
                            "integer is too large for a double, for " + binder.where);
                }
                return value;
        }
    }

    /**
     * Reads the member name whose opening quote the iterator has just passed, and the ':' after it; returns the
     * component it binds to, or -1 for a member to skip.
     */
    private int member(JsonIterator iterator, byte[] document) throws IOException {
        int start = CodegenAccess.head(iterator);
        int end = start;
        boolean escaped = false;
        for (byte b; (b = document[end]) != '"'; end++) {
            if (b == '\\') {
                escaped = true;
                end++;
            }
        }
        int index = escaped ? record.indexOf(unescape(document, start, end)) : indexOf(document, start, end - start);
        CodegenAccess.skipFixedBytes(iterator, end + 1 - start);
        CodegenAccess.nextToken(iterator); // ':'
        return index;
    }

    private int indexOf(byte[] document, int start, int length) {
        byte[][] names = this.names;
        candidates:
        for (int i = 0; i < names.length; i++) {
            byte[] name = names[i];
            if (name.length != length) {
                continue;
            }
            for (int k = 0; k < length; k++) {
                if (name[k] != document[start + k]) {
                    continue candidates;
                }
            }
            return i;
        }
        return -1;
    }

    /** Decodes the string body {@code document[start, end)}, which the validator has checked. */
    static String unescape(byte[] document, int start, int end) {
        String raw = new String(document, start, end - start, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = raw.charAt(++i);
            switch (escape) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(raw, i + 1, i + 5, 16));
                    i += 4;
                }
                default -> out.append(escape); // '"', '\\' or '/'
            }
        }
        return out.toString();
    }

    /** The value's first byte has been consumed: it is at head - 1. */
    private JsonDecodeException mismatch(JsonIterator iterator, byte first, int base) {
        String expected = switch (kind) {
            case STRING -> "a string";
            case LONG, INT, BIG_INTEGER -> "an integer";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
            case RECORD, OBJECT -> "an object";
            case LIST, ARRAY -> "an array";
            default -> "a value";
        };
        return new JsonDecodeException(JsoniterDecoder.NAME, CodegenAccess.head(iterator) - 1 - base, "expected " + expected
                + " for " + where + ", found " + found(first) + (first == 'n' ? " (a primitive takes no null)" : ""));
    }

    private JsonDecodeException numberMismatch(int start, Object number, String expected) {
        String why = number instanceof Double
                ? "expected " + expected + " for " + where + ", found a number with a fraction or exponent"
                : "integer is out of range for " + expected + ", for " + where;
        return new JsonDecodeException(JsoniterDecoder.NAME, start, why);
    }

    private static String found(byte first) {
        return switch (first) {
            case '{' -> "an object";
            case '[' -> "an array";
            case '"' -> "a string";
            case 't', 'f' -> "a boolean";
            case 'n' -> "null";
            default -> "a number";
        };
    }
}
