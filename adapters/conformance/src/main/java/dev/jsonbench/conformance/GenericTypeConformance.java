package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonType;
import dev.jsonbench.api.TypedDecoder;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generic targets: {@code forType(Type)} and {@code forType(JsonType)} bind lists, collections, typed maps, arrays
 * (primitive ones too), generic and recursive records and top-level scalars by the same rules as record components,
 * as strictly and within the same limits; a type no backend binds is refused at {@code forType}, naming the component
 * and why.
 */
@Tag("generic")
public abstract class GenericTypeConformance extends ConformanceGroup {

    private static final Scalars ONE = new Scalars(1, 0, 0.0, false, null, null);
    private static final Scalars TWO = new Scalars(2, 0, 0.0, false, "two", null);

    protected GenericTypeConformance(ConformanceSuite suite) {
        super(suite);
    }

    private <T> T decode(JsonType<T> type, String json) {
        return decode(decoder(), type, json);
    }

    private static <T> T decode(JsonDecoder decoder, JsonType<T> type, String json) {
        byte[] bytes = bytes(json);
        return accepted(Show.document(bytes) + " into " + type, () -> decoder.forType(type).decode(bytes));
    }

    @Test
    @DisplayName("generic: List<record> at the top level, named by JsonType, by reflection and by name alike")
    void listOfRecordsAtTheTopLevel() {
        String json = "[{\"l\":1},null,{\"l\":2,\"s\":\"two\"}]";
        List<Scalars> expected = Arrays.asList(ONE, null, TWO);
        assertThat(decode(new JsonType<List<Scalars>>() { }, json)).isEqualTo(expected);
        assertThat(decode(JsonType.listOf(Scalars.class), json)).isEqualTo(expected);
        Type reflected = Nested.class.getRecordComponents()[0].getGenericType(); // List<Scalars>, the JDK's own
        TypedDecoder<List<Scalars>> byReflection = decoder().forType(reflected);
        assertThat(byReflection.decode(bytes(json))).isEqualTo(expected);
        assertThat(byReflection.type()).isEqualTo(reflected).isEqualTo(JsonType.listOf(Scalars.class).type());
        assertThat(byReflection.decoder().name()).isEqualTo(decoder().name());
        JsonType<?> named = JsonType.parse("java.util.List<dev.jsonbench.conformance.Scalars>", getClass().getClassLoader());
        assertThat(decode(named, json)).isEqualTo(expected);
        assertThat(decode(JsonType.listOf(Scalars.class), "[]")).isEmpty();
        assertThat(decode(JsonType.listOf(Scalars.class), "null")).isNull();
    }

    @Test
    @DisplayName("generic: Map<String, record> keeps document order; a repeated name keeps its first position and last value")
    void mapOfRecordsInDocumentOrder() {
        Map<String, Scalars> map = decode(JsonType.mapOf(Scalars.class),
                "{\"b\":{\"l\":9},\"a\":{\"l\":1},\"n\":null,\"b\":{\"l\":2,\"s\":\"two\"},\"\":{}}");
        assertThat(map).isInstanceOf(LinkedHashMap.class);
        assertThat(names(map)).containsExactly("b", "a", "n", "");
        assertThat(map).containsEntry("b", TWO).containsEntry("a", ONE).containsEntry("n", null)
                .containsEntry("", new Scalars(0, 0, 0.0, false, null, null));
        assertThat(decode(JsonType.mapOf(Long.class), "{\"x\":1,\"\\u0079\":-2}")).containsExactly(Map.entry("x", 1L), Map.entry("y", -2L));
        assertThat(decode(JsonType.mapOf(Scalars.class), "{}")).isEmpty();
    }

