package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value model: numbers, duplicate names, deep nesting, empty containers, escapes, top-level scalars and document
 * order.
 */
@Tag("value-model")
public abstract class ValueModelConformance extends ConformanceGroup {

    protected ValueModelConformance(ConformanceSuite suite) {
        super(suite);
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                number("0", 0L),
                number("-0", 0L),
                number("7", 7L),
                number("-2147483649", -2147483649L),
                number("9223372036854775807", Long.MAX_VALUE),
                number("-9223372036854775808", Long.MIN_VALUE),
                number("9223372036854775808", new BigInteger("9223372036854775808")),
                number("-9223372036854775809", new BigInteger("-9223372036854775809")),
                number("18446744073709551616", BigInteger.ONE.shiftLeft(64)),
                number("123456789012345678901234567890123456789", new BigInteger("123456789012345678901234567890123456789")),
                number("1.0", 1.0),
                number("1e2", 100.0),
                number("1E+2", 100.0),
                number("100e-2", 1.0),
                number("-0.0", -0.0),
                number("0.0", 0.0),
                number("-0e0", -0.0),
                number("0.1", 0.1),
                number("1.25e-3", 0.00125),
                number("1E21", 1.0E21),
                number("9007199254740993", 9007199254740993L),
                number("9007199254740993.0", 9007199254740992.0),
                number("9007199254740995.0", 9007199254740996.0),
                number("2.2250738585072011e-308", Double.parseDouble("2.2250738585072011e-308")),
                number("2.2250738585072012e-308", 2.2250738585072014E-308),
                number("4.9e-324", Double.MIN_VALUE),
                number("2.4703282292062328e-324", Double.MIN_VALUE),
                number("2.4703282292062327e-324", 0.0),
                number("1.7976931348623157e308", Double.MAX_VALUE),
                number("1.00000000000000011102230246251565404236316680908203125", 1.0),
                number("1.00000000000000011102230246251565404236316680908203126", Math.nextUp(1.0)),
                number("0.30000000000000004", 0.30000000000000004),
                number("123456789012345678901234567890e-20", 1.2345678901234567E9),
                number("1e-400", 0.0),
                number("-1e-400", -0.0),
                number("1e-1000000", 0.0),
                number("0.000000000000000000000000000001e30", 1.0));
    }

    private static Arguments number(String literal, Object expected) {
        return Arguments.of(literal, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("numbers")
    @DisplayName("value model: integer literal -> Long or BigInteger, other numbers -> correctly rounded Double")
    void numbers(String literal, Object expected) {
        assertSameValue(literal + " at top level", expected, decode(literal));
        assertSameValue("[" + literal + "]", Arrays.asList(expected), decode("[" + literal + "]"));
        assertSameValue("{\"n\":" + literal + "}", Rfc8259Corpus.map("n", expected), decode("{\"n\":" + literal + "}"));
        assertSameValue("typed Nested.any", expected, decoder().forType(Nested.class)
                .decode(bytes("{\"any\":" + literal + "}")).any());
    }

    static Stream<String> overflowingNumbers() {
        return Stream.of("1e400", "-1e400", "1E309", "1.8e308", "1.7976931348623159e308", "123.456e789",
                "1e1000000", "-1e1000000", "0.1e310");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overflowingNumbers")
    @DisplayName("value model: a number overflowing a double is rejected (policy)")
    void overflowingNumberRejected(String literal) {
        rejected(literal, () -> decoder().decodeTree(bytes(literal)));
        rejected("[" + literal + "]", () -> decoder().decodeTree(bytes("[" + literal + "]")));
        rejected("typed double component", () -> decoder().forType(Scalars.class).decode(bytes("{\"d\":" + literal + "}")));
        rejected("typed Object component", () -> decoder().forType(Nested.class).decode(bytes("{\"any\":" + literal + "}")));
    }

    @Test
    @DisplayName("value model: duplicate names, the last value wins at the position of the first occurrence")
    void duplicateNamesLastValueWinsAtFirstPosition() {
        assertSameValue("simple", Rfc8259Corpus.map("a", 3L, "b", 2L), decode("{\"a\":1,\"b\":2,\"a\":3}"));
        assertSameValue("different kinds", Rfc8259Corpus.map("a", List.of(2L), "z", null),
                decode("{\"a\":{\"x\":1},\"z\":null,\"a\":[2]}"));
        assertSameValue("last is null", Rfc8259Corpus.map("a", null, "b", true), decode("{\"a\":1,\"b\":true,\"a\":null}"));
        assertSameValue("three times, nested", List.of(Rfc8259Corpus.map("k", "c", "j", 0L)),
                decode("[{\"k\":\"a\",\"j\":0,\"k\":\"b\",\"k\":\"c\"}]"));
        assertSameValue("same name spelled with an escape", Rfc8259Corpus.map("é", 2L), decode("{\"é\":1,\"\\u00e9\":2}"));
        Nested typed = decoder().forType(Nested.class).decode(bytes("{\"extra\":{\"a\":1,\"b\":2,\"a\":3}}"));
        assertSameValue("typed Map<String,Object> component", Rfc8259Corpus.map("a", 3L, "b", 2L), typed.extra());
    }

    @Test
    @DisplayName("value model: nesting 500 deep (allowed by the default limits) decodes")
    void deepButAllowedNestingDecodes() {
        int depth = 500;
        assertSameValue("500 arrays", nestedLists(depth, List.of()), decode("[".repeat(depth) + "]".repeat(depth)));
        assertSameValue("500 objects", nestedMaps(depth, 1L), decode("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < depth / 2; i++) {
            mixed.append("[{\"a\":");
        }
        mixed.append("null").append("}]".repeat(depth / 2));
        Object expected = null;
        for (int i = 0; i < depth / 2; i++) {
            expected = List.of(Rfc8259Corpus.map("a", expected));
        }
        assertSameValue("250 x [{\"a\":", expected, decode(mixed.toString()));
        Nested typed = decoder().forType(Nested.class).decode(bytes("{\"any\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}"));
        assertSameValue("typed Object component 499 deep inside the record", nestedLists(depth - 1, List.of()), typed.any());
    }

    @Test
    @DisplayName("value model: empty containers are an empty Map and an empty List")
    void emptyContainers() {
        assertSameValue("{}", new LinkedHashMap<>(), decode("{}"));
        assertSameValue("[]", List.of(), decode("[]"));
        assertSameValue("{\"a\":{},\"b\":[]}", Rfc8259Corpus.map("a", new LinkedHashMap<>(), "b", List.of()),
                decode("{\"a\":{},\"b\":[]}"));
        assertSameValue("[[],{},[{}]]", List.of(List.of(), new LinkedHashMap<>(), List.of(new LinkedHashMap<>())),
                decode("[[],{},[{}]]"));
        assertSameValue("with whitespace", List.of(new LinkedHashMap<>(), List.of()), decode("[ { } , [ \n ] ]"));
    }

    @Test
    @DisplayName("value model: every escape decodes to its character")
    void allEscapes() {
        assertSameValue("short escapes", "\"\\/\b\f\n\r\t", decode("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""));
        assertSameValue("\\u escapes", "\u0000\u001f é\u20ac\uffff", decode("\"\\u0000\\u001F\\u0020\\u00E9\\u20ac\\uFFFF\""));
        assertSameValue("surrogate pair escapes", "\uD83D\uDE00\uDBFF\uDFFF\uD800\uDC00",
                decode("\"\\uD83D\\uDE00\\udbff\\udfff\\uD800\\uDC00\""));
        assertSameValue("escapes between raw text", "a\"b\\c/d\ne😀f", decode("\"a\\\"b\\\\c\\/d\\ne\\ud83d\\ude00f\""));
        assertSameValue("escapes in a member name", Rfc8259Corpus.map("\t\"k\u0000😀", 1L),
                decode("{\"\\t\\\"k\\u0000\\uD83D\\uDE00\":1}"));
        assertSameValue("all escapes as typed String", "\"\\/\b\f\n\r\t\u0000😀",
                decoder().forType(Scalars.class).decode(bytes("{\"s\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0000\\ud83d\\ude00\"}")).s());
    }

    static Stream<Arguments> topLevelScalars() {
        return Stream.of(
                Arguments.of("1", 1L),
                Arguments.of("\"s\"", "s"),
                Arguments.of("true", true),
                Arguments.of("false", false),
                Arguments.of("null", null),
                Arguments.of("-1.5", -1.5),
                Arguments.of(" \n\"\" \r", ""),
                Arguments.of("\t0\t", 0L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topLevelScalars")
    @DisplayName("value model: a scalar is a valid document")
    void topLevelScalars(String json, Object expected) {
        assertSameValue(json, expected, decode(json));
    }

    @Test
    @DisplayName("value model: objects are Maps in document order, arrays are Lists, strings are Strings")
    void containerTypesAndOrder() {
        Object value = decode("{\"z\":[\"s\",true,null],\"y\":1,\"a\":2,\"m\":{\"9\":0,\"1\":0,\"5\":0},\"b\":false}");
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(names(map)).containsExactly("z", "y", "a", "m", "b");
        assertThat(map.get("z")).isInstanceOf(List.class);
        assertThat(names((Map<?, ?>) map.get("m"))).containsExactly("9", "1", "5");
        StringBuilder big = new StringBuilder("{");
        List<String> names = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 300; i++) {
            String name = Long.toString(random.nextLong(), 36);
            names.add(name);
            big.append(i == 0 ? "" : ",").append('"').append(name).append("\":").append(i);
        }
        Map<?, ?> large = (Map<?, ?>) decode(big.append('}').toString());
        assertThat(names(large)).as("300 members in document order").containsExactlyElementsOf(names);
    }
}
