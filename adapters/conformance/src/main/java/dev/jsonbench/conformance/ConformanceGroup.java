package dev.jsonbench.conformance;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestInstance;

/**
 * What the groups of the {@link ConformanceSuite} share: the decoder under test, which the suite that holds the group
 * creates, and the helpers the cases assert with.
 *
 * <p>A decode either returns the value the value model prescribes or throws {@link JsonDecodeException}; every other
 * throwable (a backend's exception, {@code StackOverflowError}, {@code ArrayIndexOutOfBoundsException}, ...) is a
 * failure, and {@link #accepted} and {@link #rejected} print its class. No case asserts speed: {@link #guarded}
 * with a generous bound ({@link #HANG_GUARD}) only turns a hang on hostile input into a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConformanceGroup {

    /** Bound on one hostile decode; a hang guard only, never a speed assertion. */
    protected static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private final ConformanceSuite suite;

    protected ConformanceGroup(ConformanceSuite suite) {
        this.suite = Objects.requireNonNull(suite, "suite");
    }

    /** The decoder of the backend under test for {@code limits}, created once per suite run. */
    protected final JsonDecoder decoderFor(DecodeLimits limits) {
        return suite.decoderFor(limits);
    }

    /** The decoder with {@link DecodeLimits#defaults()}. */
    protected final JsonDecoder decoder() {
        return decoderFor(DecodeLimits.defaults());
    }

    /** A new decoder, shared with no other case: for the cases about decoders that must not affect each other. */
    protected final JsonDecoder newDecoder(DecodeLimits limits) {
        return suite.decoder(limits);
    }

    /** Decodes {@code json} (UTF-8) as a tree with the default limits. */
    protected final Object decode(String json) {
        byte[] bytes = bytes(json);
        return accepted(Show.document(bytes), () -> decoder().decodeTree(bytes));
    }

    protected final <T> T decodeTyped(Class<T> type, String json) {
        byte[] bytes = bytes(json);
        return accepted(Show.document(bytes) + " into " + type.getSimpleName(), () -> decoder().forType(type).decode(bytes));
    }

    /** Runs a decode that must succeed; any throwable becomes a failure naming its class. */
    protected static <T> T accepted(String what, Supplier<T> decode) {
        try {
            return decode.get();
        } catch (Throwable t) {
            throw new AssertionError(what + ": expected a value, but " + describe(t), t);
        }
    }

    /** Runs a decode that must throw exactly {@link JsonDecodeException}; returns it. */
    protected static JsonDecodeException rejected(String what, Supplier<?> decode) {
        Object value;
        try {
            value = decode.get();
        } catch (JsonDecodeException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError(what + ": expected JsonDecodeException, but " + describe(t), t);
        }
        throw new AssertionError(what + ": expected JsonDecodeException, but it decoded to " + Show.value(value));
    }

    /** What a decode did: returned a value or threw. */
    record Outcome(Object value, Throwable thrown) {
        @Override
        public String toString() {
            return thrown == null ? "decoded" : thrown.getClass().getSimpleName();
        }
    }

    /** Runs a decode that may return or throw anything, and says which. */
    static Outcome outcome(Supplier<?> decode) {
        try {
            return new Outcome(decode.get(), null);
        } catch (Throwable t) {
            return new Outcome(null, t);
        }
    }

    /** Runs {@code body} on another thread, failing if it takes longer than {@link #HANG_GUARD} (a hang guard only). */
    protected static <T> T guarded(Supplier<T> body) {
        return assertTimeoutPreemptively(HANG_GUARD, body::get,
                () -> "did not finish within the hang guard of " + HANG_GUARD.toSeconds() + " s (a hang guard, not a speed test)");
    }

    /** Fails unless {@code actual} equals {@code expected} in the value model: same Java types, same order. */
    protected static void assertSameValue(String what, Object expected, Object actual) {
        String difference = difference("$", expected, actual);
        if (difference != null) {
            throw new AssertionError(what + ": " + difference + "\nexpected: " + Show.value(expected)
                    + "\nactual:   " + Show.value(actual));
        }
    }

    /**
     * The first difference between two values of the value model, or null if there is none. Stricter than
     * {@code equals}: numbers must have the same class ({@code Long} 1 is not {@code Double} 1.0 nor
     * {@code Integer} 1), {@code -0.0} is not {@code 0.0}, and maps must iterate in the same order.
     */
    static String difference(String path, Object expected, Object actual) {
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a)) {
                return path + ": expected an object (Map), got " + Show.value(actual);
            }
            if (e.size() != a.size()) {
                return path + ": expected " + e.size() + " members " + e.keySet() + ", got " + a.size() + " " + a.keySet();
            }
            Iterator<? extends Map.Entry<?, ?>> ei = e.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> ai = a.entrySet().iterator();
            int index = 0;
            while (ei.hasNext()) {
                Map.Entry<?, ?> ee = ei.next();
                Map.Entry<?, ?> ae = ai.next();
                if (!Objects.equals(ee.getKey(), ae.getKey())) {
                    return path + ": member " + index + " should be named " + Show.value(ee.getKey()) + ", is "
                            + Show.value(ae.getKey()) + " (document order is " + Show.value(names(e)) + ")";
                }
                String inner = difference(path + "." + ee.getKey(), ee.getValue(), ae.getValue());
                if (inner != null) {
                    return inner;
                }
                index++;
            }
            return null;
        }
        if (expected instanceof List<?> e) {
            if (!(actual instanceof List<?> a)) {
                return path + ": expected an array (List), got " + Show.value(actual);
            }
            if (e.size() != a.size()) {
                return path + ": expected " + e.size() + " elements, got " + a.size();
            }
            for (int i = 0; i < e.size(); i++) {
                String inner = difference(path + "[" + i + "]", e.get(i), a.get(i));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (expected == null ? actual == null
                : actual != null && expected.getClass() == actual.getClass() && expected.equals(actual)) {
            return null;
        }
        return path + ": expected " + Show.value(expected) + ", got " + Show.value(actual);
    }

    /** A throwable's class, message and top frames, for failure messages. */
    static String describe(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        String[] lines = trace.toString().split("\n");
        return "threw " + t.getClass().getName() + ": " + t.getMessage() + "\n    "
                + String.join("\n    ", Arrays.copyOfRange(lines, 1, Math.min(lines.length, 8)));
    }

    /** The member names of an object in iteration order. */
    static List<Object> names(Map<?, ?> map) {
        return new ArrayList<>(map.keySet());
    }

    static byte[] bytes(String s) {
        return JsonBytes.bytes(s);
    }

    static byte[] concat(byte[]... parts) {
        return JsonBytes.concat(parts);
    }

    static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** {@code depth} nested lists around {@code innermost}: depth 1 is {@code innermost} itself. */
    static List<Object> nestedLists(int depth, List<Object> innermost) {
        List<Object> value = innermost;
        for (int i = 1; i < depth; i++) {
            value = List.of(value);
        }
        return value;
    }

    /** {@code depth} nested objects {@code {"a": ...}} around {@code innermost}. */
    static Map<String, Object> nestedMaps(int depth, Object innermost) {
        Object value = innermost;
        for (int i = 0; i < depth; i++) {
            value = Rfc8259Corpus.map("a", value);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }
}