    @Test
    @DisplayName("generic: arrays of records, strings, boxes and primitives (long[], int[], double[], boolean[])")
    void arrays() {
        assertThat(decode(JsonType.of(Scalars[].class), "[{\"l\":1},null,{\"l\":2,\"s\":\"two\"}]")).containsExactly(ONE, null, TWO);
        assertThat(decode(JsonType.of(String[].class), "[\"a\",null,\"\"]")).containsExactly("a", null, "");
        assertThat(decode(JsonType.of(Integer[].class), "[1,null,-2147483648]")).containsExactly(1, null, Integer.MIN_VALUE);
        assertThat(decode(JsonType.of(long[].class), "[9223372036854775807,-1,0]")).containsExactly(Long.MAX_VALUE, -1L, 0L);
        assertThat(decode(JsonType.of(int[].class), "[2147483647,-0]")).containsExactly(Integer.MAX_VALUE, 0);
        assertThat(decode(JsonType.of(double[].class), "[1,1.5,-0.0,1e-400]")).containsExactly(1.0, 1.5, -0.0, 0.0);
        assertThat(decode(JsonType.of(boolean[].class), "[true,false]")).containsExactly(true, false);
        assertThat(decode(JsonType.of(long[].class), "[]")).isEmpty();
        assertThat(decode(JsonType.of(long[][].class), "[[1],[],[2,3]]")).isDeepEqualTo(new long[][] {{1}, {}, {2, 3}});
        Object[] values = decode(JsonType.of(Object[].class), "[1,\"x\",{\"k\":[2.5]},null]");
        assertSameValue("Object[] takes the value model", Arrays.asList(1L, "x", Rfc8259Corpus.map("k", List.of(2.5)), null),
                Arrays.asList(values));
        @SuppressWarnings("unchecked")
        List<Long>[] lists = (List<Long>[]) decode(JsonType.arrayOf(JsonType.listOf(Long.class).type()), "[[1,2],null,[]]");
        assertThat(lists).containsExactly(List.of(1L, 2L), null, List.of());
    }

    @Test
    @DisplayName("generic: nested generics (List<List<Long>>, Map<String, List<record>>, List<Map<String, Long>>, Collection<String>)")
    void nestedGenerics() {
        assertThat(decode(new JsonType<List<List<Long>>>() { }, "[[1,2],[],null,[3]]"))
                .isEqualTo(Arrays.asList(List.of(1L, 2L), List.of(), null, List.of(3L)));
        assertThat(decode(new JsonType<Map<String, List<Scalars>>>() { }, "{\"x\":[{\"l\":1}],\"y\":[]}"))
                .isEqualTo(Map.of("x", List.of(ONE), "y", List.of()));
        assertThat(decode(new JsonType<List<Map<String, Long>>>() { }, "[{\"a\":1},{}]"))
                .isEqualTo(List.of(Map.of("a", 1L), Map.of()));
        assertThat(decode(new JsonType<Map<String, Map<String, Boolean>>>() { }, "{\"a\":{\"b\":true,\"c\":null}}"))
                .isEqualTo(Map.of("a", Rfc8259Corpus.map("b", true, "c", null)));
        assertThat(decode(new JsonType<Collection<String>>() { }, "[\"a\",\"b\"]")).containsExactly("a", "b");
        assertSameValue("Map<String, ?> takes the value model", Rfc8259Corpus.map("a", 1L, "b", List.of(true)),
                decode(new JsonType<Map<String, ?>>() { }, "{\"a\":1,\"b\":[true]}"));
        assertSameValue("Collection<Object> takes the value model", List.of(1L, "x"),
                decode(new JsonType<Collection<Object>>() { }, "[1,\"x\"]"));
    }

    @Test
    @DisplayName("generic: a record with map, array, list-of-map, collection and wildcard components")
    void recordWithGenericComponents() {
        Catalog catalog = decode(JsonType.of(Catalog.class), "{\"byName\":{\"one\":{\"l\":1}},\"all\":[{\"l\":2,\"s\":\"two\"}],"
                + "\"counts\":[3,4],\"nested\":[{\"k\":[5]}],\"tags\":[\"t\"],\"wild\":{\"w\":{\"i\":6}},\"longs\":[7]}");
        assertThat(catalog.byName()).containsExactly(Map.entry("one", ONE));
        assertThat(catalog.all()).containsExactly(TWO);
        assertThat(catalog.counts()).containsExactly(3L, 4L);
        assertThat(catalog.nested()).isEqualTo(List.of(Map.of("k", List.of(5L))));
        assertThat(catalog.tags()).containsExactly("t");
        assertThat((Map<String, ?>) catalog.wild()).isEqualTo(Map.of("w", new Boxed(6, null, null, null)));
        assertThat((List<?>) catalog.longs()).isEqualTo(List.of(7L));
        Catalog empty = decode(JsonType.of(Catalog.class), "{}");
        assertThat(empty.byName()).isNull();
        assertThat(empty.counts()).isNull();
    }

