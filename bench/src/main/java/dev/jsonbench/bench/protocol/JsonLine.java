package dev.jsonbench.bench.protocol;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Writes a protocol message ({@link RunReport}, a runner list) as one line of JSON. Hand-written so that a measured
 * fork loads no JSON library of its own (the contestants are JSON libraries); it runs only after the measured work.
 * Record components are written under their snake-case names ({@code elapsedNs} as {@code elapsed_ns}), the names
 * Jackson's {@code SNAKE_CASE} strategy reads back in the parent; enums as their names; non-finite doubles as null.
 */
public final class JsonLine {

    private JsonLine() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(1024);
        value(out, value);
        return out.toString();
    }

    /** {@code elapsedNs} → {@code elapsed_ns}. */
    public static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void value(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(out, s);
            case Boolean b -> out.append(b);
            case Double d -> out.append(Double.isFinite(d) ? d.toString() : "null");
            case Number n -> out.append(n);
            case Enum<?> e -> string(out, e.name());
            case Record r -> record(out, r);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    first = separate(out, first);
                    string(out, String.valueOf(entry.getKey()));
                    out.append(": ");
                    value(out, entry.getValue());
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object element : list) {
                    first = separate(out, first);
                    value(out, element);
                }
                out.append(']');
            }
            default -> string(out, value.toString());
        }
    }

    private static void record(StringBuilder out, Record record) {
        out.append('{');
        boolean first = true;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            first = separate(out, first);
            string(out, snakeCase(component.getName()));
            out.append(": ");
            try {
                value(out, component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
            }
        }
        out.append('}');
    }

    private static boolean separate(StringBuilder out, boolean first) {
        if (!first) {
            out.append(", ");
        }
        return false;
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
