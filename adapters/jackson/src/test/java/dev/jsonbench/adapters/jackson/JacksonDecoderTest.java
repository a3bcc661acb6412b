package dev.jsonbench.adapters.jackson;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per gap of Jackson this adapter closes (see JacksonDecoder's Javadoc); the conformance suite covers
 * the rest.
 */
class JacksonDecoderTest {

    private final JsonDecoder decoder = JsonDecoders.get("jackson");

    @Test
    void reportsTheJacksonVersionAndConfiguration() {
        assertThat(decoder.name()).isEqualTo("jackson");
        assertThat(decoder.backendVersion()).isEqualTo("2.23.0");
        assertThat(decoder.configuration()).contains("ObjectReader").doesNotContain("\n");
    }

    // Gap: Jackson skips a UTF-8 BOM and auto-detects UTF-16/UTF-32.

    @Test
    void byteOrderMarkIsRejected() {
        assertRejected(bytes(0xEF, 0xBB, 0xBF, "[1]"), "byte order mark");
    }

    @Test
    void utf16AndUtf32InputIsRejected() {
        assertRejected(bytes('[', 0, ']', 0), "UTF-8");
        assertRejected(bytes(0, '[', 0, ']'), "UTF-8");
        assertRejected(bytes(0, 0, 0, '1'), "UTF-8");
        assertRejected(bytes(0xFE, 0xFF, 0, '1'), "UTF-8");
        assertRejected(bytes(0xFF, 0xFE, '1', 0), "UTF-8");
    }

    // Gap: Jackson accepts unpaired surrogate escapes in string values.

    @ParameterizedTest
    @ValueSource(strings = {"\"\\uD800\"", "\"\\uDC00\"", "\"\\uD800\\u0041\"", "[\"a\",\"\\udbff\"]", "\"\\uD800\\n\""})
    void unpairedSurrogateEscapesAreRejected(String json) {
        assertRejected(bytes(json), "unpaired surrogate escape");
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"s\":" + json + "}")))
                .isInstanceOf(JsonDecodeException.class);
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"zz\":" + json + ",\"l\":1}")))
                .as("in a skipped member").isInstanceOf(JsonDecodeException.class)
                .hasMessageContaining("unpaired surrogate escape");
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"zz\":{\"a\":[" + json + "]},\"l\":1}")))
                .as("inside a skipped member").isInstanceOf(JsonDecodeException.class)
                .hasMessageContaining("unpaired surrogate escape");
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"l\":1,\"zz\":" + json + "}")))
                .as("in the last member, skipped").isInstanceOf(JsonDecodeException.class)
                .hasMessageContaining("unpaired surrogate escape");
    }

    @Test
    void pairedSurrogatesAndEscapedBackslashesAreAccepted() {
        assertThat(decoder.decodeTree(bytes("\"\\uD83D\\uDE00\""))).isEqualTo("😀");
        assertThat(decoder.decodeTree(bytes("\"\\\\uD800\""))).isEqualTo("\\uD800");
        assertThat(decoder.decodeTree(bytes("\"\\\\\\uD83D\\uDE00\""))).isEqualTo("\\😀");
    }

    @Test
    void surrogateErrorOffsetCountsFromTheDocumentStart() {
        byte[] buffer = bytes("garbage[\"ab\\uDC00\"]");
        assertThatThrownBy(() -> decoder.decodeTree(buffer, 7, buffer.length - 7))
                .isInstanceOfSatisfying(JsonDecodeException.class, e -> assertThat(e.offset()).isEqualTo(4));
    }

    /**
     * The check runs where Jackson decodes an escape, which it reaches from a loop over the plain characters before:
     * an unpaired escape after any number of them, and one past a paired one.
     */
    @Test
    void unpairedSurrogatesAreFoundAtEveryOffset() {
        for (int padding = 0; padding < 80; padding++) {
            String before = "[\"" + "a".repeat(padding);
            assertThatThrownBy(() -> decoder.decodeTree(bytes(before + "\\uDC00\"]")))
                    .isInstanceOfSatisfying(JsonDecodeException.class, e -> assertThat(e.offset()).isEqualTo(before.length()));
            String paired = before + "\\uD83D\\uDE00" + "b".repeat(padding) + "\\uD800\"]";
            assertThatThrownBy(() -> decoder.decodeTree(bytes(paired)))
                    .isInstanceOfSatisfying(JsonDecodeException.class, e -> assertThat(e.offset()).isEqualTo(paired.length() - 8));
            assertThat(decoder.decodeTree(bytes(before + "\\uD83D\\uDE00\"]"))).isEqualTo(List.of("a".repeat(padding) + "😀"));
        }
    }

    // Gap: Jackson's untyped deserializer turns a number overflowing a double into Infinity.

    @Test
    void numberOverflowingADoubleIsRejectedInTreesUntypedComponentsAndDoubles() {
        assertRejected(bytes("[1e400]"), "too large for a double");
        assertThatThrownBy(() -> decoder.forType(Nested.class).decode(bytes("{\"extra\":{\"a\":-1e400}}")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("too large for a double");
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"d\":1.8e308}")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("too large for a double");
        assertThat(decoder.decodeTree(bytes("[1e-400,5,-0]"))).isEqualTo(List.of(0.0, 5L, 0L));
    }

    // Gap: absent primitives fail with FAIL_ON_NULL_FOR_PRIMITIVES; coercions are on by default.

    @Test
    void absentPrimitivesGetDefaultsWhileNullIsRefused() {
        assertThat(decoder.forType(Scalars.class).decode(bytes("{}"))).isEqualTo(new Scalars(0, 0, 0.0, false, null, null));
        for (String member : List.of("l", "i", "d", "b")) {
            assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{\"" + member + "\":null}")))
                    .isInstanceOf(JsonDecodeException.class).hasMessageContaining("null is not allowed");
        }
        assertThat(decoder.forType(Boxed.class).decode(bytes("{\"i\":null,\"big\":null}"))).isEqualTo(new Boxed(null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"l\":1.0}", "{\"l\":\"1\"}", "{\"l\":1e2}", "{\"i\":2147483648}", "{\"b\":1}", "{\"b\":\"true\"}",
        "{\"s\":1}", "{\"s\":false}", "{\"d\":\"1.5\"}", "{\"boxed\":9223372036854775808}"})
    void coercionsAreRefused(String json) {
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes(json))).isInstanceOf(JsonDecodeException.class);
    }

    // Gap: databind builds a record once every component is read, and then fails on a repeated member.

    @Test
    void memberRepeatedAfterEveryComponentWasReadTakesTheLastValue() {
        String all = "\"l\":1,\"i\":2,\"d\":3,\"b\":true,\"s\":\"x\",\"boxed\":7";
        assertThat(decoder.forType(Scalars.class).decode(bytes("{" + all + ",\"l\":9,\"s\":\"y\"}")))
                .isEqualTo(new Scalars(9, 2, 3.0, true, "y", 7L));
        Nested nested = decoder.forType(Nested.class).decode(bytes("{\"items\":[{" + all + ",\"i\":5},{\"l\":4}],"
                + "\"extra\":{\"a\":1,\"a\":2},\"any\":1,\"list\":[],\"any\":[1.5]}"));
        assertThat(nested).isEqualTo(new Nested(List.of(new Scalars(1, 5, 3.0, true, "x", 7L),
                new Scalars(4, 0, 0.0, false, null, null)), Map.of("a", 2L), List.of(1.5), List.of()));
    }

    @Test
    void repeatedMemberWithAWrongValueIsStillRejected() {
        String all = "\"l\":1,\"i\":2,\"d\":3,\"b\":true,\"s\":\"x\",\"boxed\":7";
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{" + all + ",\"l\":1.5}")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("expected an integer");
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("{" + all + ",\"i\":4294967296}")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("out of range");
    }

    // Gap: Jackson limits a number's digits, a name's UTF-8 bytes, and not skipped strings at all.

    @Test
    void numberLengthCountsSignPointAndExponent() {
        JsonDecoder five = JsonDecoders.get("jackson", DecodeLimits.builder().maxNumberLength(5).build());
        assertThat(five.decodeTree(bytes("[-1234,1.234,1e100]"))).isEqualTo(List.of(-1234L, 1.234, 1e100));
        for (String number : List.of("-12345", "1.2345", "1.2e10", "-1e-10")) {
            assertThatThrownBy(() -> five.decodeTree(bytes("[" + number + "]")))
                    .isInstanceOf(JsonDecodeException.class).hasMessageContaining(DecodeLimits.exceededMessage("maxNumberLength", 5));
            assertThatThrownBy(() -> five.forType(Nested.class).decode(bytes("{\"any\":" + number + "}")))
                    .isInstanceOf(JsonDecodeException.class).hasMessageContaining("maxNumberLength");
            assertThatThrownBy(() -> five.forType(Scalars.class).decode(bytes("{\"zz\":[" + number + "]}")))
                    .as("in a skipped member").isInstanceOf(JsonDecodeException.class).hasMessageContaining("maxNumberLength");
        }
        assertThatThrownBy(() -> five.forType(Scalars.class).decode(bytes("{\"d\":-1.255}")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("maxNumberLength");
    }

    @Test
    void nameLengthCountsCharsNotBytes() {
        JsonDecoder five = JsonDecoders.get("jackson", DecodeLimits.builder().maxStringLength(5).build());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ééééé", 1L);
        assertThat(five.decodeTree(bytes("{\"ééééé\":1}"))).isEqualTo(expected);
        assertThat(five.forType(Nested.class).decode(bytes("{\"extra\":{\"€€€€€\":1},\"ñññññ\":2}")).extra())
                .isEqualTo(Map.of("€€€€€", 1L));
        assertThatThrownBy(() -> five.decodeTree(bytes("{\"éééééé\":1}")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining(DecodeLimits.exceededMessage("maxStringLength", 5));
        assertThatThrownBy(() -> five.forType(Scalars.class).decode(bytes("{\"zz\":{\"ññññññ\":1}}")))
                .as("name inside a skipped member").isInstanceOf(JsonDecodeException.class).hasMessageContaining("maxStringLength");
        assertThatThrownBy(() -> five.forType(Scalars.class).decode(bytes("{\"ññññññ\":1}")))
                .as("name of a skipped member").isInstanceOf(JsonDecodeException.class).hasMessageContaining("maxStringLength");
    }

    @Test
    void stringsInSkippedMembersAreMeasured() {
        JsonDecoder five = JsonDecoders.get("jackson", DecodeLimits.builder().maxStringLength(5).build());
        assertThat(five.forType(Scalars.class).decode(bytes("{\"zz\":[\"abcde\",{\"a\":\"ééééé\"}],\"l\":3}")).l()).isEqualTo(3);
        for (String skipped : List.of("\"abcdef\"", "[\"abcdef\"]", "{\"a\":{\"b\":\"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"}}")) {
            assertThatThrownBy(() -> five.forType(Scalars.class).decode(bytes("{\"zz\":" + skipped + ",\"l\":3}")))
                    .as(skipped).isInstanceOf(JsonDecodeException.class).hasMessageContaining(DecodeLimits.exceededMessage("maxStringLength", 5));
        }
    }

    @Test
    void documentSizeIsCheckedBeforeParsing() {
        JsonDecoder small = JsonDecoders.get("jackson", DecodeLimits.builder().maxDocumentBytes(8).build());
        byte[] buffer = bytes("xx[1,2,3]   yy");
        assertThat(small.decodeTree(buffer, 2, 7)).isEqualTo(List.of(1L, 2L, 3L));
        assertThatThrownBy(() -> small.decodeTree(buffer, 2, 10))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining(DecodeLimits.exceededMessage("maxDocumentBytes", 8));
    }

    @Test
    void jacksonErrorsCarryTheByteOffsetWithinTheDocument() {
        byte[] buffer = bytes("garbage[1,]");
        assertThatThrownBy(() -> decoder.decodeTree(buffer, 7, 4))
                .isInstanceOfSatisfying(JsonDecodeException.class, e -> {
                    assertThat(e.backend()).isEqualTo("jackson");
                    assertThat(e.offset()).isEqualTo(3);
                });
        assertThatThrownBy(() -> decoder.forType(Scalars.class).decode(bytes("garbage{\"l\":true}"), 7, 10))
                .isInstanceOfSatisfying(JsonDecodeException.class, e -> assertThat(e.offset()).isEqualTo(5));
    }

    private void assertRejected(byte[] json, String messagePart) {
        assertThatThrownBy(() -> decoder.decodeTree(json))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining(messagePart);
        assertThatThrownBy(() -> decoder.forType(Nested.class).decode(json)).isInstanceOf(JsonDecodeException.class);
    }
}
