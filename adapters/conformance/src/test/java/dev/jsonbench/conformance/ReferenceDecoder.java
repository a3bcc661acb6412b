package dev.jsonbench.conformance;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.AbstractJsonDecoder;
import dev.jsonbench.api.support.BoundTypedDecoder;
import dev.jsonbench.api.support.JsonNumbers;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.api.support.TypeShape;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately simple decoder that follows the contract literally (validate with {@link StrictJsonValidator}, then
 * build values with a recursive-descent reader), used only to check that the suite itself is consistent: every case
 * must pass against it. Not fast, not a backend.
 */
final class ReferenceDecoder extends AbstractJsonDecoder {

    private static final String NAME = "reference";
    private final ThreadLocal<StrictJsonValidator> validators;

    ReferenceDecoder(DecodeLimits limits) {
        super(NAME, ReferenceDecoder.class, "dev.jsonbench", "jsonbench-conformance",
                "StrictJsonValidator, then a recursive-descent reader", limits);
        this.validators = ThreadLocal.withInitial(() -> new StrictJsonValidator(NAME, limits));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypedDecoder<T> forType(Type type) {
        TypeShape shape = TypeShape.of(type, NAME);
        return new BoundTypedDecoder<>(this, type, (json, offset, length) -> {
            validators.get().validate(json, offset, length);
            return (T) new Reader(json, offset, offset + length).bind(shape);
        });
    }

    @Override
    public Object decodeTree(byte[] json, int offset, int length) {
        validators.get().validate(json, offset, length);
        return new Reader(json, offset, offset + length).value();
    }

    /** Reads a document the validator accepted. */
    private static final class Reader {
        private final byte[] b;
        private final int start;
        private final int end;
        private int i;

        Reader(byte[] b, int start, int end) {
            this.b = b;
            this.start = start;
            this.end = end;
            this.i = start;
        }

        private void ws() {
            while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
                i++;
            }
        }

        private byte peek() {
            ws();
            return b[i];
        }

        Object value() {
            byte c = peek();
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    if (peek() == '}') {
                        i++;
                        return map;
                    }
                    for (;;) {
                        ws();
                        String name = string();
                        ws();
                        i++; // ':'
                        map.put(name, value());
                        if (peek() == ',') {
                            i++;
                        } else {
                            i++; // '}'
                            return map;
                        }
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> list = new ArrayList<>();
                    if (peek() == ']') {
                        i++;
                        return list;
                    }
                    for (;;) {
                        list.add(value());
                        if (peek() == ',') {
                            i++;
                        } else {
                            i++;
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    i += 4;
                    return Boolean.TRUE;
                }
                case 'f' -> {
                    i += 5;
                    return Boolean.FALSE;
                }
                case 'n' -> {
                    i += 4;
                    return null;
                }
                default -> {
                    int from = i;
                    while (i < end && "+-.eE0123456789".indexOf(b[i]) >= 0) {
                        i++;
                    }
                    return JsonNumbers.parse(b, from, i - from, NAME, from - start);
                }
            }
        }

        String string() {
            i++; // opening quote
            StringBuilder s = new StringBuilder();
            int run = i;
            while (b[i] != '"') {
                if (b[i] == '\\') {
                    s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
                    char e = (char) b[i + 1];
                    i += 2;
                    switch (e) {
                        case 'b' -> s.append('\b');
                        case 'f' -> s.append('\f');
                        case 'n' -> s.append('\n');
                        case 'r' -> s.append('\r');
                        case 't' -> s.append('\t');
                        case 'u' -> {
                            s.append((char) Integer.parseInt(new String(b, i, 4, StandardCharsets.US_ASCII), 16));
                            i += 4;
                        }
                        default -> s.append(e);
                    }
                    run = i;
                } else {
                    i++;
                }
            }
            s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
            i++;
            return s.toString();
        }

        /** Binds the value read as a tree; the tree keeps no positions, so binding errors give no offset. */
        Object bind(TypeShape shape) {
            return convert(shape, value());
        }

        private Object convert(TypeShape shape, Object value) {
            switch (shape) {
                case TypeShape.Tree tree -> {
                    boolean ok = switch (tree.expected()) {
                        case ANY -> true;
                        case OBJECT -> value == null || value instanceof Map;
                        case ARRAY -> value == null || value instanceof List;
                    };
                    if (!ok) {
                        throw mismatch("expected " + tree.expected() + ", found " + kind(value));
                    }
                    return value;
                }
                case TypeShape.Scalar scalar -> {
                    if (value == null) {
                        if (!scalar.nullable()) {
                            throw mismatch("null for a primitive " + scalar.kind());
                        }
                        return null;
                    }
                    return switch (scalar.kind()) {
                        case STRING -> value instanceof String ? value : fail("a string", value);
                        case BOOLEAN -> value instanceof Boolean ? value : fail("a boolean", value);
                        case DOUBLE -> value instanceof Number n && Double.isFinite(n.doubleValue())
                                ? (Object) n.doubleValue() : fail("a number within the range of a double", value);
                        case LONG -> value instanceof Long ? value : fail("a long integer", value);
                        case INT -> value instanceof Long l && l == l.intValue() ? (Object) l.intValue() : fail("an int", value);
                        case BIG_INTEGER -> value instanceof Long l ? BigInteger.valueOf(l)
                                : value instanceof BigInteger ? value : fail("an integer", value);
                    };
                }
                case TypeShape.ListOf listOf -> {
                    return value == null ? null : elements(listOf.element(), value);
                }
                case TypeShape.ArrayOf arrayOf -> {
                    return value == null ? null : arrayOf.toArray(elements(arrayOf.element(), value));
                }
                case TypeShape.MapOf mapOf -> {
                    if (value == null) {
                        return null;
                    }
                    if (!(value instanceof Map<?, ?> map)) {
                        throw mismatch("expected an object, found " + kind(value));
                    }
                    Map<String, Object> out = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> member : map.entrySet()) {
                        out.put((String) member.getKey(), convert(mapOf.value(), member.getValue()));
                    }
                    return out;
                }
                case TypeShape.RecordOf record -> {
                    if (value == null) {
                        return null;
                    }
                    if (!(value instanceof Map<?, ?> map)) {
                        throw mismatch("expected an object for " + record.type().getSimpleName() + ", found " + kind(value));
                    }
                    Object[] args = record.newArguments();
                    for (Map.Entry<?, ?> member : map.entrySet()) {
                        int index = record.indexOf((String) member.getKey());
                        if (index >= 0) {
                            args[index] = convert(record.component(index), member.getValue());
                        }
                    }
                    try {
                        return record.construct(args);
                    } catch (RuntimeException e) {
                        throw new JsonDecodeException(NAME, -1, "the constructor of " + record.type().getName()
                                + " rejected the decoded values: " + e, e);
                    }
                }
            }
        }

        private List<Object> elements(TypeShape element, Object value) {
            if (!(value instanceof List<?> list)) {
                throw mismatch("expected an array, found " + kind(value));
            }
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(convert(element, item));
            }
            return out;
        }

        private static Object fail(String expected, Object value) {
            throw mismatch("expected " + expected + ", found " + kind(value));
        }

        private static JsonDecodeException mismatch(String message) {
            return new JsonDecodeException(NAME, -1, message);
        }

        private static String kind(Object value) {
            return value == null ? "null" : value.getClass().getSimpleName();
        }
    }
}
