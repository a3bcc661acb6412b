package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Item;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typed binding: every component kind binds by the rules of {@link dev.jsonbench.api.TypedDecoder}, nothing is
 * coerced, parsing is as strict as for the tree, and unsupported types are refused at {@code forType}.
 */
@Tag("typed")
public abstract class TypedBindingConformance extends ConformanceGroup {

    protected TypedBindingConformance(ConformanceSuite suite) {
        super(suite);
    }

    @Test
    @DisplayName("typed: every scalar kind binds (long, int, double, boolean, String, Long, Integer, Double, Boolean, BigInteger)")
    void bindsEveryScalarKind() {
        assertThat(decodeTyped(Scalars.class, "{\"l\":9223372036854775807,\"i\":-2147483648,\"d\":1.5,\"b\":true,\"s\":\"x\",\"boxed\":5}"))
                .isEqualTo(new Scalars(Long.MAX_VALUE, Integer.MIN_VALUE, 1.5, true, "x", 5L));
        assertThat(decodeTyped(Scalars.class, "{\"boxed\":-9223372036854775808,\"s\":\"\",\"b\":false,\"i\":2147483647,\"l\":-1,\"d\":-0.0}"))
                .isEqualTo(new Scalars(-1, Integer.MAX_VALUE, -0.0, false, "", Long.MIN_VALUE));
        assertThat(decodeTyped(Boxed.class, "{\"i\":1,\"d\":2.5,\"b\":true,\"big\":18446744073709551616}"))
                .isEqualTo(new Boxed(1, 2.5, true, BigInteger.ONE.shiftLeft(64)));
        assertThat(decodeTyped(Boxed.class, "{\"big\":5}")).isEqualTo(new Boxed(null, null, null, BigInteger.valueOf(5)));
        assertThat(decodeTyped(Boxed.class, "{\"big\":-5,\"i\":-0}")).isEqualTo(new Boxed(0, null, null, BigInteger.valueOf(-5)));
    }

    @Test
    @DisplayName("typed: a double component takes any number (an integer literal gives its double)")
    void doubleComponentTakesAnyNumber() {
        assertThat(decodeTyped(Scalars.class, "{\"d\":1}").d()).isEqualTo(1.0);
        assertThat(decodeTyped(Scalars.class, "{\"d\":-7}").d()).isEqualTo(-7.0);
        assertThat(decodeTyped(Scalars.class, "{\"d\":1e2}").d()).isEqualTo(100.0);
        assertThat(decodeTyped(Scalars.class, "{\"d\":9007199254740993.0}").d()).isEqualTo(9007199254740992.0);
        assertThat(decodeTyped(Scalars.class, "{\"d\":1e-400}").d()).isEqualTo(0.0);
        assertThat(decodeTyped(Boxed.class, "{\"d\":3}").d()).isEqualTo(3.0);
    }

    @Test
    @DisplayName("typed: unknown members are skipped, whatever their value")
    void unknownMembersSkipped() {
        assertThat(decodeTyped(Scalars.class,
                "{\"zzz\":{\"deep\":[1,{\"x\":\"y\"},[[[]]]]},\"l\":1,\"unknown\":[],\"L\":2,\"S\":\"no\",\"s\":\"a\","
                        + "\"n\":null,\"big\":123456789012345678901234567890,\"f\":1e-5,\"t\":true,\"e\":\"\\u00e9\\n\"}"))
                .isEqualTo(new Scalars(1, 0, 0.0, false, "a", null));
        assertThat(decodeTyped(Nested.class, "{\"items\":[{\"l\":1,\"other\":{\"l\":2}}],\"x\":{\"items\":5}}"))
                .isEqualTo(new Nested(List.of(new Scalars(1, 0, 0.0, false, null, null)), null, null, null));
        assertThat(decodeTyped(Scalars.class, "{\"zz\":{\"deep\":[1,{\"a\":\"}]\\\"\"}],\"b\":\"[{\"},\"l\":7}").l())
                .as("brackets and an escaped quote inside strings of a skipped member").isEqualTo(7L);
    }

