package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.ApiResponseGenerator;
import dev.jsonbench.fixtures.Digest;
import dev.jsonbench.fixtures.Item;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests: random values decode to themselves, from any offset of a larger buffer, in untyped
 * components, and generated API responses decode typed as they do as a tree.
 */
@Tag("property")
public abstract class PropertyConformance extends ConformanceGroup {

    /** Bytes put around documents in the offset tests: they would continue or break a document read past its end. */
    private static final String GARBAGE = "[]{}\",:0123456789.eE-+ tfn\\\u0000";

    /** Seeds of the property tests. */
    private static final int PROPERTY_SEEDS = 200;

    protected PropertyConformance(ConformanceSuite suite) {
        super(suite);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, PROPERTY_SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("property: a random value's JSON text decodes to that value (types, order, duplicates)")
    void randomDocumentDecodesToItsValue(long seed) {
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
    void randomDocumentAtAnOffsetDecodesToItsValue(long seed) {
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
    void randomValuesInUntypedComponents(long seed) {
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
    void generatedApiResponsesTypedEqualsTree(long seed) {
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
}
