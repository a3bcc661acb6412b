package dev.jsonbench.adapters.dsljson;

import com.dslplatform.json.JsonReader;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.DecodeErrors;
import dev.jsonbench.api.support.JsonStrings;
import dev.jsonbench.api.support.TypeShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * A typed reader compiled once, at {@code forType}, from a {@link TypeShape}: it walks DSL-JSON's
 * {@link JsonReader} tokens the way DSL-JSON's generated converters do (member names matched by the hash
 * {@link JsonReader#fillName()} computes, then compared byte for byte), and applies the binding rules of
 * {@link dev.jsonbench.api.TypedDecoder}. A decode does no reflective lookup: records are built through the shape's
 * constructor handle.
 *
 * <p>Dispatch is a switch on {@link #kind} rather than a virtual call, so that the JIT sees one monomorphic
 * method per component kind.
 */
final class DslJsonBinder {

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
    /** What this binder fills, for error messages: "dev.example.Item.id". */
    private final String where;

    // RECORD
    private final TypeShape.RecordOf record;
    private final DslJsonBinder[] components;
    private final byte[][] names;
    private final int[] hashes;

    // LIST
    private final DslJsonBinder element;

    private DslJsonBinder(int kind, boolean nullable, TypeShape.ScalarKind scalar, String where, TypeShape.RecordOf record,
            DslJsonBinder[] components, byte[][] names, int[] hashes, DslJsonBinder element) {
        this.kind = kind;
        this.nullable = nullable;
        this.scalar = scalar;
        this.where = where;
        this.record = record;
        this.components = components;
        this.names = names;
        this.hashes = hashes;
        this.element = element;
    }

    /** The binder for {@code shape}, which fills {@code where}. */
    static DslJsonBinder of(TypeShape shape, String where) {
        if (shape instanceof TypeShape.RecordOf r) {
            int size = r.size();
            DslJsonBinder[] components = new DslJsonBinder[size];
            byte[][] names = new byte[size][];
            int[] hashes = new int[size];
            for (int i = 0; i < size; i++) {
                components[i] = of(r.component(i), r.type().getSimpleName() + "." + r.name(i));
                names[i] = r.name(i).getBytes(StandardCharsets.UTF_8);
                hashes[i] = hash(names[i]);
            }
            return new DslJsonBinder(RECORD, true, null, where, r, components, names, hashes, null);
        }
        if (shape instanceof TypeShape.ListOf l) {
            return new DslJsonBinder(LIST, true, null, where, null, null, null, null, of(l.element(), where + "[]"));
        }
        if (shape instanceof TypeShape.Tree t) {
            int kind = switch (t.expected()) {
                case ANY -> ANY;
                case OBJECT -> OBJECT;
                case ARRAY -> ARRAY;
            };
            return new DslJsonBinder(kind, true, null, where, null, null, null, null, null);
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
        return new DslJsonBinder(kind, s.nullable(), s.kind(), where, null, null, null, null, null);
    }

    /**
     * Reads the value whose first byte the reader has just read and leaves the reader on the value's last byte
     * (numbers: just before the token that follows them), as DSL-JSON's converters do.
     */
    static Object read(DslJsonBinder binder, JsonReader<?> reader, byte[] document) throws IOException {
        byte first = reader.last();
        if (first == 'n') {
            if (!binder.nullable) {
                throw binder.mismatch(reader);
            }
            reader.wasNull();
            return null;
        }
        switch (binder.kind) {
            case RECORD:
                if (first != '{') {
                    throw binder.mismatch(reader);
                }
                return readRecord(binder, reader, document);
            case LIST:
                if (first != '[') {
                    throw binder.mismatch(reader);
                }
                return readList(binder, reader, document);
            case STRING:
                if (first != '"') {
                    throw binder.mismatch(reader);
                }
                return reader.readString();
            case BOOLEAN:
                if (first == 't') {
                    reader.wasTrue();
                    return Boolean.TRUE;
                }
                if (first == 'f') {
                    reader.wasFalse();
                    return Boolean.FALSE;
                }
                throw binder.mismatch(reader);
            case ANY:
                return DslJsonTree.value(reader, document);
            case OBJECT:
                if (first != '{') {
                    throw binder.mismatch(reader);
                }
                return DslJsonTree.object(reader, document);
            case ARRAY:
                if (first != '[') {
                    throw binder.mismatch(reader);
                }
                return DslJsonTree.array(reader, document);
            default:
                return readNumber(binder, reader, document, first);
        }
    }

    private static Object readRecord(DslJsonBinder binder, JsonReader<?> reader, byte[] document) throws IOException {
        Object[] arguments = binder.record.newArguments();
        DslJsonBinder[] components = binder.components;
        if (reader.getNextToken() != '}') {
            for (;;) {
                int index = binder.indexOf(reader, reader.fillName(), document);
                reader.getNextToken();
                byte next;
                if (index < 0) {
                    next = reader.skip();
                } else {
                    arguments[index] = read(components[index], reader, document);
                    next = reader.getNextToken();
                }
                if (next != ',') {
                    break;
                }
                reader.getNextToken();
            }
        }
        try {
            return binder.record.construct(arguments);
        } catch (RuntimeException e) {
            throw new JsonDecodeException(DslJsonDecoder.NAME, reader.getCurrentIndex() - 1, "the constructor of "
                    + binder.record.type().getName() + " rejected the decoded values: " + e, e);
        }
    }

    private static ArrayList<Object> readList(DslJsonBinder binder, JsonReader<?> reader, byte[] document) throws IOException {
        ArrayList<Object> list = new ArrayList<>();
        if (reader.getNextToken() == ']') {
            return list;
        }
        DslJsonBinder element = binder.element;
        for (;;) {
            list.add(read(element, reader, document));
            if (reader.getNextToken() != ',') {
                return list;
            }
            reader.getNextToken();
        }
    }

    private static Object readNumber(DslJsonBinder binder, JsonReader<?> reader, byte[] document, byte first) {
        if (first != '-' && (first < '0' || first > '9')) {
            throw binder.mismatch(reader);
        }
        int start = reader.getCurrentIndex() - 1;
        Object number = DslJsonTree.number(reader, document);
        Object bound = binder.scalar.bindNumber(number);
        if (bound == null) {
            throw binder.numberMismatch(start, number);
        }
        return bound;
    }

    /** The component the member name just read binds to, or -1 for a member to skip. */
    private int indexOf(JsonReader<?> reader, int hash, byte[] document) {
        int[] hashes = this.hashes;
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == hash && reader.wasLastName(names[i])) {
                return i;
            }
        }
        return indexOfEscaped(reader.getTokenStart(), document);
    }

    /**
     * A name spelled with escapes ({@code "n\u0061me"}) hashes and compares differently from the component
     * name, so a name with a backslash is decoded and looked up (rare; JsonReader#wasLastName compares raw bytes).
     */
    private int indexOfEscaped(int start, byte[] document) {
        int end = start;
        boolean escaped = false;
        while (document[end] != '"') {
            if (document[end] == '\\') {
                escaped = true;
                end++;
            }
            end++;
        }
        return escaped ? record.indexOf(JsonStrings.unescape(document, start, end)) : -1;
    }


    /** The hash {@link JsonReader#calcHash()} computes for a name without escapes (FNV-1a over its bytes). */
    static int hash(byte[] name) {
        long hash = 0x811c9dc5;
        for (byte b : name) {
            hash ^= b;
            hash *= 0x1000193;
        }
        return (int) hash;
    }

    private JsonDecodeException mismatch(JsonReader<?> reader) {
        byte first = reader.last();
        String expected = switch (kind) {
            case STRING -> "a string";
            case LONG, INT, BIG_INTEGER -> "an integer";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
            case RECORD, OBJECT -> "an object";
            case LIST, ARRAY -> "an array";
            default -> "a value";
        };
        return new JsonDecodeException(DslJsonDecoder.NAME, reader.getCurrentIndex() - 1, "expected " + expected
                + " for " + where + ", found " + DecodeErrors.found(first) + (first == 'n' ? " (a primitive takes no null)" : ""));
    }

    /** {@code number} does not fit this numeric component ({@link TypeShape.ScalarKind#bindNumber} gave null). */
    private JsonDecodeException numberMismatch(int start, Object number) {
        return new JsonDecodeException(DslJsonDecoder.NAME, start, DecodeErrors.numberMismatch(scalar, number, where));
    }
}