    @Test
    @DisplayName("typed: a member name written with escapes binds to its component")
    void escapedMemberNamesBind() {
        ApiResponse response = decodeTyped(ApiResponse.class, "{\"st\\u0061tus\":\"x\",\"tot\\u0061l\":3,\"\\\"q\":1}");
        assertThat(response.status()).isEqualTo("x");
        assertThat(response.total()).isEqualTo(3L);
        assertThat(decodeTyped(Scalars.class, "{\"\\u006c\":5,\"\\/s\":\"skipped\"}")).isEqualTo(new Scalars(5, 0, 0.0, false, null, null));
    }

    @Test
    @DisplayName("typed: List<String> takes strings and null elements")
    void listOfStringsTakesStringsAndNulls() {
        assertThat(decodeTyped(Item.class, "{\"tags\":[\"a\",null,\"\"]}").tags()).containsExactly("a", null, "");
        rejected("a number in List<String>", () -> decoder().forType(Item.class).decode(bytes("{\"tags\":[\"a\",1]}")));
    }

    @Test
    @DisplayName("typed: a record constructor may decode again on the same thread, and the outer decode goes on unharmed")
    void recordConstructorMayDecodeOnTheSameThread() {
        String tail = "end" + "x".repeat(3000);
        String json = "{\"items\":[{\"inner\":\"[1,{\\\"a\\\":2}]\",\"after\":[7]},{\"inner\":\"\\\"" + "y".repeat(2000)
                + "\\\"\"},{\"inner\":null}],\"tail\":\"" + tail + "\"}";
        Reentrant.DECODER.set(decoder());
        try {
            Reentrant.Several several = decodeTyped(Reentrant.Several.class, json);
            assertThat(several.items()).hasSize(3);
            assertSameValue("first nested decode", List.of(1L, Rfc8259Corpus.map("a", 2L)), several.items().get(0).decoded());
            assertSameValue("second nested decode", "y".repeat(2000), several.items().get(1).decoded());
            assertThat(several.items().get(2)).isEqualTo(new Reentrant(null, null));
            assertThat(several.tail()).as("the member after the records").isEqualTo(tail);
        } finally {
            Reentrant.DECODER.remove();
        }
        assertSameValue("a decode after it", List.of(true), decode("[true]"));
    }

    @Test
    @DisplayName("typed: a record constructor that throws gives a JsonDecodeException caused by its exception")
    void recordConstructorThatThrowsIsAJsonDecodeException() {
        assertThat(decodeTyped(Positive.class, "{\"value\":3}")).isEqualTo(new Positive(3));
        JsonDecodeException e = rejected("Positive(-1)", () -> decoder().forType(Positive.class).decode(bytes("{\"value\":-1}")));
        assertThat(e).hasRootCauseInstanceOf(IllegalArgumentException.class).hasRootCauseMessage("not positive: -1");
    }

    @Test
    @DisplayName("typed: absent members get 0, false or null")
    void absentMembersGetDefaults() {
        assertThat(decodeTyped(Scalars.class, "{}")).isEqualTo(new Scalars(0, 0, 0.0, false, null, null));
        assertThat(decodeTyped(Boxed.class, "{}")).isEqualTo(new Boxed(null, null, null, null));
        assertThat(decodeTyped(Nested.class, "{}")).isEqualTo(new Nested(null, null, null, null));
        assertThat(decodeTyped(Nested.class, "{\"items\":[{},{\"i\":3}]}")).isEqualTo(new Nested(
                List.of(new Scalars(0, 0, 0.0, false, null, null), new Scalars(0, 3, 0.0, false, null, null)), null, null, null));
    }

