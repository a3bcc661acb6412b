package dev.jsonbench.adapters.simdjson;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.ArgumentFrames;
import dev.jsonbench.api.support.BindingPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simdjson.JsonValue;

/**
 * Typed decoding: walks simdjson-java's DOM following the {@link BindingPlan} compiled at {@code forType}, which
 * holds the binding rules, and copies every value out of the parser's tape. Two forms of the same rules:
 * <ul>
 *   <li>{@link #read}, generic: a switch on {@link BindingPlan#kind()}, recursive. Used for recursive types and
 *       wherever the generated code meets anything but the expected kind (null, a mismatch, a big integer);</li>
 *   <li>the small per-kind methods below ({@link #string}, {@link #bindLong}, ...), called by the code that
 *       {@link SimdJsonBinderGenerator} generates per type: each takes the expected kind inline and hands anything
 *       else to {@link #read}, so both forms give the same values and the same refusals.</li>
 * </ul>
 * A record's arguments go into the thread's {@link ArgumentFrames}, primitive components unboxed, so that a record
 * costs no argument array and no box. simdjson-java's DOM carries no byte offsets, so refusals give none.
 */
final class SimdJsonBinder {

    private static final String NAME = SimdJsonProvider.NAME;

    private SimdJsonBinder() {
    }

