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
 * <p>Dispatch is a switch on {@link BindingPlan#kind()}, so that the JIT sees one monomorphic loop.
 */
final class JsoniterBinder {

    private static final String NAME = JsoniterDecoder.NAME;

    private JsoniterBinder() {
    }

    /** Reads the next value. */
    static Object read(BindingPlan plan, JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        byte first = CodegenAccess.nextToken(iterator);
        if (first == 'n') {
            if (!plan.nullable()) {
                throw mismatch(plan, state, first);
            }
            CodegenAccess.skipFixedBytes(iterator, 3);
            return null;
        }
        switch (plan.kind()) {
            case BindingPlan.RECORD:
                if (first != '{') {
                    throw mismatch(plan, state, first);
                }
                return readRecord(plan, state);
            case BindingPlan.LIST:
                if (first != '[') {
                    throw mismatch(plan, state, first);
                }
                return readList(plan, state);
            case BindingPlan.MAP:
                if (first != '{') {
                    throw mismatch(plan, state, first);
                }
                return readMap(plan, state);
            case BindingPlan.JAVA_ARRAY:
                if (first != '[') {
                    throw mismatch(plan, state, first);
                }
                return plan.toArray(readList(plan, state));
            case BindingPlan.STRING:
                if (first != '"') {
                    throw mismatch(plan, state, first);
                }
                CodegenAccess.unreadByte(iterator);
                return iterator.readString();
            case BindingPlan.BOOLEAN:
                if (first == 't') {
                    CodegenAccess.skipFixedBytes(iterator, 3);
                    return Boolean.TRUE;
                }
                if (first == 'f') {
                    CodegenAccess.skipFixedBytes(iterator, 4);
                    return Boolean.FALSE;
                }
                throw mismatch(plan, state, first);
            case BindingPlan.ANY:
                CodegenAccess.unreadByte(iterator);
                return JsoniterTree.value(state);
            case BindingPlan.OBJECT:
                if (first != '{') {
                    throw mismatch(plan, state, first);
                }
                CodegenAccess.unreadByte(iterator);
                return JsoniterTree.object(state);
            case BindingPlan.ARRAY:
                if (first != '[') {
                    throw mismatch(plan, state, first);
                }
                CodegenAccess.unreadByte(iterator);
                return JsoniterTree.array(state);
            default:
                if (first != '-' && (first < '0' || first > '9')) {
                    throw mismatch(plan, state, first);
                }
                CodegenAccess.unreadByte(iterator);
                int start = CodegenAccess.head(iterator) - state.base;
                return plan.bindNumber(JsoniterTree.number(state), NAME, start);
        }
    }

    private static Object readRecord(BindingPlan plan, JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        Object[] arguments = plan.newArguments();
        if (CodegenAccess.nextToken(iterator) != '}') {
            for (;;) {
                // The head is just past the name's opening quote.
                int index = member(plan, iterator, state.document);
                if (index < 0) {
                    iterator.skip();
                } else {
                    arguments[index] = read(plan.component(index), state);
                }
                if (CodegenAccess.nextToken(iterator) != ',') {
                    break;
                }
                CodegenAccess.nextToken(iterator);
            }
        }
        return plan.construct(arguments, NAME, CodegenAccess.head(iterator) - 1 - state.base);
    }

    private static ArrayList<Object> readList(BindingPlan plan, JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        ArrayList<Object> list = new ArrayList<>();
        if (CodegenAccess.nextToken(iterator) == ']') {
            return list;
        }
        CodegenAccess.unreadByte(iterator);
        BindingPlan element = plan.element();
        do {
            list.add(read(element, state));
        } while (CodegenAccess.nextToken(iterator) == ',');
        return list;
    }

    /** A typed map whose '{' has been consumed: member names as the tree reads them, values through the plan's element. */
    private static LinkedHashMap<String, Object> readMap(BindingPlan plan, JsoniterState state) throws IOException {
        JsonIterator iterator = state.iterator;
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        if (CodegenAccess.nextToken(iterator) == '}') {
            return map;
        }
        BindingPlan value = plan.element();
        do {
            String name = JsoniterTree.name(iterator, state.document, state.names);
            // put: a repeated name keeps its first position and takes the last value.
            map.put(name, read(value, state));
            if (CodegenAccess.nextToken(iterator) != ',') {
                return map;
            }
        } while (CodegenAccess.nextToken(iterator) == '"');
        throw new IllegalStateException("expected a member name");
    }

    /**
     * Reads the member name whose opening quote the iterator has just passed, and the ':' after it; returns the
     * component it binds to, or -1 for a member to skip.
     */
    private static int member(BindingPlan plan, JsonIterator iterator, byte[] document) throws IOException {
        int start = CodegenAccess.head(iterator);
        int end = start;
        boolean escaped = false;
        for (byte b; (b = document[end]) != '"'; end++) {
            if (b == '\\') {
                escaped = true;
                end++;
            }
        }
        int index = escaped ? plan.indexOfEscaped(document, start, end) : plan.indexOf(document, start, end);
        CodegenAccess.skipFixedBytes(iterator, end + 1 - start);
        CodegenAccess.nextToken(iterator); // ':'
        return index;
    }

    /** The value's first byte has been consumed: it is at head - 1. */
    private static JsonDecodeException mismatch(BindingPlan plan, JsoniterState state, byte first) {
        return plan.mismatch(NAME, CodegenAccess.head(state.iterator) - 1 - state.base, first);
    }
}
