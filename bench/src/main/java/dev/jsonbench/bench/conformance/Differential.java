package dev.jsonbench.bench.conformance;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.api.TypedDecoder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The differential check: the same bytes through every adapter, as a tree and typed into {@link FuzzRecord}, held to
 * {@link ReferenceTree}. Each tree decode must accept exactly what the reference accepts, with an equal value (maps in
 * the same order); the typed decodes must agree with each other, and none may accept what the reference's grammar and
 * limits reject. (A number that overflows a double inside a member a typed decode skips is accepted by every adapter
 * today, though the tree of the same document is rejected; {@code api/STRICTNESS.md} does not say which is right, so
 * the check holds typed decodes to the grammar and the limits only.) A
 * decode that throws anything but {@link JsonDecodeException} (a backend's exception, a {@link StackOverflowError}, an
 * {@link OutOfMemoryError}) is a finding too. Not thread-safe (the reference is not).
 */
public final class Differential {

    private final List<JsonDecoder> decoders;
    private final List<TypedDecoder<FuzzRecord>> typedDecoders = new ArrayList<>();
    private final ReferenceTree reference = new ReferenceTree();

    public Differential(List<JsonDecoder> decoders) {
        if (decoders.isEmpty()) {
            throw new IllegalArgumentException("no adapter to check");
        }
        this.decoders = List.copyOf(decoders);
        for (JsonDecoder decoder : decoders) {
            typedDecoders.add(decoder.forType(FuzzRecord.class));
        }
    }

    /** The adapters named (from {@link JsonDecoders}), with their default limits. */
    public static Differential of(List<String> backends) {
        return new Differential(backends.stream().map(JsonDecoders::get).toList());
    }

    /** The names of the adapters checked, in order. */
    public List<String> backends() {
        return decoders.stream().map(JsonDecoder::name).toList();
    }

    /**
     * Decodes {@code json} every way and compares.
     *
     * @throws Finding when two decodes disagree or one throws anything but {@link JsonDecodeException}
     */
    public void check(byte[] json) {
        Outcome grammar = decode(json, ReferenceTree.NAME, () -> {
            reference.validate(json);
            return json;
        });
        Outcome expected = grammar.accepted() ? decode(json, ReferenceTree.NAME, () -> reference.read(json)) : grammar;
        for (JsonDecoder decoder : decoders) {
            Outcome tree = decode(json, decoder.name() + " (tree)", () -> decoder.decodeTree(json));
            requireSame(json, expected, tree);
        }
        Outcome firstTyped = null;
        for (int d = 0; d < decoders.size(); d++) {
            TypedDecoder<FuzzRecord> typed = typedDecoders.get(d);
            Outcome outcome = decode(json, decoders.get(d).name() + " (typed)", () -> typed.decode(json));
            if (outcome.accepted() && !grammar.accepted()) {
                throw new Finding(outcome.who() + " accepted it, but " + grammar.who() + " " + describe(grammar), json, null);
            }
            if (firstTyped == null) {
                firstTyped = outcome;
            } else {
                requireSame(json, firstTyped, outcome);
            }
        }
    }

    private static Outcome decode(byte[] json, String who, Supplier<Object> decode) {
        try {
            return new Outcome(who, decode.get(), null);
        } catch (JsonDecodeException e) {
            return new Outcome(who, null, e);
        } catch (Throwable e) { // a finding whatever it is: the caller reports it with the input
            throw new Finding(who + " threw " + e + " instead of JsonDecodeException", json, e);
        }
    }

    private static void requireSame(byte[] json, Outcome expected, Outcome actual) {
        if (expected.accepted() != actual.accepted()) {
            throw new Finding(actual.who() + " " + describe(actual) + ", but " + expected.who() + " " + describe(expected),
                    json, null);
        }
        if (expected.accepted() && !sameValue(expected.value(), actual.value())) {
            throw new Finding(actual.who() + " decoded " + shorten(actual.value()) + ", but " + expected.who()
                    + " decoded " + shorten(expected.value()), json, null);
        }
    }

    /**
     * {@code equals()} all the way down, except that maps must also list their members in the same order (the value
     * model keeps document order) and records are compared component by component by the same rule.
     */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> i = x.entrySet().iterator();
            for (Map.Entry<?, ?> right : y.entrySet()) {
                Map.Entry<?, ?> left = i.next();
                if (!left.getKey().equals(right.getKey()) || !sameValue(left.getValue(), right.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Record x && b instanceof Record y && x.getClass() == y.getClass()) {
            for (RecordComponent component : x.getClass().getRecordComponents()) {
                if (!sameValue(component(component, x), component(component, y))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static Object component(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String describe(Outcome outcome) {
        return outcome.accepted() ? "accepted it" : "rejected it (" + outcome.rejection().getMessage() + ")";
    }

    private static String shorten(Object value) {
        String text = value + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")");
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /** What one decode did: its value, or the rejection. */
    private record Outcome(String who, Object value, JsonDecodeException rejection) {
        boolean accepted() {
            return rejection == null;
        }
    }

    /** Two decodes disagree, or one threw what it must not: the message names both and shows the input. */
    public static final class Finding extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Finding(String what, byte[] json, Throwable cause) {
            super(what + "; input (" + json.length + " bytes): " + Printable.bytes(json, 300), cause);
        }
    }
}
