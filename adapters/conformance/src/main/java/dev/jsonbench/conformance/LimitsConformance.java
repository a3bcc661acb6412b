package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Limits: every {@link DecodeLimits} setting holds exactly at its boundary, in trees, typed components and skipped
 * members, and decoders with different limits stay independent.
 */
@Tag("limits")
public abstract class LimitsConformance extends ConformanceGroup {

    protected LimitsConformance(ConformanceSuite suite) {
        super(suite);
    }

    /**
     * One limit checked at its boundary: {@code atLimit} is accepted (and decodes to {@code expected}),
     * {@code overLimit} is rejected with the setting's message. {@code type} null means a tree decode.
     */
    public record LimitCase(String setting, DecodeLimits limits, int limit, String label, Class<?> type,
                            byte[] atLimit, Object expected, byte[] overLimit) {
        @Override
        public String toString() {
            return setting + "=" + limit + ": " + label + (type == null ? " (tree)" : " (typed " + type.getSimpleName() + ")");
        }
    }

    static Stream<LimitCase> limitCases() {
        List<LimitCase> cases = new ArrayList<>();
        // maxNestingDepth: the top-level container is at depth 1
        DecodeLimits depth8 = DecodeLimits.builder().maxNestingDepth(8).build();
        cases.add(limit("maxNestingDepth", depth8, 8, "arrays", null,
                "[".repeat(8) + "]".repeat(8), nestedLists(8, List.of()), "[".repeat(9) + "]".repeat(9)));
        cases.add(limit("maxNestingDepth", depth8, 8, "objects", null,
                "{\"a\":".repeat(8) + "0" + "}".repeat(8), nestedMaps(8, 0L),
                "{\"a\":".repeat(9) + "0" + "}".repeat(9)));
        cases.add(limit("maxNestingDepth", depth8, 8, "empty object innermost", null,
                "{\"a\":".repeat(7) + "{}" + "}".repeat(7), nestedMaps(7, new LinkedHashMap<>()),
                "{\"a\":".repeat(8) + "{}" + "}".repeat(8)));
        cases.add(limit("maxNestingDepth", depth8, 8, "arrays and objects alternating", null,
                "[{\"a\":".repeat(4) + "1" + "}]".repeat(4), alternating(4),
                "[{\"a\":".repeat(4) + "[1]" + "}]".repeat(4)));
        cases.add(limit("maxNestingDepth", depth8, 8, "unclosed past the limit is still a depth error", null,
                "[".repeat(8) + "]".repeat(8), nestedLists(8, List.of()), "[".repeat(9)));
        cases.add(limit("maxNestingDepth", depth8, 8, "Object component (the record is depth 1)", Nested.class,
                "{\"any\":" + "[".repeat(7) + "]".repeat(7) + "}", new Nested(null, null, nestedLists(7, List.of()), null),
                "{\"any\":" + "[".repeat(8) + "]".repeat(8) + "}"));
        cases.add(limit("maxNestingDepth", depth8, 8, "skipped member", Scalars.class,
                "{\"zz\":" + "{\"a\":".repeat(7) + "1" + "}".repeat(7) + "}", new Scalars(0, 0, 0, false, null, null),
                "{\"zz\":" + "{\"a\":".repeat(8) + "1" + "}".repeat(8) + "}"));
        cases.add(limit("maxNestingDepth", depth8, 8, "List<Object> component beside List<record>", Nested.class,
                "{\"items\":[{\"l\":1}],\"list\":" + "[".repeat(7) + "]".repeat(7) + "}",
                new Nested(List.of(new Scalars(1, 0, 0, false, null, null)), null, null, nestedLists(7, List.of())),
                "{\"items\":[{\"l\":1}],\"list\":" + "[".repeat(8) + "]".repeat(8) + "}"));
        DecodeLimits defaults = DecodeLimits.defaults();
        cases.add(limit("maxNestingDepth", defaults, 512, "default limit, arrays", null,
                "[".repeat(512) + "]".repeat(512), nestedLists(512, List.of()), "[".repeat(513) + "]".repeat(513)));
        cases.add(limit("maxNestingDepth", defaults, 512, "default limit, objects", null,
                "{\"a\":".repeat(512) + "0" + "}".repeat(512), nestedMaps(512, 0L),
                "{\"a\":".repeat(513) + "0" + "}".repeat(513)));

        // maxDocumentBytes
        DecodeLimits bytes64 = DecodeLimits.builder().maxDocumentBytes(64).build();
        cases.add(limit("maxDocumentBytes", bytes64, 64, "string document", null,
                "\"" + "a".repeat(62) + "\"", "a".repeat(62), "\"" + "a".repeat(63) + "\""));
        cases.add(limit("maxDocumentBytes", bytes64, 64, "trailing whitespace counts", null,
                "1" + " ".repeat(63), 1L, "1" + " ".repeat(64)));
        cases.add(limit("maxDocumentBytes", bytes64, 64, "multi-byte characters count in bytes", null,
                "\"" + "é".repeat(31) + "\"", "é".repeat(31), "\"" + "é".repeat(31) + "a\""));
        cases.add(limit("maxDocumentBytes", bytes64, 64, "record", Scalars.class,
                "{\"s\":\"" + "a".repeat(56) + "\"}", new Scalars(0, 0, 0, false, "a".repeat(56), null),
                "{\"s\":\"" + "a".repeat(57) + "\"}"));

        // maxStringLength: decoded chars (String.length()); an escape is one char, an astral character two
        DecodeLimits string16 = DecodeLimits.builder().maxStringLength(16).build();
        cases.add(limit("maxStringLength", string16, 16, "string value", null,
                quoted("a".repeat(16)), "a".repeat(16), quoted("a".repeat(17))));
        cases.add(limit("maxStringLength", string16, 16, "member name", null,
                "{" + quoted("n".repeat(16)) + ":1}", Rfc8259Corpus.map("n".repeat(16), 1L),
                "{" + quoted("n".repeat(17)) + ":1}"));
        cases.add(limit("maxStringLength", string16, 16, "two-character escapes count as one char", null,
                quoted("\\n".repeat(16)), "\n".repeat(16), quoted("\\n".repeat(17))));
        cases.add(limit("maxStringLength", string16, 16, "\\u escapes count as one char", null,
                quoted("\\u00e9".repeat(16)), "é".repeat(16), quoted("\\u00e9".repeat(17))));
        cases.add(limit("maxStringLength", string16, 16, "raw 2-byte characters count as one char", null,
                quoted("é".repeat(16)), "é".repeat(16), quoted("é".repeat(17))));
        cases.add(limit("maxStringLength", string16, 16, "raw 3-byte characters count as one char", null,
                quoted("€".repeat(16)), "€".repeat(16), quoted("€".repeat(17))));
        cases.add(limit("maxStringLength", string16, 16, "raw astral characters count as two chars", null,
                quoted("😀".repeat(8)), "😀".repeat(8), quoted("😀".repeat(8) + "a")));
        cases.add(limit("maxStringLength", string16, 16, "surrogate pair escapes count as two chars", null,
                quoted("\\ud83d\\ude00".repeat(8)), "😀".repeat(8), quoted("\\ud83d\\ude00".repeat(8) + "a")));
        cases.add(limit("maxStringLength", string16, 16, "string in an array", null,
                "[\"\"," + quoted("a".repeat(16)) + "]", List.of("", "a".repeat(16)), "[\"\"," + quoted("a".repeat(17)) + "]"));
        cases.add(limit("maxStringLength", string16, 16, "String component", Scalars.class,
                "{\"s\":" + quoted("a".repeat(16)) + "}", new Scalars(0, 0, 0, false, "a".repeat(16), null),
                "{\"s\":" + quoted("a".repeat(17)) + "}"));
        cases.add(limit("maxStringLength", string16, 16, "name of a skipped member", Scalars.class,
                "{" + quoted("n".repeat(16)) + ":1}", new Scalars(0, 0, 0, false, null, null),
                "{" + quoted("n".repeat(17)) + ":1}"));
        cases.add(limit("maxStringLength", string16, 16, "value of a skipped member", Scalars.class,
                "{\"zz\":" + quoted("a".repeat(16)) + "}", new Scalars(0, 0, 0, false, null, null),
                "{\"zz\":" + quoted("a".repeat(17)) + "}"));
        cases.add(limit("maxStringLength", string16, 16, "name inside a Map<String,Object> component", Nested.class,
                "{\"extra\":{" + quoted("n".repeat(16)) + ":1}}", new Nested(null, Rfc8259Corpus.map("n".repeat(16), 1L), null, null),
                "{\"extra\":{" + quoted("n".repeat(17)) + ":1}}"));

        // maxNumberLength: characters of the literal (sign, digits, point, exponent)
        DecodeLimits number10 = DecodeLimits.builder().maxNumberLength(10).build();
        cases.add(limit("maxNumberLength", number10, 10, "integer", null, "1234567890", 1234567890L, "12345678901"));
        cases.add(limit("maxNumberLength", number10, 10, "the sign counts", null, "-123456789", -123456789L, "-1234567890"));
        cases.add(limit("maxNumberLength", number10, 10, "the point counts", null, "1.23456789", 1.23456789, "1.234567891"));
        cases.add(limit("maxNumberLength", number10, 10, "the exponent counts", null, "1.23456e+9", 1.23456e9, "1.234567e+9"));
        cases.add(limit("maxNumberLength", number10, 10, "zeros count", null, "0.00000000", 0.0, "0.000000000"));
        cases.add(limit("maxNumberLength", number10, 10, "number in an array", null, "[1234567890]", List.of(1234567890L),
                "[12345678901]"));
        cases.add(limit("maxNumberLength", number10, 10, "long component", Scalars.class,
                "{\"l\":1234567890}", new Scalars(1234567890L, 0, 0, false, null, null), "{\"l\":12345678901}"));
        cases.add(limit("maxNumberLength", number10, 10, "double component", Scalars.class,
                "{\"d\":0.12345678}", new Scalars(0, 0, 0.12345678, false, null, null), "{\"d\":0.123456789}"));
        cases.add(limit("maxNumberLength", number10, 10, "skipped member", Scalars.class,
                "{\"zz\":1234567890}", new Scalars(0, 0, 0, false, null, null), "{\"zz\":12345678901}"));
        String digits1000 = "1" + "0".repeat(999);
        cases.add(limit("maxNumberLength", defaults, 1000, "default limit: a 1000-digit integer is a BigInteger", null,
                digits1000, new BigInteger(digits1000), digits1000 + "0"));
        String decimal1000 = "0." + "3".repeat(998);
        cases.add(limit("maxNumberLength", defaults, 1000, "default limit: a 1000-character decimal, correctly rounded",
                null, decimal1000, 1.0 / 3, decimal1000 + "3"));
        return cases.stream();
    }