    @Test
    @DisplayName("typed: null binds to reference components (String, boxed, BigInteger, List, Map, Object)")
    void nullIntoReferenceComponents() {
        assertThat(decodeTyped(Scalars.class, "{\"s\":null,\"boxed\":null}")).isEqualTo(new Scalars(0, 0, 0.0, false, null, null));
        assertThat(decodeTyped(Boxed.class, "{\"i\":null,\"d\":null,\"b\":null,\"big\":null}")).isEqualTo(new Boxed(null, null, null, null));
        assertThat(decodeTyped(Nested.class, "{\"items\":null,\"extra\":null,\"any\":null,\"list\":null}"))
                .isEqualTo(new Nested(null, null, null, null));
    }

    @Test
    @DisplayName("typed: List<record>, Map<String,Object>, Object and List<Object> components (value model inside)")
    void nestedRecordsAndUntypedComponents() {
        Nested nested = decodeTyped(Nested.class,
                "{\"items\":[{\"l\":1,\"s\":\"a\"},{\"l\":2,\"b\":true}],"
                        + "\"extra\":{\"z\":1,\"a\":[1.5,null,\"x\",18446744073709551616],\"m\":{}},"
                        + "\"any\":{\"k\":-0,\"j\":-0.0},\"list\":[1,2.0,\"s\",{\"k\":[]},null,false]}");
        assertThat(nested.items()).containsExactly(new Scalars(1, 0, 0.0, false, "a", null), new Scalars(2, 0, 0.0, true, null, null));
        assertSameValue("extra", Rfc8259Corpus.map("z", 1L, "a", Arrays.asList(1.5, null, "x", BigInteger.ONE.shiftLeft(64)),
                "m", new LinkedHashMap<>()), nested.extra());
        assertSameValue("any", Rfc8259Corpus.map("k", 0L, "j", -0.0), nested.any());
        assertSameValue("list", Arrays.asList(1L, 2.0, "s", Rfc8259Corpus.map("k", List.of()), null, false), nested.list());
        assertSameValue("any: array", List.of(1L), decodeTyped(Nested.class, "{\"any\":[1]}").any());
        assertSameValue("any: string", "x", decodeTyped(Nested.class, "{\"any\":\"x\"}").any());
        assertSameValue("any: big integer", new BigInteger("-9223372036854775809"),
                decodeTyped(Nested.class, "{\"any\":-9223372036854775809}").any());
        assertSameValue("any: true", true, decodeTyped(Nested.class, "{\"any\":true}").any());
        assertThat(decodeTyped(Nested.class, "{\"items\":[]}").items()).isEmpty();
    }

