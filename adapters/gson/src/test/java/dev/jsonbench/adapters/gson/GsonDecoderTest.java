package dev.jsonbench.adapters.gson;

import static dev.jsonbench.conformance.JsonBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.conformance.Boxed;
import dev.jsonbench.conformance.Nested;
import dev.jsonbench.conformance.Scalars;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per gap of Gson this adapter closes (see GsonDecoder's Javadoc); the conformance suite covers the rest. */
class GsonDecoderTest {

    private final JsonDecoder decoder = JsonDecoders.get("gson");

    @Test
    void reportsTheGsonVersionAndConfiguration() {
        assertThat(decoder.name()).isEqualTo("gson");
        assertThat(decoder.backendVersion()).isEqualTo("2.13.2");
        assertThat(decoder.configuration()).contains("STRICT").doesNotContain("\n");
    }

    // Gap: decoding bytes to a String replaces ill-formed UTF-8 with U+FFFD.

    @Test
    void illFormedUtf8IsRejected() {
        assertRejected(bytes('"', 0xFF, '"'), "invalid UTF-8");
        assertRejected(bytes('"', 0xC0, 0x80, '"'), "invalid UTF-8");
        assertRejected(bytes('"', 0xED, 0xA0, 0x80, '"'), "invalid UTF-8");
        assertRejected(bytes('"', 0xE2, 0x82, '"'), "invalid UTF-8");
    }

    // Gap: Gson skips a leading U+FEFF even in STRICT mode.

    @Test
    void byteOrderMarkIsRejected() {
        assertRejected(bytes(0xEF, 0xBB, 0xBF, "[1]"), "byte order mark");
    }

    // Gap: Gson accepts unpaired surrogate escapes.

    @ParameterizedTest
    @ValueSource(strings = {"\"\\uD800\"", "\"\\uDC00\"", "\"\\uD800\\u0041\""})
    void unpairedSurrogateEscapesAreRejected(String json) {
        assertRejected(bytes(json), "unpaired surrogate escape");
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"zz\":" + json + ",\"l\":1}")))
                .as("in a skipped member").isInstanceOf(JsonDecodeException.class);
    }

    // Gap: TypeAdapter.fromJson does not check the end of input.

    @Test
    void trailingContentIsRejected() {
        assertRejected(bytes("{} {}"), "trailing content");
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"l\":1}x")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("trailing content");
    }

    // Gap: Gson's default nesting limit is 255.

    @Test
    void nestingIsLimitedByMaxNestingDepthNotGsonsDefault() {
        assertThat(decoder.decodeTree(bytes("[".repeat(512) + "]".repeat(512)))).isInstanceOf(List.class);
        assertThat(decoder.forType(Nested.class).decode(bytes("{\"any\":" + "[".repeat(511) + "]".repeat(511) + "}")).any())
                .isInstanceOf(List.class);
        assertThatThrownBy(() -> decoder.decodeTree(bytes("[".repeat(513) + "]".repeat(513))))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining(DecodeLimits.exceededMessage("maxNestingDepth", 512));
    }

    // Gap: Gson's adapters coerce.

    @ParameterizedTest
    @ValueSource(strings = {"{\"l\":\"1\"}", "{\"l\":1.0}", "{\"l\":1e2}", "{\"l\":9223372036854775808}", "{\"i\":2147483648}",
        "{\"s\":1}", "{\"s\":true}", "{\"b\":\"true\"}", "{\"b\":1}", "{\"d\":\"1.5\"}", "{\"boxed\":\"7\"}", "{\"d\":1e400}"})
    void coercionsAreRefused(String json) {
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes(json))).isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void nullIsRefusedForPrimitivesAndAbsentMembersGetDefaults() {
        for (String member : List.of("l", "i", "d", "b")) {
            assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"" + member + "\":null}")))
                    .isInstanceOf(JsonDecodeException.class).hasMessageContaining("null is not allowed");
        }
        assertThat(decoder.forType(Scalars.class).decode(bytes("{\"s\":null}"))).isEqualTo(new Scalars(0, 0, 0.0, false, null, null));
        assertThat(decoder.forType(Boxed.class).decode(bytes("{\"big\":18446744073709551616,\"d\":2}")))
                .isEqualTo(new Boxed(null, 2.0, null, BigInteger.ONE.shiftLeft(64)));
    }

    // Gap: untyped numbers are Double by default, objects LinkedTreeMap, and Map<String,Object> rejects duplicates.

    @Test
    void duplicateNamesInUntypedComponentsKeepTheLastValue() {
        Nested nested = decoder.forType(Nested.class).decode(bytes(
                "{\"extra\":{\"a\":1,\"b\":2,\"a\":3},\"any\":{\"k\":1,\"k\":-0},\"list\":[{\"z\":1,\"z\":2}]}"));
        assertThat(nested.extra()).isInstanceOf(LinkedHashMap.class).isEqualTo(Map.of("a", 3L, "b", 2L));
        assertThat(List.copyOf(nested.extra().keySet())).isEqualTo(List.of("a", "b"));
        assertThat(nested.any()).isEqualTo(Map.of("k", 0L));
        assertThat(nested.list()).isEqualTo(List.of(Map.of("z", 2L)));
    }

    // Gap: skipValue() skips unknown members without measuring them.

    @Test
    void limitsApplyInsideSkippedMembers() {
        JsonDecoder small = JsonDecoders.get("gson", DecodeLimits.builder().maxStringLength(5).maxNumberLength(5).build());
        assertThat(small.forType(Scalars.class).decode(bytes("{\"zz\":[\"abcde\",-1234,{\"abcde\":1.234}],\"l\":3}")).l()).isEqualTo(3);
        for (String skipped : List.of("\"abcdef\"", "[-12345]", "{\"abcdef\":1}", "{\"a\":1.2345}")) {
            assertThatThrownBy(() -> small.forType(Scalars.class).decode(bytes("{\"zz\":" + skipped + ",\"l\":3}")))
                    .as(skipped).isInstanceOf(JsonDecodeException.class).hasMessageContaining("document exceeds DecodeLimits.max");
        }
    }

    // Gap: Gson's tokenizer rejects valid numbers (an integer prefix that is 0 modulo 2^64; 1024+ characters).

    @ParameterizedTest
    @ValueSource(strings = {"184467440737095516160", "-368934881474191032321", "306075487776458284249499485895279478877979756036770863513600.0"})
    void numbersGsonCannotTokenizeAreDecoded(String literal) {
        Object expected = literal.contains(".") ? (Object) Double.parseDouble(literal) : new BigInteger(literal);
        assertThat(decoder.decodeTree(bytes(literal))).isEqualTo(expected);
        assertThat(decoder.decodeTree(bytes("[1,\"" + literal + "\"," + literal + ",-0e-1,{\"n\":" + literal + "}]")))
                .isEqualTo(List.of(1L, literal, expected, -0.0, Map.of("n", expected)));
        assertThat(decoder.forType(Nested.class).decode(bytes("{\"zz\":" + literal + ",\"any\":" + literal + ",\"list\":[" + literal + "]}")))
                .isEqualTo(new Nested(null, null, expected, List.of(expected)));
        if (!literal.contains(".")) {
            assertThat(decoder.forType(Boxed.class).decode(bytes("{\"big\":" + literal + "}")).big()).isEqualTo(expected);
            assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"l\":" + literal + "}")))
                    .isInstanceOf(JsonDecodeException.class).hasMessageContaining("out of range");
        }
    }

    @Test
    void oneFollowedBySixtyFiveZerosAndLongLiteralsAreDecoded() {
        String big = "1" + "0".repeat(66);
        assertThat(decoder.decodeTree(bytes("[" + big + "]"))).isEqualTo(List.of(new BigInteger(big)));
        JsonDecoder wide = JsonDecoders.get("gson", DecodeLimits.builder().maxNumberLength(5000).build());
        String digits = "7".repeat(2000);
        String decimal = "0." + "3".repeat(1500) + "e-2";
        assertThat(wide.decodeTree(bytes("[" + digits + "," + decimal + ",\"-0e-9\",-0e-9]")))
                .isEqualTo(List.of(new BigInteger(digits), 1.0 / 300, "-0e-9", -0.0));
    }

    @Test
    void placeholderAcrossGsonsBufferBoundaryAndAstralCharacters() {
        for (int pad = 1000; pad < 1030; pad++) {
            String json = "[\"" + "😀".repeat(pad / 2) + "é".repeat(pad % 2) + "\",184467440737095516160,-0e-3,\"😀\"]";
            assertThat(decoder.decodeTree(bytes(json))).as("pad %d", pad)
                    .isEqualTo(List.of("😀".repeat(pad / 2) + "é".repeat(pad % 2), new BigInteger("184467440737095516160"), -0.0, "😀"));
        }
    }

    @Test
    void astralCharactersSplitAcrossGsonsBufferAreDecoded() {
        for (int pad = 1015; pad < 1030; pad++) {
            String text = "a".repeat(pad) + "😀𝄞".repeat(10);
            assertThat(decoder.decodeTree(bytes("[\"" + text + "\"]"))).isEqualTo(List.of(text));
        }
    }

    private void assertRejected(byte[] json, String messagePart) {
        assertThatThrownBy(() -> decoder.decodeTree(json))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining(messagePart);
        assertThatThrownBy(() -> decoder.forType(Nested.class).decode(json)).isInstanceOf(JsonDecodeException.class);
    }
}
