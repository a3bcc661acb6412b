package dev.jsonbench.adapters.jsoniter;

import com.jsoniter.CodegenAccess;
import com.jsoniter.JsonIterator;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.DecodeErrors;
import dev.jsonbench.api.support.JsonStrings;
import dev.jsonbench.api.support.TypeShape;
import java.io.IOException;
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
    /** The scalar kind of a STRING, LONG, INT, DOUBLE, BOOLEAN or BIG_INTEGER binder, else null. */
    private final TypeShape.ScalarKind scalar;
    /** What this binder fills, for error messages: "Item.id". */
    private final String where;

    // RECORD
    private final TypeShape.RecordOf record;
    private final JsoniterBinder[] components;
    private final byte[][] names;

    // LIST
    private final JsoniterBinder element;

    private JsoniterBinder(int kind, boolean nullable, TypeShape.ScalarKind scalar, String where, TypeShape.RecordOf record,
            JsoniterBinder[] components, byte[][] names, JsoniterBinder element) {
        this.kind = kind;
        this.nullable = nullable;
        this.scalar = scalar;
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
            return new JsoniterBinder(RECORD, true, null, where, r, components, names, null);
        }
        if (shape instanceof TypeShape.ListOf l) {
            return new JsoniterBinder(LIST, true, null, where, null, null, null, of(l.element(), where + "[]"));
        }
        if (shape instanceof TypeShape.Tree t) {
            int kind = switch (t.expected()) {
                case ANY -> ANY;
                case OBJECT -> OBJECT;
                case ARRAY -> ARRAY;
            };
            return new JsoniterBinder(kind, true, null, where, null, null, null, null);
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
        return new JsoniterBinder(kind, s.nullable(), s.kind(), where, null, null, null, null);
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
        Object bound = binder.scalar.bindNumber(number);
        if (bound == null) {
            throw binder.numberMismatch(start, number);
        }
        return bound;
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
        int index = escaped ? record.indexOf(JsonStrings.unescape(document, start, end)) : indexOf(document, start, end - start);
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
                + " for " + where + ", found " + DecodeErrors.found(first) + (first == 'n' ? " (a primitive takes no null)" : ""));
    }

    /** {@code number} does not fit this numeric component ({@link TypeShape.ScalarKind#bindNumber} gave null). */
    private JsonDecodeException numberMismatch(int start, Object number) {
        return new JsonDecodeException(JsoniterDecoder.NAME, start, DecodeErrors.numberMismatch(scalar, number, where));
    }
}