    static Stream<Arguments> typedRefusals() {
        return Stream.of(
                refusal("1.5 into long", Scalars.class, "{\"l\":1.5}"),
                refusal("1.0 into long (a decimal in the value model)", Scalars.class, "{\"l\":1.0}"),
                refusal("1e2 into long (a decimal in the value model)", Scalars.class, "{\"l\":1e2}"),
                refusal("\"1\" into long", Scalars.class, "{\"l\":\"1\"}"),
                refusal("2^63 into long", Scalars.class, "{\"l\":9223372036854775808}"),
                refusal("-2^63-1 into long", Scalars.class, "{\"l\":-9223372036854775809}"),
                refusal("true into long", Scalars.class, "{\"l\":true}"),
                refusal("array into long", Scalars.class, "{\"l\":[1]}"),
                refusal("object into long", Scalars.class, "{\"l\":{}}"),
                refusal("2^64+4 into long (raw DSL-JSON wraps it to 4)", Scalars.class, "{\"l\":18446744073709551620}"),
                refusal("2^63 into Long", Scalars.class, "{\"boxed\":9223372036854775808}"),
                refusal("1.5 into Long", Scalars.class, "{\"boxed\":1.5}"),
                refusal("\"1\" into Long", Scalars.class, "{\"boxed\":\"1\"}"),
                refusal("2^31 into int", Scalars.class, "{\"i\":2147483648}"),
                refusal("-2^31-1 into int", Scalars.class, "{\"i\":-2147483649}"),
                refusal("2^32 into int", Scalars.class, "{\"i\":4294967296}"),
                refusal("1.5 into int", Scalars.class, "{\"i\":1.5}"),
                refusal("2^31 into Integer", Boxed.class, "{\"i\":2147483648}"),
                refusal("null into long", Scalars.class, "{\"l\":null}"),
                refusal("null into int", Scalars.class, "{\"i\":null}"),
                refusal("null into double", Scalars.class, "{\"d\":null}"),
                refusal("null into boolean", Scalars.class, "{\"b\":null}"),
                refusal("\"true\" into boolean", Scalars.class, "{\"b\":\"true\"}"),
                refusal("1 into boolean", Scalars.class, "{\"b\":1}"),
                refusal("0 into boolean", Scalars.class, "{\"b\":0}"),
                refusal("\"false\" into Boolean", Boxed.class, "{\"b\":\"false\"}"),
                refusal("\"1.5\" into double", Scalars.class, "{\"d\":\"1.5\"}"),
                refusal("true into double", Scalars.class, "{\"d\":true}"),
                refusal("\"NaN\" into double", Scalars.class, "{\"d\":\"NaN\"}"),
                refusal("a 400-digit integer into double (too large for a double)", Scalars.class, "{\"d\":" + "9".repeat(400) + "}"),
                refusal("number into String", Scalars.class, "{\"s\":1}"),
                refusal("true into String", Scalars.class, "{\"s\":true}"),
                refusal("object into String", Scalars.class, "{\"s\":{}}"),
                refusal("array into String", Scalars.class, "{\"s\":[]}"),
                refusal("1.5 into BigInteger", Boxed.class, "{\"big\":1.5}"),
                refusal("1e2 into BigInteger", Boxed.class, "{\"big\":1e2}"),
                refusal("\"1\" into BigInteger", Boxed.class, "{\"big\":\"1\"}"),
                refusal("object into List<record>", Nested.class, "{\"items\":{}}"),
                refusal("string into List<record>", Nested.class, "{\"items\":\"x\"}"),
                refusal("array into record (list element)", Nested.class, "{\"items\":[[]]}"),
                refusal("number into record (list element)", Nested.class, "{\"items\":[1]}"),
                refusal("1.5 into long inside a List<record> element", Nested.class,
                        "{\"items\":[{\"l\":1},{\"l\":1.5}]}"),
                refusal("array into Map<String,Object>", Nested.class, "{\"extra\":[]}"),
                refusal("string into Map<String,Object>", Nested.class, "{\"extra\":\"x\"}"),
                refusal("object into List<Object>", Nested.class, "{\"list\":{}}"),
                refusal("number into List<Object>", Nested.class, "{\"list\":1}"),
                refusal("array into record (top level)", Scalars.class, "[]"),
                refusal("number into record (top level)", Scalars.class, "1"),
                refusal("string into record (top level)", Scalars.class, "\"x\""),
                refusal("true into record (top level)", Nested.class, "true"));
    }