    @Test
    @DisplayName("generic: a generic record binds through its type argument (Page<record>, Page<List<Long>>)")
    void genericRecord() {
        Page<Scalars> page = decode(new JsonType<Page<Scalars>>() { }, "{\"items\":[{\"l\":1}],\"first\":{\"l\":2,\"s\":\"two\"},\"total\":7}");
        assertThat(page).isEqualTo(new Page<>(List.of(ONE), TWO, 7));
        Page<List<Long>> lists = decode(new JsonType<Page<List<Long>>>() { }, "{\"items\":[[1],[]],\"first\":[2]}");
        assertThat(lists).isEqualTo(new Page<>(List.of(List.of(1L), List.of()), List.of(2L), 0));
        JsonType<?> named = JsonType.parse("dev.jsonbench.conformance.Page<Long>", getClass().getClassLoader());
        assertThat(decode(named, "{\"first\":3}")).isEqualTo(new Page<>(null, 3L, 0));
    }

    @Test
    @DisplayName("generic: a recursive record binds at every depth")
    void recursiveRecord() {
        TreeNode root = decode(JsonType.of(TreeNode.class), "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":"
                + "[{\"name\":\"c\",\"children\":[]}]},{\"name\":\"d\"}],\"pair\":[{\"name\":\"e\"},null]}");
        assertThat(root.name()).isEqualTo("a");
        assertThat(root.children()).extracting(TreeNode::name).containsExactly("b", "d");
        assertThat(root.children().get(0).children().get(0).name()).isEqualTo("c");
        assertThat(root.children().get(0).children().get(0).children()).isEmpty();
        assertThat(root.children().get(1).children()).isNull();
        assertThat(root.pair()).hasSize(2);
        assertThat(root.pair()[0].name()).isEqualTo("e");
        assertThat(root.pair()[1]).isNull();
        rejected("a number where a TreeNode goes, three levels down", () -> decoder().forType(TreeNode.class)
                .decode(bytes("{\"children\":[{\"children\":[{\"children\":[1]}]}]}")));
    }

