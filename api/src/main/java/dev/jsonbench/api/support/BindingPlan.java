package dev.jsonbench.api.support;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.TypeShape.ScalarKind;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link TypeShape} compiled, once per type at {@code forType}, for an adapter that walks its backend's tokens or
 * DOM itself: one node per value to bind, with what a token loop needs at hand and the binding rules of
 * {@link dev.jsonbench.api.TypedDecoder} that do not depend on the backend (which JSON kind fits, how a number
 * binds, what is refused and how the refusal is worded). Immutable and thread-safe.
 *
 * <p>The adapter keeps the loop: it switches on {@link #kind()} (int ids, as jackson-core's {@code JsonTokenId},
 * so that dispatch is one {@code tableswitch} and no virtual call per value) and reads its backend's tokens.
 *
 * <p>Error labels: what a node fills is named by the simple name of the record and the component,
 * {@code "Item.id"}; a list or array element adds {@code "[]"}, a map value {@code "{}"}; the top-level value is the
 * type's simple name ({@code "List<Item>"}).
 *
 * <p>A plan may be cyclic: the components of a recursive record ({@code record Node(List<Node> children)}) are the
 * ones of the record node above it, so a token loop that recurses by {@link #component} and {@link #element} just
 * follows them.
 */
public final class BindingPlan {

    public static final int STRING = 0;
    public static final int LONG = 1;
    public static final int INT = 2;
    public static final int DOUBLE = 3;
    public static final int BOOLEAN = 4;
    public static final int BIG_INTEGER = 5;
    /** A record: {@link #size()} components, matched by name. */
    public static final int RECORD = 6;
    /** A {@code List<E>} of a typed {@link #element()}. */
    public static final int LIST = 7;
    /** {@code Object}: any value of the value model. */
    public static final int ANY = 8;
    /** {@code Map<String,Object>}: an object of the value model. */
    public static final int OBJECT = 9;
    /** {@code List<Object>}: an array of the value model. */
    public static final int ARRAY = 10;
    /** A {@code Map<String, V>} of a typed {@link #element()}, the value: a LinkedHashMap in document order. */
    public static final int MAP = 11;
    /** An array {@code E[]} of a typed {@link #element()}: read the elements as for a LIST, then {@link #toArray}. */
    public static final int JAVA_ARRAY = 12;

    private static final int FNV_OFFSET_BASIS = 0x811c9dc5;
    private static final int FNV_PRIME = 0x1000193;

    private final int kind;
    private final boolean nullable;
    /** The scalar kind of a STRING, LONG, INT, DOUBLE, BOOLEAN or BIG_INTEGER node, else null. */
    private final ScalarKind scalar;
    private final String where;

    // RECORD
    private final TypeShape.RecordOf record;
    private final BindingPlan[] components;
    private final byte[][] names;
    private final int[] nameHashes;

    // LIST, MAP, JAVA_ARRAY
    private final BindingPlan element;
    private final TypeShape.ArrayOf array;

    private BindingPlan(int kind, boolean nullable, ScalarKind scalar, String where, TypeShape.RecordOf record,
            BindingPlan[] components, BindingPlan element, TypeShape.ArrayOf array) {
        this.kind = kind;
        this.nullable = nullable;
        this.scalar = scalar;
        this.where = where;
        this.record = record;
        this.components = components;
        this.element = element;
        this.array = array;
        if (record == null) {
            this.names = null;
            this.nameHashes = null;
        } else {
            this.names = new byte[record.size()][];
            this.nameHashes = new int[record.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = record.name(i).getBytes(StandardCharsets.UTF_8);
                nameHashes[i] = hash(names[i], 0, names[i].length);
            }
        }
    }

    /**
     * The plan for {@code type}: a {@code Class} or a generic type ({@code List<Item>}, {@code Page<Item>}).
     *
     * @throws IllegalArgumentException naming the backend, the type and the component that cannot be bound
     */
    public static BindingPlan of(Type type, String backend) {
        return of(TypeShape.of(type, backend), TypeShapeAnalysis.simpleName(type), new HashMap<>());
    }

    /**
     * @param enclosing the record nodes being built above this one: a recursive record shares their components
     */
    private static BindingPlan of(TypeShape shape, String where, Map<TypeShape.RecordOf, BindingPlan> enclosing) {
        return switch (shape) {
            case TypeShape.RecordOf r -> {
                BindingPlan outer = enclosing.get(r);
                if (outer != null) {
                    yield new BindingPlan(RECORD, true, null, where, r, outer.components, null, null);
                }
                BindingPlan[] components = new BindingPlan[r.size()];
                BindingPlan plan = new BindingPlan(RECORD, true, null, where, r, components, null, null);
                enclosing.put(r, plan);
                for (int i = 0; i < components.length; i++) {
                    components[i] = of(r.component(i), r.type().getSimpleName() + "." + r.name(i), enclosing);
                }
                enclosing.remove(r);
                yield plan;
            }
            case TypeShape.ListOf l -> new BindingPlan(LIST, true, null, where, null, null,
                    of(l.element(), where + "[]", enclosing), null);
            case TypeShape.MapOf m -> new BindingPlan(MAP, true, null, where, null, null,
                    of(m.value(), where + "{}", enclosing), null);
            case TypeShape.ArrayOf a -> new BindingPlan(JAVA_ARRAY, true, null, where, null, null,
                    of(a.element(), where + "[]", enclosing), a);
            case TypeShape.Tree t -> new BindingPlan(switch (t.expected()) {
                case ANY -> ANY;
                case OBJECT -> OBJECT;
                case ARRAY -> ARRAY;
            }, true, null, where, null, null, null, null);
            case TypeShape.Scalar s -> new BindingPlan(switch (s.kind()) {
                case STRING -> STRING;
                case LONG -> LONG;
                case INT -> INT;
                case DOUBLE -> DOUBLE;
                case BOOLEAN -> BOOLEAN;
                case BIG_INTEGER -> BIG_INTEGER;
            }, s.nullable(), s.kind(), where, null, null, null, null);
        };
    }

    /** One of {@link #STRING} ... {@link #JAVA_ARRAY}. */
    public int kind() {
        return kind;
    }

    /** Whether JSON null binds (false only for a primitive component). */
    public boolean nullable() {
        return nullable;
    }

    /** What this node fills, for error messages: {@code "Item.id"}. */
    public String where() {
        return where;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Records

    /** The number of components of a RECORD. */
    public int size() {
        return components.length;
    }

    /** The plan of component {@code index} of a RECORD. */
    public BindingPlan component(int index) {
        return components[index];
    }

    /** The UTF-8 bytes of component {@code index}'s name (shared: read it, never write it). */
    public byte[] name(int index) {
        return names[index];
    }

    /** The FNV-1a hash of component {@code index}'s name (DSL-JSON's {@code JsonReader.calcHash()} of it). */
    public int nameHash(int index) {
        return nameHashes[index];
    }

    /**
     * The component whose name is the raw bytes {@code document[start, end)} (a member name without escapes, between
     * its quotes), or -1 for a member to skip.
     */
    public int indexOf(byte[] document, int start, int end) {
        byte[][] names = this.names;
        int length = end - start;
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

    /**
     * The component named by the member name {@code document[start, end)} written with escapes
     * ({@code "n\u0061me"}), which raw bytes never match: the name is decoded first (rare).
     */
    public int indexOfEscaped(byte[] document, int start, int end) {
        return indexOf(JsonStrings.unescape(document, start, end));
    }

    /** The component named {@code name} (decoded), or -1 for a member to skip. */
    public int indexOf(String name) {
        return record.indexOf(name);
    }

    /** Fresh constructor arguments holding the value of every absent member (null, 0 or false). */
    public Object[] newArguments() {
        return record.newArguments();
    }

    /**
     * The record built from {@code arguments}.
     *
     * @param offset byte offset of the record's end in the document (-1 if unknown), for the exception
     * @throws JsonDecodeException if the record's constructor throws
     */
    public Object construct(Object[] arguments, String backend, long offset) {
        try {
            return record.construct(arguments);
        } catch (RuntimeException e) {
            throw new JsonDecodeException(backend, offset, "the constructor of " + record.type().getName()
                    + " rejected the decoded values: " + e, e);
        }
    }

    /**
     * The record built from its frame at {@code base} in {@code frames} (see {@link ArgumentFrames}): no argument
     * array, no box for a primitive component.
     *
     * @param offset byte offset of the record's end in the document (-1 if unknown), for the exception
     * @throws JsonDecodeException if the record's constructor throws
     */
    public Object construct(ArgumentFrames frames, int base, String backend, long offset) {
        try {
            return record.construct(frames, base);
        } catch (RuntimeException e) {
            throw new JsonDecodeException(backend, offset, "the constructor of " + record.type().getName()
                    + " rejected the decoded values: " + e, e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Lists, maps and arrays

    /** The plan of the elements of a LIST or JAVA_ARRAY, or of the member values of a MAP. */
    public BindingPlan element() {
        return element;
    }

    /** The JAVA_ARRAY holding {@code elements}, read with {@link #element()} (primitive ones unboxed). */
    public Object toArray(List<Object> elements) {
        return array.toArray(elements);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Numbers and refusals

    /**
     * Binds {@code number} (Long, BigInteger or Double of the value model) to this LONG, INT, DOUBLE or BIG_INTEGER
     * node, as {@link ScalarKind#bindNumber} does.
     *
     * @param offset byte offset of the number in the document (-1 if unknown), for the exception
     * @throws JsonDecodeException if it does not fit (a fraction for an integer, out of range, too large for a double)
     */
    public Object bindNumber(Object number, String backend, long offset) {
        Object bound = scalar.bindNumber(number);
        if (bound == null) {
            throw new JsonDecodeException(backend, offset, DecodeErrors.numberMismatch(scalar, number, where));
        }
        return bound;
    }

    /**
     * The refusal of a value whose JSON text starts with {@code first} (of a validated document): "expected an
     * integer for Item.id, found a string".
     *
     * @param offset byte offset of the value in the document (-1 if unknown)
     */
    public JsonDecodeException mismatch(String backend, long offset, byte first) {
        String expected = switch (kind) {
            case STRING -> "a string";
            case LONG, INT, BIG_INTEGER -> "an integer";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
            case RECORD, OBJECT, MAP -> "an object";
            case LIST, ARRAY, JAVA_ARRAY -> "an array";
            default -> "a value";
        };
        return new JsonDecodeException(backend, offset, "expected " + expected + " for " + where + ", found "
                + DecodeErrors.found(first) + (first == 'n' ? " (a primitive takes no null)" : ""));
    }

    /** The FNV-1a hash of {@code bytes[start, end)}: what DSL-JSON's {@code JsonReader.calcHash()} gives for a name. */
    private static int hash(byte[] bytes, int start, int end) {
        int hash = FNV_OFFSET_BASIS;
        for (int i = start; i < end; i++) {
            hash = (hash ^ bytes[i]) * FNV_PRIME;
        }
        return hash;
    }
}