    private static Arguments refusal(String label, Class<?> type, String json) {
        return Arguments.of(label, type, json);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("typedRefusals")
    @DisplayName("typed: no coercion; a value that does not fit the component is a JsonDecodeException")
    void mismatchRefused(String label, Class<?> type, String json) {
        rejected(label + ": " + json + " into " + type.getSimpleName(), () -> decoder().forType(type).decode(bytes(json)));
    }

    static Stream<Arguments> typedStrictness() {
        return Stream.of(
                strict("trailing content after the record", Scalars.class, "{\"l\":1} x"),
                strict("two records", Scalars.class, "{\"l\":1}{\"l\":2}"),
                strict("extra closing brace", Scalars.class, "{\"l\":1}}"),
                strict("trailing comma", Scalars.class, "{\"l\":1,}"),
                strict("missing comma", Scalars.class, "{\"l\":1 \"i\":2}"),
                strict("comment", Scalars.class, "{/* c */\"l\":1}"),
                strict("unquoted name", Scalars.class, "{l:1}"),
                strict("single quotes", Scalars.class, "{'s':'x'}"),
                strict("leading zero into long", Scalars.class, "{\"l\":01}"),
                strict("+1 into long", Scalars.class, "{\"l\":+1}"),
                strict("NaN into double", Scalars.class, "{\"d\":NaN}"),
                strict("Infinity into double", Scalars.class, "{\"d\":Infinity}"),
                strict(".5 into double", Scalars.class, "{\"d\":.5}"),
                strict("1. into double", Scalars.class, "{\"d\":1.}"),
                strict("truex into boolean", Scalars.class, "{\"b\":truex}"),
                strict("True into boolean", Scalars.class, "{\"b\":True}"),
                strict("raw tab in String", Scalars.class, "{\"s\":\"a\tb\"}"),
                strict("invalid escape in String", Scalars.class, "{\"s\":\"\\x\"}"),
                strict("unpaired surrogate in String", Scalars.class, "{\"s\":\"\\uD800\"}"),
                strict("overlong UTF-8 in String", Scalars.class, Rfc8259Corpus.b("{\"s\":\"", 0xC0, 0xAF, "\"}")),
                strict("BOM before the record", Scalars.class, Rfc8259Corpus.b(0xEF, 0xBB, 0xBF, "{}")),
                strict("unclosed record", Scalars.class, "{\"l\":1"),
                strict("empty document", Scalars.class, ""),
                strict("skipped member: trailing comma in array", Scalars.class, "{\"zz\":[1,],\"l\":1}"),
                strict("skipped member: leading zero", Scalars.class, "{\"zz\":01,\"l\":1}"),
                strict("skipped member: NaN", Scalars.class, "{\"zz\":NaN,\"l\":1}"),
                strict("skipped member: invalid escape", Scalars.class, "{\"zz\":\"\\x\",\"l\":1}"),
                strict("skipped member: single quotes", Scalars.class, "{\"zz\":'a',\"l\":1}"),
                strict("skipped member: unpaired surrogate", Scalars.class, "{\"zz\":\"\\uDC00\",\"l\":1}"),
                strict("skipped member: raw control character", Scalars.class, "{\"zz\":\"\u0001\",\"l\":1}"),
                strict("skipped member: invalid UTF-8", Scalars.class, Rfc8259Corpus.b("{\"zz\":\"", 0xFF, "\",\"l\":1}")),
                strict("skipped member: truncated literal", Scalars.class, "{\"zz\":tru,\"l\":1}"),
                strict("skipped member: missing colon in nested object", Scalars.class, "{\"zz\":{\"a\" 1},\"l\":1}"),
                strict("skipped member name: invalid escape", Scalars.class, "{\"\\q\":1,\"l\":1}"),
                strict("Map<String,Object>: trailing comma", Nested.class, "{\"extra\":{\"a\":1,}}"),
                strict("List<Object>: missing comma", Nested.class, "{\"list\":[1 2]}"),
                strict("Object: comment", Nested.class, "{\"any\":[1//c\n]}"),
                strict("List<record>: trailing comma", Nested.class, "{\"items\":[{},]}"));
    }

    private static Arguments strict(String label, Class<?> type, String json) {
        return Arguments.of(label, type, bytes(json));
    }

    private static Arguments strict(String label, Class<?> type, byte[] json) {
        return Arguments.of(label, type, json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedStrictness")
    @DisplayName("typed: parsing is as strict as the tree (RFC 8259), including inside skipped members")
    void strictParsing(String label, Class<?> type, byte[] json) {
        rejected(label + ": " + Show.document(json), () -> decoder().forType(type).decode(json));
    }

    static Stream<Class<?>> unsupportedTypes() {
        return Stream.of(SetComponent.class, ThreadComponent.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupportedTypes")
    @DisplayName("typed: an unsupported component type is refused at forType with IllegalArgumentException")
    void unsupportedTypeRefusedAtForType(Class<?> type) {
        assertThatThrownBy(() -> decoder().forType(type))
                .as("forType(%s)", type.getSimpleName())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageFindingMatch("\\S");
    }
}