    private static LimitCase limit(String setting, DecodeLimits limits, int limit, String label, Class<?> type,
                                   String atLimit, Object expected, String overLimit) {
        return new LimitCase(setting, limits, limit, label, type, bytes(atLimit), expected, bytes(overLimit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limitCases")
    @DisplayName("limits: a document exactly at a limit is accepted")
    void exactlyAtTheLimitAccepted(LimitCase c) {
        JsonDecoder decoder = decoderFor(c.limits());
        Object value = accepted(c + ": " + Show.document(c.atLimit()), () -> c.type() == null
                ? decoder.decodeTree(c.atLimit())
                : decoder.forType(c.type()).decode(c.atLimit()));
        if (c.type() == null) {
            assertSameValue(c.toString(), c.expected(), value);
        } else {
            assertThat(value).as(c.toString()).isEqualTo(c.expected());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limitCases")
    @DisplayName("limits: one past a limit is rejected, and the message names the setting")
    void onePastTheLimitRejectedNamingTheSetting(LimitCase c) {
        JsonDecoder decoder = decoderFor(c.limits());
        JsonDecodeException e = rejected(c + ": " + Show.document(c.overLimit()), () -> c.type() == null
                ? decoder.decodeTree(c.overLimit())
                : decoder.forType(c.type()).decode(c.overLimit()));
        assertThat(e.getMessage()).as("message of the rejection of " + c).contains(c.setting())
                .contains(DecodeLimits.exceededMessage(c.setting(), c.limit()));
    }

    @Test
    @DisplayName("limits: maxDocumentBytes counts the given length, not the buffer around it")
    void maxDocumentBytesCountsTheLengthNotTheBuffer() {
        JsonDecoder decoder = decoderFor(DecodeLimits.builder().maxDocumentBytes(64).build());
        byte[] doc = bytes("\"" + "a".repeat(62) + "\"");
        byte[] buffer = concat(new byte[300], doc, new byte[300]);
        assertSameValue("64-byte document at offset 300 of a 664-byte buffer", "a".repeat(62),
                accepted("64 bytes at offset 300", () -> decoder.decodeTree(buffer, 300, 64)));
        byte[] longer = concat(new byte[300], bytes("\"" + "a".repeat(63) + "\""), new byte[300]);
        JsonDecodeException e = rejected("65 bytes at offset 300", () -> decoder.decodeTree(longer, 300, 65));
        assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxDocumentBytes", 64));
        Scalars typed = accepted("typed at offset", () -> decoder.forType(Scalars.class)
                .decode(concat(new byte[300], bytes("{\"s\":\"x\"}"), new byte[300]), 300, 9));
        assertThat(typed.s()).isEqualTo("x");
    }

    @Test
    @DisplayName("limits: a 100,000-digit integer decodes exactly when maxNumberLength allows it")
    void longNumberDecodesWhenTheLimitAllowsIt() {
        JsonDecoder generous = decoderFor(DecodeLimits.builder().maxNumberLength(200_000).build());
        String digits = "7" + "0".repeat(99_999);
        assertSameValue("100,000 digits (tree)", new BigInteger(digits),
                accepted("100,000 digits", () -> generous.decodeTree(bytes(digits))));
        Boxed typed = accepted("100,000 digits (typed)", () -> generous.forType(Boxed.class).decode(bytes("{\"big\":" + digits + "}")));
        assertThat(typed.big()).isEqualTo(new BigInteger(digits));
    }

    @Test
    @DisplayName("limits: decoders with different limits are independent (no limit leaks through shared state)")
    void decodersWithDifferentLimitsAreIndependent() {
        JsonDecoder before = decoder();
        DecodeLimits tight = DecodeLimits.builder().maxNestingDepth(3).maxStringLength(3).maxNumberLength(3)
                .maxDocumentBytes(40).build();
        JsonDecoder small = newDecoder(tight);
        JsonDecoder after = newDecoder(DecodeLimits.defaults());
        DecodeLimits loose = DecodeLimits.builder().maxNestingDepth(2000).maxStringLength(30_000_000)
                .maxNumberLength(5000).build();
        JsonDecoder large = newDecoder(loose);
        String deep = "[".repeat(500) + "]".repeat(500);
        String longString = quoted("a".repeat(100));
        String longNumber = "1".repeat(100);
        for (JsonDecoder d : List.of(before, after, before)) {
            assertSameValue("500 deep with default limits", nestedLists(500, List.of()),
                    accepted("default limits after creating other decoders", () -> d.decodeTree(bytes(deep))));
            assertSameValue("100-char string with default limits", "a".repeat(100), d.decodeTree(bytes(longString)));
            assertSameValue("100-digit number with default limits", new BigInteger(longNumber), d.decodeTree(bytes(longNumber)));
            assertThat(d.forType(Scalars.class).decode(bytes("{\"s\":" + longString + "}")).s()).hasSize(100);
            JsonDecodeException e = rejected("513 deep with default limits",
                    () -> d.decodeTree(bytes("[".repeat(513) + "]".repeat(513))));
            assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxNestingDepth", 512));
        }
        rejected("4 deep with maxNestingDepth 3", () -> small.decodeTree(bytes("[[[[]]]]")));
        rejected("4-char string with maxStringLength 3", () -> small.decodeTree(bytes("\"aaaa\"")));
        rejected("4-digit number with maxNumberLength 3", () -> small.decodeTree(bytes("1234")));
        rejected("41-byte document with maxDocumentBytes 40", () -> small.decodeTree(bytes("[" + "0,".repeat(19) + "0]")));
        rejected("typed: 4-char string with maxStringLength 3",
                () -> small.forType(Scalars.class).decode(bytes("{\"s\":\"aaaa\"}")));
        assertSameValue("1000 deep with maxNestingDepth 2000", nestedLists(1000, List.of()),
                accepted("maxNestingDepth 2000", () -> large.decodeTree(bytes("[".repeat(1000) + "]".repeat(1000)))));
        assertSameValue("2000-digit number with maxNumberLength 5000", new BigInteger("9".repeat(2000)),
                accepted("maxNumberLength 5000", () -> large.decodeTree(bytes("9".repeat(2000)))));
    }

    /** {@code pairs} times {@code [{"a": ... }]} around 1. */
    private static Object alternating(int pairs) {
        Object value = 1L;
        for (int i = 0; i < pairs; i++) {
            value = List.of(Rfc8259Corpus.map("a", value));
        }
        return value;
    }
}
