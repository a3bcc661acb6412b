package dev.jsonbench.adapters.dsljson;

import com.dslplatform.json.JsonReader;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.BindingPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Typed decoding: walks DSL-JSON's {@link JsonReader} tokens the way DSL-JSON's generated converters do (member names
 * matched by the hash {@link JsonReader#fillName()} computes, then compared byte for byte) and follows the
 * {@link BindingPlan} compiled at {@code forType}, which holds the binding rules. A decode does no reflective lookup.
 *
 * <p>Dispatch is a switch on {@link BindingPlan#kind()}, so that the JIT sees one monomorphic loop. The grammar is
 * checked as {@link DslJsonTree} checks it, with its helpers.
 */
final class DslJsonBinder {

    private static final String NAME = DslJsonDecoder.NAME;

    private DslJsonBinder() {
    }

    /** The document's value, whose first byte the reader has just read; checks that only whitespace follows it. */
    static Object document(BindingPlan plan, DslJsonState state) throws IOException {
        Object value = read(plan, state, 0);
        DslJsonTree.end(state);
        return value;
    }

    /**
     * Reads the value whose first byte the reader has just read, inside {@code depth} containers, and leaves the
     * reader on the value's last byte (numbers: just before the token that follows them), as DSL-JSON's converters
     * do.
     */
    static Object read(BindingPlan plan, DslJsonState state, int depth) throws IOException {
        JsonReader<?> reader = state.reader;
        byte first = reader.last();
        if (first == 'n') {
            if (!plan.nullable()) {
                throw mismatch(plan, reader);
            }
            reader.wasNull();
            return null;
        }
        switch (plan.kind()) {
            case BindingPlan.RECORD:
                if (first != '{') {
                    throw mismatch(plan, reader);
                }
                return readRecord(plan, state, depth + 1);
            case BindingPlan.LIST:
                if (first != '[') {
                    throw mismatch(plan, reader);
                }
                return readList(plan, state, depth + 1);
            case BindingPlan.MAP:
                if (first != '{') {
                    throw mismatch(plan, reader);
                }
                return readMap(plan, state, depth + 1);
            case BindingPlan.JAVA_ARRAY:
                if (first != '[') {
                    throw mismatch(plan, reader);
                }
                return plan.toArray(readList(plan, state, depth + 1));
            case BindingPlan.STRING:
                if (first != '"') {
                    throw mismatch(plan, reader);
                }
                return reader.readString();
            case BindingPlan.BOOLEAN:
                if (first == 't') {
                    reader.wasTrue();
                    return Boolean.TRUE;
                }
                if (first == 'f') {
                    reader.wasFalse();
                    return Boolean.FALSE;
                }
                throw mismatch(plan, reader);
            case BindingPlan.ANY:
                return DslJsonTree.value(state, depth);
            case BindingPlan.OBJECT:
                if (first != '{') {
                    throw mismatch(plan, reader);
                }
                return DslJsonTree.object(state, depth + 1);
            case BindingPlan.ARRAY:
                if (first != '[') {
                    throw mismatch(plan, reader);
                }
                return DslJsonTree.array(state, depth + 1);
            default:
                if (first != '-' && (first < '0' || first > '9')) {
                    throw mismatch(plan, reader);
                }
                int start = reader.getCurrentIndex() - 1;
                return plan.bindNumber(DslJsonTree.number(state), NAME, start);
        }
    }

    /** A record from the object whose '{' the reader has just read, the {@code depth}-th container. */
    private static Object readRecord(BindingPlan plan, DslJsonState state, int depth) throws IOException {
        JsonReader<?> reader = DslJsonTree.enter(state, depth);
        Object[] arguments = plan.newArguments();
        if (reader.getNextToken() != '}') {
            do {
                int index = indexOf(plan, reader, reader.fillName(), state.document);
                reader.getNextToken();
                if (index < 0) {
                    DslJsonTree.skip(state, depth);
                } else {
                    arguments[index] = read(plan.component(index), state, depth);
                }
            } while (DslJsonTree.nextMember(reader));
        }
        return plan.construct(arguments, NAME, reader.getCurrentIndex() - 1);
    }

    private static ArrayList<Object> readList(BindingPlan plan, DslJsonState state, int depth) throws IOException {
        JsonReader<?> reader = DslJsonTree.enter(state, depth);
        ArrayList<Object> list = new ArrayList<>();
        if (reader.getNextToken() == ']') {
            return list;
        }
        BindingPlan element = plan.element();
        do {
            list.add(read(element, state, depth));
        } while (DslJsonTree.nextElement(reader));
        return list;
    }

    /** A typed map: member names as the tree reads them, values through the plan's element. */
    private static LinkedHashMap<String, Object> readMap(BindingPlan plan, DslJsonState state, int depth)
            throws IOException {
        JsonReader<?> reader = DslJsonTree.enter(state, depth);
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        if (reader.getNextToken() == '}') {
            return map;
        }
        BindingPlan value = plan.element();
        do {
            String name = reader.readKey();
            // put: a repeated name keeps its first position and takes the last value.
            map.put(name, read(value, state, depth));
        } while (DslJsonTree.nextMember(reader));
        return map;
    }

    /** The component the member name just read binds to, or -1 for a member to skip. */
    private static int indexOf(BindingPlan plan, JsonReader<?> reader, int hash, byte[] document) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.nameHash(i) == hash && reader.wasLastName(plan.name(i))) {
                return i;
            }
        }
        // A name spelled with escapes ("n\u0061me") hashes and compares differently: decode it (rare).
        int start = reader.getTokenStart();
        int end = start;
        boolean escaped = false;
        while (document[end] != '"') {
            if (document[end] == '\\') {
                escaped = true;
                end++;
            }
            end++;
        }
        return escaped ? plan.indexOfEscaped(document, start, end) : -1;
    }

    /** The value's first byte has been read: it is at the reader's position - 1. */
    private static JsonDecodeException mismatch(BindingPlan plan, JsonReader<?> reader) {
        return plan.mismatch(NAME, reader.getCurrentIndex() - 1, reader.last());
    }
}
