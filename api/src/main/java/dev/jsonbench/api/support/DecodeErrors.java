package dev.jsonbench.api.support;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.TypeShape.ScalarKind;

/** Error messages that adapters word alike; each adapter still throws with its own name and position. */
public final class DecodeErrors {
    private DecodeErrors() {
    }

    /** The decode of a document ran out of this thread's stack (the cause, if any, is {@code e}). */
    public static JsonDecodeException stackOverflow(String backend, DecodeLimits limits, StackOverflowError e) {
        return new JsonDecodeException(backend, -1, "the document nests too deeply for this thread's stack; lower"
                + " DecodeLimits.maxNestingDepth (now " + limits.maxNestingDepth() + ") or give threads more stack", e);
    }

    /**
     * Why {@code number} does not fit a component of {@code kind} filling {@code where}, that is why
     * {@link ScalarKind#bindNumber} gave null: a fraction or exponent for an integer kind, an integer out of range,
     * or (DOUBLE) an integer too large for a finite double.
     */
    public static String numberMismatch(ScalarKind kind, Object number, String where) {
        if (kind == ScalarKind.DOUBLE) {
            return "integer is too large for a double, for " + where;
        }
        String expected = switch (kind) {
            case LONG -> "a long";
            case INT -> "an int";
            default -> "an integer";
        };
        return number instanceof Double
                ? "expected " + expected + " for " + where + ", found a number with a fraction or exponent"
                : "integer is out of range for " + expected + ", for " + where;
    }

    /** What a JSON value is, from its first byte (of a validated document): "an object", "null", "a number"... */
    public static String found(byte first) {
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
