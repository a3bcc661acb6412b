package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Digest;
import dev.jsonbench.fixtures.Fixtures;
import dev.jsonbench.fixtures.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fixture: the benchmark document decodes, typed and as a tree, to its exact values and published digest, from any
 * offset, repeatedly, after rejections and from several threads.
 */
@Tag("fixture")
public abstract class FixtureConformance extends ConformanceGroup {

    protected FixtureConformance(ConformanceSuite suite) {
        super(suite);
    }

    @Test
    @DisplayName("fixture: typed and tree decodes have the published digest")
    void typedAndTreeDecodesHaveThePublishedDigest() {
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
    void treeHasExactValues() {
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
    void typedHasExactValues() {
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
    void typedMetadataEqualsTreeMetadata() {
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
    void decodingTwiceGivesEqualValues() {
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
    void rejectedDocumentsLeaveNoState() {
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
    void decodesFromOffsetInsideLargerBuffer() {
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
    void concurrentDecodesOnOneDecoderAgree() throws Exception {
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
    void forTypeAndConvenienceDecode() {
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

    @Test
    @DisplayName("fixture: after a document over 256 KiB (which may drop per-thread buffers) the decoder goes on decoding")
    void largeDocumentLeavesTheDecoderReady() {
        byte[] big = bytes("[\"" + "é".repeat(200_000) + "\"," + "1,".repeat(100_000) + "{\"k\":\"v\"}]");
        List<?> value = (List<?>) accepted("a 500 KB document", () -> decoder().decodeTree(big));
        assertThat(value).hasSize(100_002);
        assertThat((String) value.get(0)).hasSize(200_000);
        assertThat(Digest.of(decoder().forType(ApiResponse.class).decode(Fixtures.apiResponse())))
                .isEqualTo(Fixtures.API_RESPONSE_DIGEST);
        assertSameValue("a small document after it", Rfc8259Corpus.map("k", List.of("v")), decode("{\"k\":[\"v\"]}"));
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
}
