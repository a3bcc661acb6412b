package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.ApiResponseGenerator;
import dev.jsonbench.fixtures.Digest;
import dev.jsonbench.fixtures.Fixtures;
import dev.jsonbench.fixtures.Item;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite (TCK) every adapter runs: the value model and typed binding rules of
 * {@link JsonDecoder} and {@link TypedDecoder}, strict RFC 8259 parsing, {@link DecodeLimits}, hostile input and
 * seeded property tests. Subclass it in the adapter module's tests (the module depends on
 * {@code dev.jsonbench:jsonbench-conformance} in test scope):
 *
 * <pre>{@code
 * class JacksonConformanceTest extends ConformanceSuite {
 *     @Override
 *     protected JsonDecoder decoder(DecodeLimits limits) {
 *         return JsonDecoders.get("jackson", limits);
 *     }
 * }
 * }</pre>
 *
 * <p>Test methods are grouped by prefix: {@code fixture_}, {@code valueModel_}, {@code typed_}, {@code rfc8259_},
 * {@code limits_}, {@code hostile_}, {@code property_}. Each name (and display name) says the rule it tests; a
 * parameterized case's display name says which case failed. Run one group with e.g.
 * {@code mvn test -Dtest='JacksonConformanceTest#rfc8259_*'}.
 *
 * <h2>What every decoder must do</h2>
 * A decode either returns the value the value model prescribes or throws {@link JsonDecodeException}; every other
 * throwable (a backend's exception, {@code StackOverflowError}, {@code ArrayIndexOutOfBoundsException}, ...) is a
 * failure, and the suite prints its class. The suite never asserts speed: {@code assertTimeoutPreemptively} with a
 * generous bound ({@link #HANG_GUARD}) only turns a hang on hostile input into a failure.
 *
 * <h2>Policies for what RFC 8259 leaves to the implementation</h2>
 * <ul>
 *   <li><b>Byte order mark:</b> a UTF-8 BOM (EF BB BF) before the document is rejected (§8.1 allows ignoring it;
 *       we are strict). U+FEFF inside a string is an ordinary character.</li>
 *   <li><b>Whitespace:</b> only space, tab, line feed and carriage return (§2); form feed, vertical tab, NBSP,
 *       U+2028 and U+FEFF outside strings are rejected.</li>
 *   <li><b>Unpaired surrogates (§8.2):</b> a {@code \}{@code uD800}-{@code \}{@code uDBFF} escape must be followed
 *       at once by a {@code \}{@code uDC00}-{@code \}{@code uDFFF} escape, and a low surrogate escape may not stand
 *       alone: {@code "\}{@code uD800"}, {@code "\}{@code uDC00"} and {@code "\}{@code uD800\}{@code u0041"} are
 *       rejected. Decoded strings are always well-formed UTF-16.</li>
 *   <li><b>UTF-8 (§8.1):</b> the whole document must be well-formed UTF-8 (Unicode Table 3-7): overlong forms,
 *       encoded surrogates, code points above U+10FFFF, truncated sequences, stray continuation bytes and the
 *       bytes C0, C1, F5-FF are rejected, inside strings and out. Noncharacters such as U+FFFF are accepted.</li>
 *   <li><b>Number range (§6, §9):</b> an integer literal (no fraction, no exponent) is a {@code Long} when it fits,
 *       else a {@code BigInteger} (never rounded); {@code -0} is {@code Long} 0. Any other literal is the correctly
 *       rounded {@code Double} (ties to even), {@code -0.0} keeping its sign. A literal whose magnitude overflows a
 *       double ({@code 1e400}, {@code -1e400}, {@code 1.8e308}) is rejected; underflow ({@code 1e-400}) gives 0.0
 *       (or -0.0).</li>
 *   <li><b>Duplicate names (§4):</b> allowed; the last value wins, at the position of the first occurrence. The
 *       same holds inside {@code Map<String,Object>} and {@code Object} components of typed decodes.</li>
 *   <li><b>Limits (§9):</b> {@link DecodeLimits} apply to the whole document, including members a typed decode
 *       skips: a string, member name or number beyond its limit is rejected even inside an unknown member. The
 *       rejection's message contains {@link DecodeLimits#exceededMessage(String, long)} for the setting.</li>
 *   <li><b>Typed integers:</b> a {@code long}/{@code int}/{@code BigInteger} component takes only an integer
 *       literal in its range; {@code 1.0}, {@code 1e2} and {@code 1.5} are decimals in the value model and are
 *       refused, as are strings, booleans and (for primitives) null. A {@code double} component takes any number
 *       ({@code 1} gives 1.0).</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConformanceSuite {

    /** Bound on one hostile decode; a hang guard only, never a speed assertion. */
    protected static final Duration HANG_GUARD = Duration.ofSeconds(20);

    /** Bytes put around documents in the offset tests: they would continue or break a document read past its end. */
    private static final String GARBAGE = "[]{}\",:0123456789.eE-+ tfn\\\u0000";

    /** Bytes the byte-flip test writes into the fixture besides random ones. */
    private static final String STRUCTURAL = "{}[],:\"\\0-.eE \u0000";

    /** Seeds of the property tests. */
    private static final int PROPERTY_SEEDS = 200;

    /** A new decoder of the backend under test enforcing {@code limits}; the suite creates one per limits. */
    protected abstract JsonDecoder decoder(DecodeLimits limits);

    private final Map<DecodeLimits, JsonDecoder> decoders = new HashMap<>();

    /** The decoder for {@code limits}, created once per test class. */
    protected final synchronized JsonDecoder decoderFor(DecodeLimits limits) {
        return decoders.computeIfAbsent(limits, this::decoder);
    }

    /** The decoder with {@link DecodeLimits#defaults()}. */
    protected final JsonDecoder decoder() {
        return decoderFor(DecodeLimits.defaults());
    }

    // =========================================================================================================
    // 1. The fixture

    @Test
    @DisplayName("fixture: typed and tree decodes have the published digest")
    void fixture_typedAndTreeDecodesHaveThePublishedDigest() {
        byte[] json = Fixtures.apiResponse();
        ApiResponse typed = accepted("typed fixture", () -> decoder().forType(ApiResponse.class).decode(json));
        Object tree = accepted("tree fixture", () -> decoder().decodeTree(json));
        assertThat(Digest.hex(Digest.ofDecoded(typed))).as("typed digest")
                .isEqualTo(Digest.hex(Fixtures.API_RESPONSE_DIGEST));
        assertThat(Digest.hex(Digest.ofDecoded(tree))).as("tree digest")
                .isEqualTo(Digest.hex(Fixtures.API_RESPONSE_DIGEST));
    }

    @Test
    @DisplayName("fixture: the tree has the exact values (long ids, exact big longs, doubles, null, escapes, order)")
    void fixture_treeHasExactValues() {
        Object tree = accepted("tree fixture", () -> decoder().decodeTree(Fixtures.apiResponse()));
        assertThat(tree).isInstanceOf(Map.class);
        Map<?, ?> root = (Map<?, ?>) tree;
        assertThat(names(root)).containsExactly("status", "total", "items");
        assertThat(root.get("status")).isEqualTo("ok");
        assertThat(root.get("total")).isEqualTo(256L);
        List<?> items = (List<?>) root.get("items");
        assertThat(items).hasSize(9);
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> item = (Map<?, ?>) items.get(i);
            assertThat(names(item)).as("item %d member order", i)
                    .containsExactly("id", "name", "tags", "metadata");
            checkFixtureItem(i, item.get("id"), item.get("name"), item.get("tags"), item.get("metadata"), "tree");
        }
    }

    @Test
    @DisplayName("fixture: the typed ApiResponse has the exact values, metadata in the value model")
    void fixture_typedHasExactValues() {
        ApiResponse typed = accepted("typed fixture",
                () -> decoder().forType(ApiResponse.class).decode(Fixtures.apiResponse()));
        assertThat(typed.status()).isEqualTo("ok");
        assertThat(typed.total()).isEqualTo(256L);
        assertThat(typed.items()).hasSize(9);
        for (int i = 0; i < typed.items().size(); i++) {
            Item item = typed.items().get(i);
            checkFixtureItem(i, item.id(), item.name(), item.tags(), item.metadata(), "typed");
        }
    }

    @Test
    @DisplayName("fixture: typed metadata equals the tree's metadata of the same item, in the same order")
    void fixture_typedMetadataEqualsTreeMetadata() {
        byte[] json = Fixtures.apiResponse();
        ApiResponse typed = decoder().forType(ApiResponse.class).decode(json);
        List<?> treeItems = (List<?>) ((Map<?, ?>) decoder().decodeTree(json)).get("items");
        for (int i = 0; i < typed.items().size(); i++) {
            Map<?, ?> treeItem = (Map<?, ?>) treeItems.get(i);
            assertSameValue("item " + i + " metadata (tree is expected, typed is actual)",
                    treeItem.get("metadata"), typed.items().get(i).metadata());
            assertSameValue("item " + i + " tags", treeItem.get("tags"), typed.items().get(i).tags());
            assertThat(typed.items().get(i).id()).isEqualTo(treeItem.get("id"));
            assertThat(typed.items().get(i).name()).isEqualTo(treeItem.get("name"));
        }
    }

    @Test
    @DisplayName("fixture: decoding the same bytes again gives equal values (no state leaks between decodes)")
    void fixture_decodingTwiceGivesEqualValues() {
        byte[] json = Fixtures.apiResponse();
        TypedDecoder<ApiResponse> typed = decoder().forType(ApiResponse.class);
        Object tree1 = decoder().decodeTree(json);
        ApiResponse typed1 = typed.decode(json);
        Object tree2 = decoder().decodeTree(json);
        ApiResponse typed2 = typed.decode(json);
        assertSameValue("second tree decode", tree1, tree2);
        assertThat(typed2).as("second typed decode").isEqualTo(typed1);
        assertThat(tree2).as("a new tree each time, not a shared view").isNotSameAs(tree1);
        assertThat(json).as("input left unchanged").isEqualTo(Fixtures.apiResponse());
    }

    @Test
    @DisplayName("fixture: after rejected documents (every invalid corpus case) the decoder still decodes correctly")
    void fixture_rejectedDocumentsLeaveNoState() {
        byte[] json = Fixtures.apiResponse();
        TypedDecoder<ApiResponse> typed = decoder().forType(ApiResponse.class);
        Object expectedTree = decoder().decodeTree(json);
        ApiResponse expectedTyped = typed.decode(json);
        for (Rfc8259Corpus.Case c : Rfc8259Corpus.invalid()) {
            rejected(c.toString(), () -> decoder().decodeTree(c.json()));
            rejected(c.toString() + " (typed)", () -> typed.decode(c.json()));
            assertSameValue("tree decode after rejecting " + c, expectedTree, decoder().decodeTree(json));
            assertThat(typed.decode(json)).as("typed decode after rejecting %s", c).isEqualTo(expectedTyped);
        }
    }

    @Test
    @DisplayName("fixture: decoding from offset/length inside a larger buffer ignores the bytes around it")
    void fixture_decodesFromOffsetInsideLargerBuffer() {
        byte[] json = Fixtures.apiResponse();
        Object expectedTree = decoder().decodeTree(json);
        ApiResponse expectedTyped = decoder().forType(ApiResponse.class).decode(json);
        byte[][] prefixes = {bytes("x"), bytes("{\"status\":\"bad\",\"items\":[1,\""), Rfc8259Corpus.b(0xFF, 0xEF, 0xBB, 0xBF),
                new byte[1000]};
        byte[][] suffixes = {bytes(" x"), bytes("]}]}{\"total\":1}"), Rfc8259Corpus.b(0xFF, 0x00, "\""),
                bytes(",\"extra\":1e400}"), new byte[0], new byte[100]};
        for (byte[] prefix : prefixes) {
            for (byte[] suffix : suffixes) {
                byte[] buffer = concat(prefix, json, suffix);
                String where = "fixture at offset " + prefix.length + " with " + suffix.length + " bytes after it: "
                        + Show.document(suffix);
                Object tree = accepted(where, () -> decoder().decodeTree(buffer, prefix.length, json.length));
                assertSameValue(where + " (tree)", expectedTree, tree);
                ApiResponse typed = accepted(where,
                        () -> decoder().forType(ApiResponse.class).decode(buffer, prefix.length, json.length));
                assertThat(typed).as(where + " (typed)").isEqualTo(expectedTyped);
            }
        }
        // A small document followed by bytes that would continue it.
        byte[] buffer = bytes("[[1,2]3,4]");
        assertSameValue("[1,2] inside [[1,2]3,4]", List.of(1L, 2L), decoder().decodeTree(buffer, 1, 5));
        byte[] number = bytes("x12345");
        assertSameValue("12 inside x12345", 12L, decoder().decodeTree(number, 1, 2));
        byte[] string = bytes("\"abc\"\"");
        rejected("\"abc inside \"abc\"\" (the closing quote is outside the range)",
                () -> decoder().decodeTree(string, 0, 4));
        byte[] literal = bytes("[true]");
        rejected("tru inside [true]", () -> decoder().decodeTree(literal, 1, 3));
    }

    @Test
    @DisplayName("fixture: concurrent decodes from 8 threads on one decoder all give the published digest")
    void fixture_concurrentDecodesOnOneDecoderAgree() throws Exception {
        byte[] json = Fixtures.apiResponse();
        JsonDecoder decoder = decoder();
        TypedDecoder<ApiResponse> typed = decoder.forType(ApiResponse.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<String> task = () -> {
                    for (int i = 0; i < 200; i++) {
                        long treeDigest = Digest.ofDecoded(decoder.decodeTree(json));
                        long typedDigest = Digest.of(typed.decode(json));
                        if (treeDigest != Fixtures.API_RESPONSE_DIGEST || typedDigest != Fixtures.API_RESPONSE_DIGEST) {
                            return "decode " + i + ": tree " + Digest.hex(treeDigest) + ", typed " + Digest.hex(typedDigest);
                        }
                    }
                    return "ok";
                };
                results.add(pool.submit(task));
            }
            for (Future<String> result : results) {
                assertThat(result.get(HANG_GUARD.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("ok");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("fixture: forType gives a TypedDecoder of that type; decode(bytes, type) works too")
    void fixture_forTypeAndConvenienceDecode() {
        TypedDecoder<ApiResponse> typed = decoder().forType(ApiResponse.class);
        assertThat(typed.type()).isEqualTo(ApiResponse.class);
        assertThat(Digest.of(decoder().decode(Fixtures.apiResponse(), ApiResponse.class)))
                .isEqualTo(Fixtures.API_RESPONSE_DIGEST);
        assertThat(decoder().name()).isNotBlank();
        assertThat(decoder().backendVersion()).isNotBlank();
        assertThat(decoder().configuration()).isNotBlank();
        DecodeLimits custom = DecodeLimits.builder().maxNestingDepth(7).maxStringLength(99).build();
        assertThat(decoderFor(custom).limits()).isEqualTo(custom);
    }

    private static void checkFixtureItem(int index, Object id, Object name, Object tags, Object metadata, String mode) {
        Object[][] expected = {
            // id, name, stock, price
            {1L, "Widget \"Pro\" é", -12L, 19.99},
            {42L, "Back\\slash café", 0L, 0.5},
            {4294967296L, "Line\nbreak naïve", 5L, 0.00125},
            {4294967297L, "Tab\there Ωmega", -2147483649L, 1.0E21},
            {123456789012L, "Emoji \uD83D\uDE00 rocket", 9007199254740991L, -3.75},
            {9007199254740991L, "Plain name", Long.MIN_VALUE, 250.0},
            {7L, "Zürich résumé", 3L, 100.0},
            {1000000000000L, "Quote \"x\" and \\ y", Long.MAX_VALUE, 6.02e23},
            {8589934592L, "Größe \uD834\uDD1E clef", 9007199254740993L, -0.001},
        };
        String at = mode + " item " + index;
        assertThat(id).as(at + " id").isEqualTo(expected[index][0]);
        assertThat(name).as(at + " name").isEqualTo(expected[index][1]);
        assertThat(metadata).as(at + " metadata").isInstanceOf(Map.class);
        Map<?, ?> meta = (Map<?, ?>) metadata;
        assertSameValue(at + " metadata.stock (a Long, exact)", expected[index][2], meta.get("stock"));
        assertSameValue(at + " metadata.price (a Double)", expected[index][3], meta.get("price"));
        assertThat(meta.containsKey("discontinued")).as(at + " metadata has the null member discontinued").isTrue();
        assertThat(meta.get("discontinued")).as(at + " metadata.discontinued").isNull();
        assertSameValue(at + " metadata.extra (empty object)", new LinkedHashMap<>(), meta.get("extra"));
        assertSameValue(at + " metadata.history (empty array)", List.of(), meta.get("history"));
        assertSameValue(at + " metadata.dims", Rfc8259Corpus.map("w", 10L + index, "h", 2.5, "unit", "cm"), meta.get("dims"));
        List<String> order = new ArrayList<>(List.of("sku", "currency", "price", "stock", "active", "discontinued",
                "dims", "ratings", "extra", "history"));
        if (index == 0 || index == 3 || index == 6) {
            order.add("note");
            assertSameValue(at + " metadata.note", "ñ ü → ✓", meta.get("note"));
        }
        assertThat(names(meta)).as(at + " metadata member order").containsExactlyElementsOf(order);
        assertSameValue(at + " metadata.active", index % 2 == 0, meta.get("active"));
        assertSameValue(at + " metadata.sku", String.format("SKU-%04d", 37 * index), meta.get("sku"));
        List<Object> allRatings = List.of(5L, 4.5, -1L, 300L);
        int[] ratingCounts = {1, 2, 3, 4, 1, 2, 3, 4, 1};
        assertSameValue(at + " metadata.ratings", allRatings.subList(0, ratingCounts[index]), meta.get("ratings"));
        List<?>[] allTags = {List.of(), List.of("a"), List.of("new", "sale"), List.of("x", "y", "z"),
            List.of("alpha", "beta", "gamma", "delta"), List.of("one", "two", "three", "four", "five"),
            List.of("café"), List.of("hot", "cold"), List.of("last")};
        assertSameValue(at + " tags", allTags[index], tags);
    }

    // =========================================================================================================
    // 2. The value model

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
    void valueModel_numbers(String literal, Object expected) {
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
    void valueModel_overflowingNumberRejected(String literal) {
        rejected(literal, () -> decoder().decodeTree(bytes(literal)));
        rejected("[" + literal + "]", () -> decoder().decodeTree(bytes("[" + literal + "]")));
        rejected("typed double component", () -> decoder().forType(Scalars.class).decode(bytes("{\"d\":" + literal + "}")));
        rejected("typed Object component", () -> decoder().forType(Nested.class).decode(bytes("{\"any\":" + literal + "}")));
    }

    @Test
    @DisplayName("value model: duplicate names, the last value wins at the position of the first occurrence")
    void valueModel_duplicateNamesLastValueWinsAtFirstPosition() {
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
    void valueModel_deepButAllowedNestingDecodes() {
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
    void valueModel_emptyContainers() {
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
    void valueModel_allEscapes() {
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
    void valueModel_topLevelScalars(String json, Object expected) {
        assertSameValue(json, expected, decode(json));
    }

    @Test
    @DisplayName("value model: objects are Maps in document order, arrays are Lists, strings are Strings")
    void valueModel_containerTypesAndOrder() {
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

    // =========================================================================================================
    // 3. Typed binding rules

    @Test
    @DisplayName("typed: every scalar kind binds (long, int, double, boolean, String, Long, Integer, Double, Boolean, BigInteger)")
    void typed_bindsEveryScalarKind() {
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
    void typed_doubleComponentTakesAnyNumber() {
        assertThat(decodeTyped(Scalars.class, "{\"d\":1}").d()).isEqualTo(1.0);
        assertThat(decodeTyped(Scalars.class, "{\"d\":-7}").d()).isEqualTo(-7.0);
        assertThat(decodeTyped(Scalars.class, "{\"d\":1e2}").d()).isEqualTo(100.0);
        assertThat(decodeTyped(Scalars.class, "{\"d\":9007199254740993.0}").d()).isEqualTo(9007199254740992.0);
        assertThat(decodeTyped(Scalars.class, "{\"d\":1e-400}").d()).isEqualTo(0.0);
        assertThat(decodeTyped(Boxed.class, "{\"d\":3}").d()).isEqualTo(3.0);
    }

    @Test
    @DisplayName("typed: unknown members are skipped, whatever their value")
    void typed_unknownMembersSkipped() {
        assertThat(decodeTyped(Scalars.class,
                "{\"zzz\":{\"deep\":[1,{\"x\":\"y\"},[[[]]]]},\"l\":1,\"unknown\":[],\"L\":2,\"S\":\"no\",\"s\":\"a\","
                        + "\"n\":null,\"big\":123456789012345678901234567890,\"f\":1e-5,\"t\":true,\"e\":\"\\u00e9\\n\"}"))
                .isEqualTo(new Scalars(1, 0, 0.0, false, "a", null));
        assertThat(decodeTyped(Nested.class, "{\"items\":[{\"l\":1,\"other\":{\"l\":2}}],\"x\":{\"items\":5}}"))
                .isEqualTo(new Nested(List.of(new Scalars(1, 0, 0.0, false, null, null)), null, null, null));
    }

    @Test
    @DisplayName("typed: absent members get 0, false or null")
    void typed_absentMembersGetDefaults() {
        assertThat(decodeTyped(Scalars.class, "{}")).isEqualTo(new Scalars(0, 0, 0.0, false, null, null));
        assertThat(decodeTyped(Boxed.class, "{}")).isEqualTo(new Boxed(null, null, null, null));
        assertThat(decodeTyped(Nested.class, "{}")).isEqualTo(new Nested(null, null, null, null));
        assertThat(decodeTyped(Nested.class, "{\"items\":[{},{\"i\":3}]}")).isEqualTo(new Nested(
                List.of(new Scalars(0, 0, 0.0, false, null, null), new Scalars(0, 3, 0.0, false, null, null)), null, null, null));
    }

    @Test
    @DisplayName("typed: null binds to reference components (String, boxed, BigInteger, List, Map, Object)")
    void typed_nullIntoReferenceComponents() {
        assertThat(decodeTyped(Scalars.class, "{\"s\":null,\"boxed\":null}")).isEqualTo(new Scalars(0, 0, 0.0, false, null, null));
        assertThat(decodeTyped(Boxed.class, "{\"i\":null,\"d\":null,\"b\":null,\"big\":null}")).isEqualTo(new Boxed(null, null, null, null));
        assertThat(decodeTyped(Nested.class, "{\"items\":null,\"extra\":null,\"any\":null,\"list\":null}"))
                .isEqualTo(new Nested(null, null, null, null));
    }

    @Test
    @DisplayName("typed: List<record>, Map<String,Object>, Object and List<Object> components (value model inside)")
    void typed_nestedRecordsAndUntypedComponents() {
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
    void typed_mismatchRefused(String label, Class<?> type, String json) {
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
    void typed_strictParsing(String label, Class<?> type, byte[] json) {
        rejected(label + ": " + Show.document(json), () -> decoder().forType(type).decode(json));
    }

    static Stream<Class<?>> unsupportedTypes() {
        return Stream.of(SetComponent.class, ThreadComponent.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupportedTypes")
    @DisplayName("typed: an unsupported component type is refused at forType with IllegalArgumentException")
    void typed_unsupportedTypeRefusedAtForType(Class<?> type) {
        assertThatThrownBy(() -> decoder().forType(type))
                .as("forType(%s)", type.getSimpleName())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageFindingMatch("\\S");
    }

    // =========================================================================================================
    // 4. RFC 8259 corpus

    static Stream<Rfc8259Corpus.Case> validCases() {
        return Rfc8259Corpus.valid().stream();
    }

    static Stream<Rfc8259Corpus.Case> invalidCases() {
        return Rfc8259Corpus.invalid().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    @DisplayName("RFC 8259: a valid document is accepted and decodes to its value")
    void rfc8259_validDocumentAccepted(Rfc8259Corpus.Case c) {
        Object value = accepted(c.toString(), () -> decoder().decodeTree(c.json()));
        assertSameValue(c.toString(), c.expected(), value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    @DisplayName("RFC 8259: a valid document is accepted as an array element [0,D] and as a typed Object component")
    void rfc8259_validDocumentAcceptedWhenNested(Rfc8259Corpus.Case c) {
        byte[] inArray = concat(bytes("[0,"), c.json(), bytes("]"));
        assertSameValue("[0," + c.text() + "]", Arrays.asList(0L, c.expected()),
                accepted(c.toString(), () -> decoder().decodeTree(inArray)));
        byte[] inRecord = concat(bytes("{\"any\":"), c.json(), bytes("}"));
        Nested typed = accepted("typed " + c, () -> decoder().forType(Nested.class).decode(inRecord));
        assertSameValue("typed {\"any\":" + c.text() + "}", c.expected(), typed.any());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    @DisplayName("RFC 8259: an invalid document is rejected with JsonDecodeException (tree)")
    void rfc8259_invalidDocumentRejected(Rfc8259Corpus.Case c) {
        rejected(c.toString(), () -> decoder().decodeTree(c.json()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    @DisplayName("RFC 8259: an invalid document is rejected as an array element [0,D] (tree)")
    void rfc8259_invalidDocumentRejectedInArray(Rfc8259Corpus.Case c) {
        byte[] inArray = concat(bytes("[0,"), c.json(), bytes("]"));
        rejected("[0," + c.text() + "]", () -> decoder().decodeTree(inArray));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    @DisplayName("RFC 8259: an invalid document is rejected by a typed decode, alone and as an Object component")
    void rfc8259_invalidDocumentRejectedTyped(Rfc8259Corpus.Case c) {
        rejected("typed Nested: " + c, () -> decoder().forType(Nested.class).decode(c.json()));
        byte[] inRecord = concat(bytes("{\"any\":"), c.json(), bytes("}"));
        rejected("typed {\"any\":" + c.text() + "}", () -> decoder().forType(Nested.class).decode(inRecord));
        byte[] inList = concat(bytes("{\"list\":[0,"), c.json(), bytes("]}"));
        rejected("typed {\"list\":[0," + c.text() + "]}", () -> decoder().forType(Nested.class).decode(inList));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    @DisplayName("RFC 8259: a rejection names the backend and gives an offset within the document (or -1)")
    void rfc8259_rejectionNamesBackendAndOffset(Rfc8259Corpus.Case c) {
        byte[] buffer = concat(bytes("garbage["), c.json(), bytes("]garbage"));
        JsonDecodeException e = rejected(c.toString(), () -> decoder().decodeTree(buffer, 8, c.json().length));
        assertThat(e.backend()).as("JsonDecodeException.backend()").isEqualTo(decoder().name());
        assertThat(e.offset()).as("JsonDecodeException.offset() of a %d-byte document at buffer offset 8", c.json().length)
                .isBetween(-1L, (long) c.json().length);
        assertThat(e.getMessage()).as("message").isNotBlank();
    }

    // =========================================================================================================
    // 5. Limits

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
    void limits_exactlyAtTheLimitAccepted(LimitCase c) {
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
    void limits_onePastTheLimitRejectedNamingTheSetting(LimitCase c) {
        JsonDecoder decoder = decoderFor(c.limits());
        JsonDecodeException e = rejected(c + ": " + Show.document(c.overLimit()), () -> c.type() == null
                ? decoder.decodeTree(c.overLimit())
                : decoder.forType(c.type()).decode(c.overLimit()));
        assertThat(e.getMessage()).as("message of the rejection of " + c).contains(c.setting())
                .contains(DecodeLimits.exceededMessage(c.setting(), c.limit()));
    }

    @Test
    @DisplayName("limits: maxDocumentBytes counts the given length, not the buffer around it")
    void limits_maxDocumentBytesCountsTheLengthNotTheBuffer() {
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
    @DisplayName("limits: decoders with different limits are independent (no limit leaks through shared state)")
    void limits_decodersWithDifferentLimitsAreIndependent() {
        JsonDecoder before = decoder();
        DecodeLimits tight = DecodeLimits.builder().maxNestingDepth(3).maxStringLength(3).maxNumberLength(3)
                .maxDocumentBytes(40).build();
        JsonDecoder small = decoder(tight);
        JsonDecoder after = decoder(DecodeLimits.defaults());
        DecodeLimits loose = DecodeLimits.builder().maxNestingDepth(2000).maxStringLength(30_000_000)
                .maxNumberLength(5000).build();
        JsonDecoder large = decoder(loose);
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

    // =========================================================================================================
    // 6. Hostile input, default limits

    static Stream<Arguments> hostileDocuments() {
        return Stream.of(
                hostile("100,000 nested [ (unclosed)", () -> "[".repeat(100_000), "maxNestingDepth"),
                hostile("100,000 nested [ closed by 100,000 ]", () -> "[".repeat(100_000) + "]".repeat(100_000), "maxNestingDepth"),
                hostile("100,000 nested {\"a\": (unclosed)", () -> "{\"a\":".repeat(100_000), "maxNestingDepth"),
                hostile("100,000 nested {\"a\": closed", () -> "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), "maxNestingDepth"),
                hostile("50,000 x [{\"a\": (unclosed)", () -> "[{\"a\":".repeat(50_000), "maxNestingDepth"),
                hostile("100,000 nested [ as a member value", () -> "{\"a\":" + "[".repeat(100_000) + "}", "maxNestingDepth"),
                overflow("1e1000000", () -> "1e1000000"),
                overflow("-1e1000000 in an array", () -> "[-1e1000000]"),
                hostile("100,000-digit integer", () -> "9".repeat(100_000), "maxNumberLength"),
                hostile("100,000-digit negative integer in an array", () -> "[-" + "1".repeat(100_000) + "]", "maxNumberLength"),
                hostile("decimal with 100,000 digits", () -> "0." + "3".repeat(100_000), "maxNumberLength"),
                hostile("exponent with 100,000 digits", () -> "1e" + "9".repeat(100_000), "maxNumberLength"),
                hostile("10 MB unterminated string", () -> "\"" + "a".repeat(10_000_000), null),
                hostile("100,000 backslashes", () -> "\"" + "\\".repeat(100_000), null),
                hostile("100,000 unpaired surrogate escapes", () -> "\"" + "\\ud800".repeat(100_000) + "\"", null),
                hostile("1,000,000 commas", () -> "[" + ",".repeat(1_000_000) + "]", null));
    }

    private static Arguments hostile(String label, Supplier<String> json, String setting) {
        return Arguments.of(label, json, setting, false);
    }

    /** A grammatically valid document rejected only for its value (a number overflowing a double). */
    private static Arguments overflow(String label, Supplier<String> json) {
        return Arguments.of(label, json, null, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    @DisplayName("hostile input (default limits): rejected with JsonDecodeException, no StackOverflowError or OOM")
    void hostile_rejectedWithinBounds(String label, Supplier<String> document, String setting, boolean grammatical) {
        byte[] json = bytes(document.get());
        JsonDecodeException tree = guarded(() -> rejected(label + " (tree)", () -> decoder().decodeTree(json)));
        guarded(() -> rejected(label + " (typed Nested)", () -> decoder().forType(Nested.class).decode(json)));
        byte[] inAny = concat(bytes("{\"any\":"), json, bytes("}"));
        guarded(() -> rejected(label + " (typed Object component)", () -> decoder().forType(Nested.class).decode(inAny)));
        byte[] member = concat(bytes("{\"zz\":"), json, bytes("}"));
        if (grammatical) {
            // A skipped member's number is never converted: accepting it is fine, but only a value or a rejection.
            Outcome skipped = guarded(() -> outcome(() -> decoder().forType(Scalars.class).decode(member)));
            if (skipped.thrown() != null && !(skipped.thrown() instanceof JsonDecodeException)) {
                throw new AssertionError(label + " (skipped member of Scalars): " + describe(skipped.thrown()), skipped.thrown());
            }
            return;
        }
        JsonDecodeException skipped = guarded(() -> rejected(label + " (skipped member of Scalars)",
                () -> decoder().forType(Scalars.class).decode(member)));
        if (setting != null) {
            String message = DecodeLimits.exceededMessage(setting, setting.equals("maxNestingDepth")
                    ? DecodeLimits.DEFAULT_MAX_NESTING_DEPTH : DecodeLimits.DEFAULT_MAX_NUMBER_LENGTH);
            assertThat(tree.getMessage()).as(label + " (tree)").contains(message);
            assertThat(skipped.getMessage()).as(label + " (skipped member)").contains(message);
        }
    }

    @Test
    @DisplayName("hostile input (default limits): a 10 MB string is accepted with the right length")
    void hostile_tenMegabyteStringAccepted() {
        int length = 10_000_000;
        StringBuilder s = new StringBuilder(length + 2).append('"');
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + i % 26));
        }
        byte[] json = bytes(s.append('"').toString());
        Object tree = guarded(() -> accepted("10 MB string (tree)", () -> decoder().decodeTree(json)));
        assertThat(tree).isInstanceOf(String.class);
        String value = (String) tree;
        assertThat(value.length()).isEqualTo(length);
        assertThat(value.charAt(0)).isEqualTo('a');
        assertThat(value.charAt(length - 1)).isEqualTo((char) ('a' + (length - 1) % 26));
        assertThat(value.regionMatches(length / 2, "abcdefghijklmnopqrstuvwxyz".repeat(2), (length / 2) % 26, 26)).isTrue();
        byte[] typedJson = concat(bytes("{\"s\":"), json, bytes("}"));
        Scalars typed = guarded(() -> accepted("10 MB string (typed)", () -> decoder().forType(Scalars.class).decode(typedJson)));
        assertThat(typed.s()).isEqualTo(value);
        byte[] escaped = bytes("[\"" + "\\n\\u00e9".repeat(1_000_000) + "\"]");
        Object escapedTree = guarded(() -> accepted("2,000,000 escapes", () -> decoder().decodeTree(escaped)));
        assertThat(((String) ((List<?>) escapedTree).get(0)).length()).isEqualTo(2_000_000);
    }

    @Test
    @DisplayName("hostile input (default limits): wide documents decode (1,000,000 elements, 100,000 members, 100,000 duplicates)")
    void hostile_wideDocumentsDecode() {
        byte[] array = bytes("[" + "0,".repeat(999_999) + "0]");
        Object list = guarded(() -> accepted("1,000,000 elements", () -> decoder().decodeTree(array)));
        assertThat((List<?>) list).hasSize(1_000_000).allMatch(e -> Long.valueOf(0).equals(e));
        StringBuilder members = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            members.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":").append(i);
        }
        byte[] object = bytes(members.append('}').toString());
        Object map = guarded(() -> accepted("100,000 members", () -> decoder().decodeTree(object)));
        assertThat((Map<?, ?>) map).hasSize(100_000);
        assertSameValue("member m99999", 99_999L, ((Map<?, ?>) map).get("m99999"));
        Iterator<?> names = ((Map<?, ?>) map).keySet().iterator();
        for (int i = 0; i < 100_000; i++) {
            assertThat(names.next()).isEqualTo("m" + i);
        }
        StringBuilder duplicates = new StringBuilder("{\"first\":true");
        for (int i = 0; i < 100_000; i++) {
            duplicates.append(",\"a\":").append(i);
        }
        byte[] dup = bytes(duplicates.append('}').toString());
        Object deduplicated = guarded(() -> accepted("100,000 duplicate names", () -> decoder().decodeTree(dup)));
        assertSameValue("100,000 duplicate names", Rfc8259Corpus.map("first", true, "a", 99_999L), deduplicated);
        byte[] memberRecord = bytes("{\"extra\":" + members + ",\"l\":5}");
        Scalars typed = guarded(() -> accepted("100,000 skipped members", () -> decoder().forType(Scalars.class)
                .decode(bytes(members.toString().replace("\"m1\":", "\"l\":")))));
        assertThat(typed.l()).isEqualTo(1L);
        Nested nested = guarded(() -> accepted("100,000 members in Map<String,Object>",
                () -> decoder().forType(Nested.class).decode(memberRecord)));
        assertThat(nested.extra()).hasSize(100_000);
    }

    @Test
    @DisplayName("hostile input: the fixture truncated at every byte offset is rejected (tree and typed)")
    void hostile_truncatedFixtureRejectedAtEveryOffset() {
        byte[] json = Fixtures.apiResponse();
        int complete = json.length;
        while (complete > 0 && isJsonWhitespace(json[complete - 1])) {
            complete--; // a prefix that only drops trailing whitespace is still the whole document
        }
        TypedDecoder<ApiResponse> typed = decoder().forType(ApiResponse.class);
        List<String> failures = new ArrayList<>();
        for (int length = 0; length < complete; length++) {
            int n = length;
            String where = "first " + n + " bytes, ending " + Show.document(json, Math.max(0, n - 20), Math.min(n, 20));
            checkRejected(failures, where + " (tree)", () -> decoder().decodeTree(json, 0, n));
            checkRejected(failures, where + " (typed)", () -> typed.decode(json, 0, n));
            if (failures.size() > 20) {
                break;
            }
        }
        assertThat(failures).as("truncations of the fixture that were not rejected with JsonDecodeException").isEmpty();
    }

    @Test
    @DisplayName("hostile input: 3,000 seeded byte flips of the fixture each decode (repeatably) or are rejected")
    void hostile_byteFlippedFixtureDecodesOrIsRejected() {
        byte[] original = Fixtures.apiResponse();
        TypedDecoder<ApiResponse> typed = decoder().forType(ApiResponse.class);
        SplittableRandom random = new SplittableRandom(0x5EED_F11BL);
        List<String> failures = new ArrayList<>();
        int decoded = 0;
        for (int mutant = 0; mutant < 3000 && failures.size() < 20; mutant++) {
            byte[] json = original.clone();
            int flips = 1 + random.nextInt(3);
            StringBuilder what = new StringBuilder("mutant " + mutant + " (seed 0x5EEDF11B):");
            for (int f = 0; f < flips; f++) {
                int at = random.nextInt(json.length);
                byte before = json[at];
                json[at] = switch (random.nextInt(4)) {
                    case 0 -> (byte) (json[at] ^ (1 << random.nextInt(8)));
                    case 1 -> (byte) random.nextInt(256);
                    case 2 -> (byte) STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length()));
                    default -> (byte) (0x80 + random.nextInt(128));
                };
                what.append(String.format(" [%d] 0x%02X->0x%02X", at, before & 0xFF, json[at] & 0xFF));
            }
            String where = what + " " + Show.document(json);
            Outcome tree1 = outcome(() -> decoder().decodeTree(json));
            Outcome tree2 = outcome(() -> decoder().decodeTree(json));
            Outcome typed1 = outcome(() -> typed.decode(json));
            Outcome typed2 = outcome(() -> typed.decode(json));
            check(failures, where + " (tree)", tree1, tree2);
            check(failures, where + " (typed)", typed1, typed2);
            if (tree1.thrown() == null) {
                decoded++;
                String difference = difference("", tree1.value(), tree2.value());
                if (difference != null) {
                    failures.add(where + ": decoding again gave a different tree: " + difference);
                }
            }
            if (typed1.thrown() == null && !Objects.equals(typed1.value(), typed2.value())) {
                failures.add(where + ": decoding again gave a different record");
            }
        }
        assertThat(failures).as("byte-flipped fixtures (%d decoded)", decoded).isEmpty();
    }

    private static void check(List<String> failures, String where, Outcome first, Outcome second) {
        for (Outcome o : List.of(first, second)) {
            if (o.thrown() != null && !(o.thrown() instanceof JsonDecodeException)) {
                failures.add(where + ": threw " + describe(o.thrown()));
                return;
            }
        }
        if ((first.thrown() == null) != (second.thrown() == null)) {
            failures.add(where + ": decoding again changed the outcome: " + first + " then " + second);
        }
    }

    private static void checkRejected(List<String> failures, String where, Supplier<?> decode) {
        Outcome o = outcome(decode);
        if (o.thrown() == null) {
            failures.add(where + ": decoded to " + Show.value(o.value()));
        } else if (!(o.thrown() instanceof JsonDecodeException)) {
            failures.add(where + ": threw " + describe(o.thrown()));
        }
    }

    // =========================================================================================================
    // 7. Property tests (seeded; no jqwik)

    static LongStream seeds() {
        return LongStream.rangeClosed(1, PROPERTY_SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("property: a random value's JSON text decodes to that value (types, order, duplicates)")
    void property_randomDocumentDecodesToItsValue(long seed) {
        RandomJson.Generated g = RandomJson.generate(seed);
        byte[] json = g.json();
        Object value = accepted(seedAndDocument(g), () -> decoder().decodeTree(json));
        String difference = difference("$", g.value(), value);
        if (difference != null) {
            throw new AssertionError(seedAndDocument(g) + "\n" + difference);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("property: a random document inside a larger buffer (random bytes around it) decodes to its value")
    void property_randomDocumentAtAnOffsetDecodesToItsValue(long seed) {
        RandomJson.Generated g = RandomJson.generateArray(seed);
        byte[] json = g.json();
        SplittableRandom random = new SplittableRandom(~seed);
        byte[] before = new byte[random.nextInt(100)];
        byte[] after = new byte[random.nextInt(100)];
        for (byte[] garbage : List.of(before, after)) {
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = (byte) GARBAGE.charAt(random.nextInt(GARBAGE.length()));
            }
        }
        byte[] buffer = concat(before, json, after);
        Object value = accepted(seedAndDocument(g), () -> decoder().decodeTree(buffer, before.length, json.length));
        String difference = difference("$", g.value(), value);
        if (difference != null) {
            throw new AssertionError(seedAndDocument(g) + "\nat offset " + before.length + " of " + buffer.length
                    + " bytes\n" + difference);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("property: random values in Object, Map<String,Object> and List<Object> components decode to the value")
    void property_randomValuesInUntypedComponents(long seed) {
        RandomJson.Generated any = RandomJson.generate(seed);
        RandomJson.Generated extra = RandomJson.generateObject(seed + 1_000_000);
        RandomJson.Generated list = RandomJson.generateArray(seed + 2_000_000);
        String text = "{\"list\":" + list.text() + ",\"any\":" + any.text() + ",\"extra\":" + extra.text() + "}";
        byte[] json = bytes(text);
        String where = "seed " + seed + "\ndocument: " + Show.fullDocument(json);
        Nested nested = accepted(where, () -> decoder().forType(Nested.class).decode(json));
        for (Object[] part : new Object[][] {{"any", any.value(), nested.any()}, {"extra", extra.value(), nested.extra()},
                {"list", list.value(), nested.list()}}) {
            String difference = difference("$." + part[0], part[1], part[2]);
            if (difference != null) {
                throw new AssertionError(where + "\n" + difference);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("property: generated ApiResponse documents decode typed and tree to the same digest and metadata")
    void property_generatedApiResponsesTypedEqualsTree(long seed) {
        byte[] json = new ApiResponseGenerator(seed).generate(1000 + (int) (seed % 7) * 1000);
        String where = "ApiResponseGenerator seed " + seed + ": " + Show.document(json);
        ApiResponse typed = accepted(where, () -> decoder().forType(ApiResponse.class).decode(json));
        Object tree = accepted(where, () -> decoder().decodeTree(json));
        assertThat(Digest.hex(Digest.of(typed))).as(where).isEqualTo(Digest.hex(Digest.ofTree(tree)));
        List<?> treeItems = (List<?>) ((Map<?, ?>) tree).get("items");
        assertThat(typed.items()).as(where).hasSameSizeAs(treeItems);
        for (int i = 0; i < treeItems.size(); i++) {
            Map<?, ?> treeItem = (Map<?, ?>) treeItems.get(i);
            Item item = typed.items().get(i);
            assertSameValue(where + " item " + i + " metadata", treeItem.get("metadata"), item.metadata());
            assertSameValue(where + " item " + i + " id", treeItem.get("id"), item.id());
            assertSameValue(where + " item " + i + " name", treeItem.get("name"), item.name());
            assertSameValue(where + " item " + i + " tags", treeItem.get("tags"), item.tags());
        }
    }

    private static String seedAndDocument(RandomJson.Generated g) {
        return "seed " + g.seed() + "\ndocument (controls, invalid bytes and non-graphic characters shown as <0xNN>/<U+NNNN>): "
                + Show.fullDocument(g.json());
    }

    // =========================================================================================================
    // Helpers

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

    /** What a decode did: returned a value or threw. */
    private record Outcome(Object value, Throwable thrown) {
        @Override
        public String toString() {
            return thrown == null ? "decoded" : thrown.getClass().getSimpleName();
        }
    }

    private static Outcome outcome(Supplier<?> decode) {
        try {
            return new Outcome(decode.get(), null);
        } catch (Throwable t) {
            return new Outcome(null, t);
        }
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
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
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

    /** {@code pairs} times {@code [{"a": ... }]} around 1. */
    private static Object alternating(int pairs) {
        Object value = 1L;
        for (int i = 0; i < pairs; i++) {
            value = List.of(Rfc8259Corpus.map("a", value));
        }
        return value;
    }

}