    @Test
    @DisplayName("generic: scalars, Object and Map<String,Object> at the top level; null gives null, except for a primitive")
    void scalarsAtTheTopLevel() {
        assertThat(decode(JsonType.of(String.class), "\"x\\n\"")).isEqualTo("x\n");
        assertThat(decode(JsonType.of(Long.class), "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(decode(JsonType.of(long.class), "5")).isEqualTo(5L);
        assertThat(decode(JsonType.of(int.class), "-5")).isEqualTo(-5);
        assertThat(decode(JsonType.of(Double.class), "1")).isEqualTo(1.0);
        assertThat(decode(JsonType.of(double.class), "2.5e1")).isEqualTo(25.0);
        assertThat(decode(JsonType.of(Boolean.class), "true")).isTrue();
        assertThat(decode(JsonType.of(BigInteger.class), "18446744073709551616")).isEqualTo(BigInteger.ONE.shiftLeft(64));
        assertSameValue("Object", Rfc8259Corpus.map("a", List.of(1L)), decode(JsonType.of(Object.class), "{\"a\":[1]}"));
        assertSameValue("Map<String,Object>", Rfc8259Corpus.map("a", 1.5),
                decode(new JsonType<Map<String, Object>>() { }, "{\"a\":1.5}"));
        for (JsonType<?> type : List.of(JsonType.of(String.class), JsonType.of(Long.class), JsonType.of(Boolean.class),
                JsonType.of(BigInteger.class), JsonType.of(Object.class), JsonType.listOf(Long.class),
                JsonType.mapOf(Long.class), JsonType.of(long[].class), JsonType.of(Scalars.class))) {
            assertThat(decode(type, " null ")).as("null into %s", type).isNull();
        }
    }

    static Stream<Arguments> genericRefusals() {
        return Stream.of(
                refusal("object into List<record>", JsonType.listOf(Scalars.class), "{}"),
                refusal("string into List<record>", JsonType.listOf(Scalars.class), "\"\""),
                refusal("number into a List<record> element", JsonType.listOf(Scalars.class), "[{},1]"),
                refusal("1.5 into long inside a List<record> element", JsonType.listOf(Scalars.class), "[{\"l\":1.5}]"),
                refusal("array into Map<String, record>", JsonType.mapOf(Scalars.class), "[]"),
                refusal("string into Map<String, record>", JsonType.mapOf(Scalars.class), "\"\""),
                refusal("array into a Map<String, record> value", JsonType.mapOf(Scalars.class), "{\"a\":[]}"),
                refusal("string into a Map<String, Long> value", JsonType.mapOf(Long.class), "{\"a\":\"1\"}"),
                refusal("1.5 into a Map<String, Long> value", JsonType.mapOf(Long.class), "{\"a\":1.5}"),
                refusal("1.5 into List<List<Long>>", new JsonType<List<List<Long>>>() { }, "[[1],[1.5]]"),
                refusal("object into record[]", JsonType.of(Scalars[].class), "{}"),
                refusal("number into a record[] element", JsonType.of(Scalars[].class), "[1]"),
                refusal("string into long[]", JsonType.of(long[].class), "\"1\""),
                refusal("object into long[]", JsonType.of(long[].class), "{}"),
                refusal("1.5 into long[]", JsonType.of(long[].class), "[1.5]"),
                refusal("\"1\" into long[]", JsonType.of(long[].class), "[\"1\"]"),
                refusal("null into long[]", JsonType.of(long[].class), "[1,null]"),
                refusal("null into int[]", JsonType.of(int[].class), "[null]"),
                refusal("null into double[]", JsonType.of(double[].class), "[null]"),
                refusal("null into boolean[]", JsonType.of(boolean[].class), "[null]"),
                refusal("2^31 into int[]", JsonType.of(int[].class), "[2147483648]"),
                refusal("1e2 into int[]", JsonType.of(int[].class), "[1e2]"),
                refusal("2^63 into long[]", JsonType.of(long[].class), "[9223372036854775808]"),
                refusal("a 400-digit integer into double[]", JsonType.of(double[].class), "[" + "9".repeat(400) + "]"),
                refusal("\"1.5\" into double[]", JsonType.of(double[].class), "[\"1.5\"]"),
                refusal("1 into boolean[]", JsonType.of(boolean[].class), "[1]"),
                refusal("number into String[]", JsonType.of(String[].class), "[1]"),
                refusal("true into String[]", JsonType.of(String[].class), "[true]"),
                refusal("2^31 into Integer[]", JsonType.of(Integer[].class), "[2147483648]"),
                refusal("string into a Page<record> item", new JsonType<Page<Scalars>>() { }, "{\"items\":[\"x\"]}"),
                refusal("object into Page<Long>.first", new JsonType<Page<Long>>() { }, "{\"first\":{}}"),
                refusal("\"1\" into Long (top level)", JsonType.of(Long.class), "\"1\""),
                refusal("1.5 into long (top level)", JsonType.of(long.class), "1.5"),
                refusal("null into long (top level)", JsonType.of(long.class), "null"),
                refusal("null into boolean (top level)", JsonType.of(boolean.class), "null"),
                refusal("2^31 into Integer (top level)", JsonType.of(Integer.class), "2147483648"),
                refusal("true into String (top level)", JsonType.of(String.class), "true"),
                refusal("object into String (top level)", JsonType.of(String.class), "{}"),
                refusal("\"true\" into Boolean (top level)", JsonType.of(Boolean.class), "\"true\""),
                refusal("1.5 into BigInteger (top level)", JsonType.of(BigInteger.class), "1.5"),
                refusal("array into Map<String,Object> (top level)", new JsonType<Map<String, Object>>() { }, "[]"),
                refusal("object into Collection<Object> (top level)", new JsonType<Collection<Object>>() { }, "{}"),
                refusal("array into a Catalog's map", JsonType.of(Catalog.class), "{\"byName\":[]}"),
                refusal("1.5 into a Catalog's long[]", JsonType.of(Catalog.class), "{\"counts\":[1.5]}"),
                refusal("\"x\" into a Catalog's List<? extends Long>", JsonType.of(Catalog.class), "{\"longs\":[\"x\"]}"),
                refusal("1.5 into a Catalog's Map<String, ? extends Boxed> value", JsonType.of(Catalog.class),
                        "{\"wild\":{\"w\":{\"i\":1.5}}}"));
    }

    private static Arguments refusal(String label, JsonType<?> type, String json) {
        return Arguments.of(label, type, json);
    }


    static Stream<Arguments> genericStrictness() {
        return Stream.of(
                refusal("trailing comma in Map<String, record>", JsonType.mapOf(Scalars.class), "{\"a\":{},}"),
                refusal("missing colon in Map<String, Long>", JsonType.mapOf(Long.class), "{\"a\" 1}"),
                refusal("invalid escape in a Map<String, Long> key", JsonType.mapOf(Long.class), "{\"\\x\":1}"),
                refusal("unpaired surrogate in a Map<String, Long> key", JsonType.mapOf(Long.class), "{\"\\ud800\":1}"),
                refusal("missing comma in long[]", JsonType.of(long[].class), "[1 2]"),
                refusal("leading zero in int[]", JsonType.of(int[].class), "[01]"),
                refusal("trailing comma in String[]", JsonType.of(String[].class), "[\"a\",]"),
                refusal("comment in List<List<Long>>", new JsonType<List<List<Long>>>() { }, "[[1]/* c */]"),
                refusal("trailing content after List<record>", JsonType.listOf(Scalars.class), "[] x"),
                refusal("trailing content after a top-level Long", JsonType.of(Long.class), "1 2"),
                refusal("NaN into double (top level)", JsonType.of(double.class), "NaN"),
                refusal("empty document into String", JsonType.of(String.class), ""),
                refusal("unclosed Map<String, Long>", JsonType.mapOf(Long.class), "{\"a\":1"),
                refusal("unclosed long[]", JsonType.of(long[].class), "[1,"),
                refusal("a skipped member in a Page item: trailing comma", new JsonType<Page<Scalars>>() { },
                        "{\"items\":[{\"zz\":[1,],\"l\":1}]}"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource({"genericRefusals", "genericStrictness"})
    @DisplayName("generic: no coercion and strict parsing inside generic containers: a misfit or invalid value is a JsonDecodeException")
    void mismatchOrInvalidRefused(String label, JsonType<?> type, String json) {
        rejected(label + ": " + json + " into " + type, () -> decoder().forType(type).decode(bytes(json)));
    }

    static Stream<Arguments> unsupportedGenericTypes() {
        return Stream.of(
                unsupported(JsonType.of(SetComponent.class), "SetComponent.names", "use List"),
                unsupported(JsonType.parameterized(Set.class, String.class), "Set<String>", "use List"),
                unsupported(JsonType.of(Unsupported.SetInList.class), "SetInList.groups[]", "use List"),
                unsupported(JsonType.of(Unsupported.IntegerKeys.class), "IntegerKeys.byId", "keys must be String"),
                unsupported(JsonType.parameterized(Map.class, Long.class, Scalars.class), "Map<Long, Scalars>", "keys must be String"),
                unsupported(JsonType.of(Unsupported.EnumComponent.class), "EnumComponent.day", "use String"),
                unsupported(JsonType.of(Unsupported.FloatComponent.class), "FloatComponent.ratio", "use long, int, double"),
                unsupported(JsonType.of(Unsupported.DecimalComponent.class), "DecimalComponent.price", "BigInteger"),
                unsupported(JsonType.of(Unsupported.RawList.class), "RawList.items", "needs its type arguments"),
                unsupported(JsonType.of(List.class), "List", "needs its type arguments"),
                unsupported(JsonType.of(Unsupported.ClassComponent.class), "ClassComponent.text", "declare it as a record"),
                unsupported(JsonType.of(Unsupported.Generic.class), "Generic.value", "type variable T"),
                unsupported(JsonType.of(ThreadComponent[].class), "ThreadComponent.thread", "declare it as a record"),
                unsupported(JsonType.mapOf(SetComponent.class), "SetComponent.names", "use List"),
                unsupported(JsonType.of(float[].class), "float[][]", "use long, int, double"));
    }

    private static Arguments unsupported(JsonType<?> type, String where, String why) {
        return Arguments.of(type, where, why);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupportedGenericTypes")
    @DisplayName("generic: a type no backend binds is refused at forType, naming the backend, the component and why")
    void unsupportedTypeRefusedNamingTheComponent(JsonType<?> type, String where, String why) {
        assertThatThrownBy(() -> decoder().forType(type))
                .as("forType(%s)", type)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(decoder().name() + " cannot bind ")
                .hasMessageContaining(where + ": ")
                .hasMessageContaining(why);
    }

    @Test
    @DisplayName("generic: every limit holds inside generic containers, map keys and array elements included")
    void limitsHoldInsideGenericContainers() {
        JsonDecoder depth3 = decoderFor(DecodeLimits.builder().maxNestingDepth(3).build());
        assertThat(decode(depth3, new JsonType<List<List<List<Long>>>>() { }, "[[[1]]]")).isEqualTo(List.of(List.of(List.of(1L))));
        assertLimit(depth3, new JsonType<List<List<List<List<Long>>>>>() { }, "[[[[1]]]]", "maxNestingDepth", 3);
        assertLimit(depth3, JsonType.mapOf(Object.class), "{\"a\":[[1]]}", null, 0);
        assertLimit(depth3, JsonType.mapOf(Object.class), "{\"a\":[[[1]]]}", "maxNestingDepth", 3);
        JsonDecoder string4 = decoderFor(DecodeLimits.builder().maxStringLength(4).build());
        assertThat(decode(string4, JsonType.mapOf(Long.class), "{\"abcd\":1}")).containsEntry("abcd", 1L);
        assertLimit(string4, JsonType.mapOf(Long.class), "{\"abcde\":1}", "maxStringLength", 4);
        assertLimit(string4, JsonType.of(String[].class), "[\"abcde\"]", "maxStringLength", 4);
        assertLimit(string4, JsonType.of(Scalars[].class), "[{\"abcde\":1}]", "maxStringLength", 4);
        JsonDecoder number4 = decoderFor(DecodeLimits.builder().maxNumberLength(4).build());
        assertThat(decode(number4, JsonType.of(long[].class), "[1234]")).containsExactly(1234L);
        assertLimit(number4, JsonType.of(long[].class), "[12345]", "maxNumberLength", 4);
        assertLimit(number4, JsonType.mapOf(Double.class), "{\"a\":1.234}", "maxNumberLength", 4);
        JsonDecoder bytes16 = decoderFor(DecodeLimits.builder().maxDocumentBytes(16).build());
        assertThat(decode(bytes16, JsonType.of(int[].class), "[1,2,3,4,5,6,7]")).hasSize(7);
        assertLimit(bytes16, JsonType.of(int[].class), "[1,2,3,4,5,6,7,8]", "maxDocumentBytes", 16);
    }

    /** {@code json} is rejected naming {@code setting}, or (setting null) accepted. */
    private static void assertLimit(JsonDecoder decoder, JsonType<?> type, String json, String setting, int limit) {
        if (setting == null) {
            decode(decoder, type, json);
            return;
        }
        JsonDecodeException e = rejected(json + " into " + type, () -> decoder.forType(type).decode(bytes(json)));
        assertThat(e.getMessage()).as("rejection of %s into %s", json, type).contains(DecodeLimits.exceededMessage(setting, limit));
    }
}