    /** The bound value of {@code v}, which is valid until the state's document ends. */
    static Object read(BindingPlan plan, JsonValue v, SimdJsonState state) {
        if (v.isNull()) {
            if (!plan.nullable()) {
                throw mismatch(plan, v);
            }
            return null;
        }
        switch (plan.kind()) {
            case BindingPlan.RECORD:
                if (!v.isObject()) {
                    throw mismatch(plan, v);
                }
                return readRecord(plan, v, state);
            case BindingPlan.LIST:
                if (!v.isArray()) {
                    throw mismatch(plan, v);
                }
                return readList(plan, v, state);
            case BindingPlan.MAP:
                if (!v.isObject()) {
                    throw mismatch(plan, v);
                }
                return readMap(plan, v, state);
            case BindingPlan.JAVA_ARRAY:
                if (!v.isArray()) {
                    throw mismatch(plan, v);
                }
                return plan.toArray(readList(plan, v, state));
            case BindingPlan.STRING:
                if (!v.isString()) {
                    throw mismatch(plan, v);
                }
                return v.asString();
            case BindingPlan.BOOLEAN:
                if (!v.isBoolean()) {
                    throw mismatch(plan, v);
                }
                return v.asBoolean() ? Boolean.TRUE : Boolean.FALSE;
            case BindingPlan.ANY:
                return SimdJsonTree.value(v, state);
            case BindingPlan.OBJECT:
                if (!v.isObject()) {
                    throw mismatch(plan, v);
                }
                return SimdJsonTree.object(v, state);
            case BindingPlan.ARRAY:
                if (!v.isArray()) {
                    throw mismatch(plan, v);
                }
                return SimdJsonTree.array(v, state);
            default:
                if (v.isLong() || v.isDouble()) {
                    return number(plan, v, state);
                }
                throw mismatch(plan, v);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The kinds the generated code takes inline. Each is small enough for C2 to inline into the generated method,
    // so that the DOM's JsonValue view passed in does not escape on the expected path and is scalar-replaced.

    /** A STRING node's value. */
    static Object string(BindingPlan plan, JsonValue v, SimdJsonState state) {
        return v.isString() ? v.asString() : read(plan, v, state);
    }

    /** A boxed LONG, INT, DOUBLE or BIG_INTEGER node's value (a list element, a nullable component). */
    static Object number(BindingPlan plan, JsonValue v, SimdJsonState state) {
        if (v.isLong()) {
            return plan.bindNumber(state.integer(v.asLong()), NAME, -1);
        }
        if (v.isDouble()) {
            return plan.bindNumber(state.finite(v.asDouble()), NAME, -1);
        }
        return read(plan, v, state);
    }

    /** A boxed BOOLEAN node's value. */
    static Object bool(BindingPlan plan, JsonValue v, SimdJsonState state) {
        if (v.isBoolean()) {
            return v.asBoolean() ? Boolean.TRUE : Boolean.FALSE;
        }
        return read(plan, v, state);
    }

    /** Stores a {@code long} component into its frame slot. */
    static void bindLong(BindingPlan plan, JsonValue v, SimdJsonState state, int slot) {
        if (v.isLong()) {
            long value = v.asLong();
            if (state.bigInteger(value) == null) {
                state.frames.setLong(slot, value);
                return;
            }
        }
        state.frames.setBoxed(slot, read(plan, v, state)); // refuses, or a big integer bound to a double
    }

    /** Stores an {@code int} component into its frame slot. */
    static void bindInt(BindingPlan plan, JsonValue v, SimdJsonState state, int slot) {
        if (v.isLong()) {
            long value = v.asLong();
            if ((int) value == value) { // placeholders of big integers are outside the int range
                state.frames.setLong(slot, value);
                return;
            }
        }
        state.frames.setBoxed(slot, read(plan, v, state)); // refuses, or a big integer bound to a double
    }

    /** Stores a {@code double} component into its frame slot. */
    static void bindDouble(BindingPlan plan, JsonValue v, SimdJsonState state, int slot) {
        if (v.isDouble()) {
            state.frames.setDouble(slot, state.finite(v.asDouble()));
            return;
        }
        if (v.isLong() && state.bigInteger(v.asLong()) == null) {
            state.frames.setDouble(slot, v.asLong());
            return;
        }
        state.frames.setBoxed(slot, read(plan, v, state)); // refuses, or a big integer bound to a double
    }

    /** Stores a {@code boolean} component into its frame slot. */
    static void bindBoolean(BindingPlan plan, JsonValue v, SimdJsonState state, int slot) {
        if (v.isBoolean()) {
            state.frames.setBoolean(slot, v.asBoolean());
            return;
        }
        state.frames.setBoxed(slot, read(plan, v, state)); // refuses, or a big integer bound to a double
    }

    // ---------------------------------------------------------------------------------------------------------
    // The generic walk

    private static Object readRecord(BindingPlan plan, JsonValue v, SimdJsonState state) {
        ArgumentFrames frames = state.frames;
        int base = frames.push(plan.size());
        Iterator<Map.Entry<String, JsonValue>> members = v.objectIterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            int index = plan.indexOf(member.getKey());
            if (index >= 0) {
                bindComponent(plan.component(index), member.getValue(), state, base + index);
            }
        }
        Object record = plan.construct(frames, base, NAME, -1);
        frames.pop(base);
        return record;
    }

    /**
     * Stores the value of a component into its frame slot: a primitive one unboxed where the DOM value fits it; every
     * other value, and every refusal, through {@link #read}.
     */
    private static void bindComponent(BindingPlan plan, JsonValue v, SimdJsonState state, int slot) {
        if (plan.nullable()) {
            state.frames.setReference(slot, read(plan, v, state));
            return;
        }
        switch (plan.kind()) { // a primitive
            case BindingPlan.LONG -> bindLong(plan, v, state, slot);
            case BindingPlan.INT -> bindInt(plan, v, state, slot);
            case BindingPlan.DOUBLE -> bindDouble(plan, v, state, slot);
            default -> bindBoolean(plan, v, state, slot);
        }
    }

    private static List<Object> readList(BindingPlan plan, JsonValue v, SimdJsonState state) {
        List<Object> list = new ArrayList<>(v.getSize());
        BindingPlan element = plan.element();
        Iterator<JsonValue> elements = v.arrayIterator();
        while (elements.hasNext()) {
            list.add(read(element, elements.next(), state));
        }
        return list;
    }

    /** A typed map: values through the plan's element; a repeated name keeps its first position and last value. */
    private static Map<String, Object> readMap(BindingPlan plan, JsonValue v, SimdJsonState state) {
        Map<String, Object> map = LinkedHashMap.newLinkedHashMap(v.getSize());
        BindingPlan value = plan.element();
        Iterator<Map.Entry<String, JsonValue>> members = v.objectIterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            map.put(member.getKey(), read(value, member.getValue(), state));
        }
        return map;
    }

    /** The refusal of {@code v}, described by the first byte of its JSON text as the other adapters do. */
    private static JsonDecodeException mismatch(BindingPlan plan, JsonValue v) {
        byte first = v.isObject() ? (byte) '{'
                : v.isArray() ? (byte) '['
                : v.isString() ? (byte) '"'
                : v.isBoolean() ? (byte) 't'
                : v.isNull() ? (byte) 'n'
                : (byte) '0';
        return plan.mismatch(NAME, -1, first);
    }
}
