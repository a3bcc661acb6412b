package dev.jsonbench.adapters.jsoniter;

import com.jsoniter.CodegenAccess;
import com.jsoniter.JsonIterator;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.BindingPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Typed decoding: drives jsoniter's streaming API (the token primitives jsoniter's own generated decoders use, from
 * {@link CodegenAccess}) and follows the {@link BindingPlan} compiled at {@code forType}, which holds the binding
 * rules. Member names are matched in place, byte for byte, like jsoniter's slice-based decoders but correct for
 * names with escapes (jsoniter's {@code readObjectFieldAsSlice} refuses them and {@code readObjectFieldAsHash} stops
 * at an escaped quote). A decode does no reflective lookup.
 *
 * <p>Dispatch is a switch on {@link BindingPlan#kind()}, so that the JIT sees one monomorphic loop. The grammar is
 * checked as {@link JsoniterTree} checks it, with its helpers.
 */
final class JsoniterBinder {

    private static final String NAME = JsoniterDecoder.NAME;

    private JsoniterBinder() {
    }

    /** The document's value; checks that only whitespace follows it. */
    static Object document(BindingPlan plan, JsoniterState state) throws IOException {
        Object value = read(plan, state, 0);
        JsoniterTree.end(state);
        return value;
    }

    /** Reads the next value, inside {@code depth} containers. */
    static Object read(BindingPlan plan, JsoniterState state, int depth) throws IOException {
        JsonIterator iterator = state.iterator;
        byte first = JsoniterTree.token(state);
        if (first == 'n') {
            if (!plan.nullable()) {
                throw mismatch(plan, state, first);
            }
            JsoniterTree.literal(state, JsoniterTree.ULL);
            return null;
        }
        switch (plan.kind()) {
            case BindingPlan.RECORD:
                if (first != '{') {
                    throw mismatch(plan, state, first);
                }
                return readRecord(plan, state, depth + 1);
            case BindingPlan.LIST:
                if (first != '[') {
                    throw mismatch(plan, state, first);
                }
                return readList(plan, state, depth + 1);
            case BindingPlan.MAP:
                if (first != '{') {
                    throw mismatch(plan, state, first);
                }
                return readMap(plan, state, depth + 1);
            case BindingPlan.JAVA_ARRAY:
                if (first != '[') {
                    throw mismatch(plan, state, first);
                }
                return plan.toArray(readList(plan, state, depth + 1));
            case BindingPlan.STRING:
                if (first != '"') {
                    throw mismatch(plan, state, first);
                }
                CodegenAccess.unreadByte(iterator);
                return iterator.readString();
            case BindingPlan.BOOLEAN:
                if (first == 't') {
                    JsoniterTree.literal(state, JsoniterTree.RUE);
                    return Boolean.TRUE;
                }
                if (first == 'f') {
                    JsoniterTree.literal(state, JsoniterTree.ALSE);
                    return Boolean.FALSE;
                }
                throw mismatch(plan, state, first);
            case BindingPlan.ANY:
                CodegenAccess.unreadByte(iterator);
                return JsoniterTree.value(state, depth);
            case BindingPlan.OBJECT:
                if (first != '{') {
                    throw mismatch(plan, state, first);
                }
                return JsoniterTree.object(state, depth + 1);
            case BindingPlan.ARRAY:
                if (first != '[') {
                    throw mismatch(plan, state, first);
                }
                return JsoniterTree.array(state, depth + 1);
            default:
                if (first != '-' && (first < '0' || first > '9')) {
                    throw mismatch(plan, state, first);
                }
                CodegenAccess.unreadByte(iterator);
                int start = CodegenAccess.head(iterator) - state.base;
                return plan.bindNumber(JsoniterTree.number(state), NAME, start);
        }
    }

    /** A record from the object whose '{' has just been read, the {@code depth}-th container. */
    private static Object readRecord(BindingPlan plan, JsoniterState state, int depth) throws IOException {
        JsoniterTree.enter(state, depth);
        Object[] arguments = plan.newArguments();
        if (JsoniterTree.firstMember(state)) {
            do {
                int index = member(plan, state);
                if (index < 0) {
                    JsoniterTree.skip(state, depth);
                } else {
                    arguments[index] = read(plan.component(index), state, depth);
                }
            } while (JsoniterTree.nextMember(state));
        }
        return plan.construct(arguments, NAME, CodegenAccess.head(state.iterator) - 1 - state.base);
    }

    private static ArrayList<Object> readList(BindingPlan plan, JsoniterState state, int depth) throws IOException {
        JsoniterTree.enter(state, depth);
        ArrayList<Object> list = new ArrayList<>();
        if (JsoniterTree.firstElement(state)) {
            BindingPlan element = plan.element();
            do {
                list.add(read(element, state, depth));
            } while (JsoniterTree.nextElement(state));
        }
        return list;
    }

    /** A typed map whose '{' has been read: member names as the tree reads them, values through the plan's element. */
    private static LinkedHashMap<String, Object> readMap(BindingPlan plan, JsoniterState state, int depth)
            throws IOException {
        JsoniterTree.enter(state, depth);
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        if (JsoniterTree.firstMember(state)) {
            BindingPlan value = plan.element();
            do {
                String name = JsoniterTree.name(state);
                // put: a repeated name keeps its first position and takes the last value.
                map.put(name, read(value, state, depth));
            } while (JsoniterTree.nextMember(state));
        }
        return map;
    }

    /**
     * Reads the member name whose opening quote the iterator has just passed, and the ':' after it; returns the
     * component it binds to, or -1 for a member to skip.
     */
    private static int member(BindingPlan plan, JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        byte[] document = state.document;
        int start = CodegenAccess.head(iterator);
        int scan = JsoniterTree.nameScan(state);
        int end = scan < 0 ? ~scan : scan;
        int index = scan < 0 ? plan.indexOfEscaped(document, start, end) : plan.indexOf(document, start, end);
        CodegenAccess.skipFixedBytes(iterator, end + 1 - start);
        JsoniterTree.colon(state);
        return index;
    }

    /** The value's first byte has been consumed: it is at head - 1. */
    private static JsonDecodeException mismatch(BindingPlan plan, JsoniterState state, byte first) {
        return plan.mismatch(NAME, CodegenAccess.head(state.iterator) - 1 - state.base, first);
    }
}
