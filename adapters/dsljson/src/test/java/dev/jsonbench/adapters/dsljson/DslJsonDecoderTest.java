package dev.jsonbench.adapters.dsljson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Digest;
import dev.jsonbench.fixtures.Fixtures;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DSL-JSON adapter: one test per gap between raw DSL-JSON 2.0.2 and the decoder contract that the adapter closes
 * (each gap was observed on raw DSL-JSON; see the comment on each test), and its per-thread state. Behaviour common
 * to every backend (the fixture, limits, truncations and byte flips) is the conformance suite's.
 */
class DslJsonDecoderTest {

    private final JsonDecoder decoder = JsonDecoders.get("dsljson");
    private final TypedDecoder<ApiResponse> responses = decoder.forType(ApiResponse.class);

    public record Scalars(long l, int i, double d, boolean b, String s, Long boxed, BigInteger big) {
    }

    public record Untyped(Object any, Map<String, Object> map, List<Object> list, List<String> strings) {
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private Object tree(String json) {
        return decoder.decodeTree(utf8(json));
    }

    private Scalars scalars(String json) {
        return decoder.forType(Scalars.class).decode(utf8(json));
    }

    private static List<Object> keys(Object map) {
        return new ArrayList<>(((Map<?, ?>) map).keySet());
    }

    private static void assertRejected(Runnable decode, String messagePart) {
        Throwable thrown = catchThrowable(decode::run);
        assertThat(thrown).isInstanceOf(JsonDecodeException.class).hasMessageContaining(messagePart);
        assertThat(((JsonDecodeException) thrown).backend()).isEqualTo("dsljson");
    }

    @Test
    void describesItself() {
        assertThat(decoder).isInstanceOf(DslJsonDecoder.class);
        assertThat(decoder.name()).isEqualTo("dsljson");
        assertThat(decoder.backendVersion()).isEqualTo("2.0.2");
        assertThat(decoder.configuration()).contains("strict: jsonbench validator pass").doesNotContain("\n");
        assertThat(decoder.limits()).isEqualTo(DecodeLimits.defaults());
    }

    /** DSL-JSON's process(byte[], int) always starts at index 0: the adapter copies a range that starts later. */
    @Test
    void decodesARangeOfALargerArrayAndReportsOffsetsFromItsStart() {
        byte[] fixture = Fixtures.apiResponse();
        byte[] padded = new byte[fixture.length + 20];
        Arrays.fill(padded, (byte) '}');
        System.arraycopy(fixture, 0, padded, 7, fixture.length);
        assertThat(Digest.of(responses.decode(padded, 7, fixture.length))).isEqualTo(Fixtures.API_RESPONSE_DIGEST);
        assertThat(Digest.ofTree(decoder.decodeTree(padded, 7, fixture.length))).isEqualTo(Fixtures.API_RESPONSE_DIGEST);

        byte[] bad = utf8("xxxx[1,2,]");
        JsonDecodeException e = (JsonDecodeException) catchThrowable(() -> decoder.decodeTree(bad, 4, 6));
        assertThat(e.offset()).isEqualTo(5);
        byte[] mismatch = utf8("xx{\"l\":\"5\"}");
        e = (JsonDecodeException) catchThrowable(() -> decoder.forType(Scalars.class).decode(mismatch, 2, 9));
        assertThat(e.offset()).isEqualTo(5);
    }

    /** Raw DSL-JSON returns the first value and ignores what follows it ({@code [1] x}, {@code {"a":1}}}). */
    @ParameterizedTest
    @ValueSource(strings = {"[1] x", "{\"a\":1}}", "{\"total\":1} trailing", "1 2", "[1]]"})
    void trailingContentIsRejected(String json) {
        assertRejected(() -> tree(json), "trailing content");
        assertThatThrownBy(() -> responses.decode(utf8(json))).isInstanceOf(JsonDecodeException.class);
    }

    /** Raw DSL-JSON has no depth limit: 100,000 nested arrays overflow the stack. */
    @Test
    void deepNestingIsRejectedByTheDepthLimitNotAStackOverflow() {
        assertRejected(() -> tree("[".repeat(100_000)), "maxNestingDepth");
        assertRejected(() -> tree("{\"a\":".repeat(100_000)), "maxNestingDepth");
        assertRejected(() -> responses.decode(utf8("{\"items\":" + "[".repeat(100_000))), "maxNestingDepth");
        String atLimit = "[".repeat(512) + "]".repeat(512);
        assertThat(tree(atLimit)).isInstanceOf(List.class);
        assertRejected(() -> tree("[" + atLimit + "]"), DecodeLimits.exceededMessage("maxNestingDepth", 512));
    }

    /** Raw DSL-JSON accepts raw control characters in strings and "+1". */
    @ParameterizedTest
    @ValueSource(strings = {"[\"a\tb\"]", "[\"a\nb\"]", "[\"\u0000\"]", "[+1]", "[\"\\ud800\"]", "[\"\\udc00x\"]"})
    void leniencyOfRawDslJsonIsRejected(String json) {
        assertThatThrownBy(() -> tree(json)).isInstanceOf(JsonDecodeException.class);
    }

    /**
     * Raw DSL-JSON throws ArrayIndexOutOfBoundsException on a UTF-8 sequence cut by the end of input, and decodes
     * overlong forms and encoded surrogates.
     */
    @Test
    void invalidUtf8IsAJsonDecodeException() {
        byte[][] documents = {
            {'[', '"', (byte) 0xC3},
            {'"', 'a', (byte) 0xF0, (byte) 0x9F},
            {'[', '"', (byte) 0xC0, (byte) 0xAF, '"', ']'},
            {'[', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ']'},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'},
        };
        for (byte[] document : documents) {
            assertThatThrownBy(() -> decoder.decodeTree(document)).isInstanceOf(JsonDecodeException.class);
        }
    }

    /**
     * DSL-JSON's untyped numbers are Long or BigDecimal (or Double with LONG_AND_DOUBLE, which also turns big
     * integers into doubles); the value model wants Long, BigInteger or Double, and rejects a double overflow.
     */
    @Test
    void untypedNumbersFollowTheValueModel() {
        assertThat(tree("[1, -0, 0.1, 1e2, 18446744073709551616, -9223372036854775808, 9007199254740993, 2.5e-3 ]"))
                .isEqualTo(List.of(1L, 0L, 0.1, 100.0, new BigInteger("18446744073709551616"), Long.MIN_VALUE,
                        9007199254740993L, 0.0025));
        assertThat(tree("1.7976931348623157e308")).isEqualTo(Double.MAX_VALUE);
        assertRejected(() -> tree("[1e400]"), "too large for a double");
        assertRejected(() -> tree("-1e400"), "too large for a double");
        assertThat(tree(" 12 ")).isEqualTo(12L);
        // Integers of up to 18 digits take the adapter's one-pass path, longer ones JsonNumbers.
        assertThat(tree("[999999999999999999,-999999999999999999,9223372036854775807,-0,0,-7,1E2,-0.0]"))
                .isEqualTo(List.of(999999999999999999L, -999999999999999999L, Long.MAX_VALUE, 0L, 0L, -7L, 100.0, -0.0));
    }

    /**
     * DSL-JSON's deserializeLong (used by its generated and runtime converters) accepts "5" in quotes, 1e2 as
     * 100, and wraps 18446744073709551620 to 4; a long component takes only an in-range JSON integer.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\"5\"", "1e2", "1.0", "1.5", "18446744073709551620", "9223372036854775808",
        "-9223372036854775809", "true", "null", "[1]", "{}"})
    void longComponentTakesOnlyAnInRangeInteger(String value) {
        assertThatThrownBy(() -> scalars("{\"l\":" + value + "}")).isInstanceOf(JsonDecodeException.class)
                .hasMessageContaining("Scalars.l");
    }

    @Test
    void scalarsBindByTheRules() {
        assertThat(scalars("{\"l\":-9223372036854775808,\"i\":-2147483648,\"d\":5,\"b\":true,\"s\":\"x\",\"boxed\":null,"
                + "\"big\":123456789012345678901234567890}"))
                .isEqualTo(new Scalars(Long.MIN_VALUE, Integer.MIN_VALUE, 5.0, true, "x", null,
                        new BigInteger("123456789012345678901234567890")));
        assertThat(scalars("{}")).isEqualTo(new Scalars(0, 0, 0.0, false, null, null, null));
        assertThat(scalars("{\"d\":1e2,\"big\":7,\"boxed\":9}")).isEqualTo(new Scalars(0, 0, 100.0, false, null, 9L, BigInteger.valueOf(7)));
        assertRejected(() -> scalars("{\"i\":2147483648}"), "out of range");
        assertRejected(() -> scalars("{\"i\":null}"), "primitive");
        assertRejected(() -> scalars("{\"b\":\"true\"}"), "Scalars.b");
        assertRejected(() -> scalars("{\"s\":5}"), "expected a string");
        assertRejected(() -> scalars("{\"d\":\"1\"}"), "expected a number");
        assertRejected(() -> scalars("{\"big\":1.5}"), "fraction or exponent");
        assertRejected(() -> scalars("{\"d\":" + "9".repeat(400) + "}"), "too large for a double");
        assertRejected(() -> scalars("[]"), "expected an object");
    }

    /** Raw DSL-JSON compares member names as raw bytes, so an escaped spelling of a name never binds. */
    @Test
    void escapedMemberNamesBind() {
        ApiResponse response = responses.decode(utf8("{\"st\\u0061tus\":\"x\",\"tot\\u0061l\":3,\"\\\"q\":1}"));
        assertThat(response.status()).isEqualTo("x");
        assertThat(response.total()).isEqualTo(3);
        assertThat(keys(tree("{\"a\\nb\":1,\"\\u00e9\":2}"))).containsExactly("a\nb", "é");
    }

    @Test
    void unknownMembersAreSkippedAndUntypedComponentsTakeTheValueModel() {
        Untyped value = decoder.forType(Untyped.class).decode(utf8("{\"x\":{\"deep\":[1,{\"a\":\"}\"}]},\"any\":[1.5,\"s\"],"
                + "\"map\":{\"k\":18446744073709551616},\"list\":[null,true],\"strings\":[\"a\",null],\"y\":-1e-5}"));
        assertThat(value.any()).isEqualTo(List.of(1.5, "s"));
        assertThat(value.map()).isEqualTo(Map.of("k", new BigInteger("18446744073709551616")));
        assertThat(value.list()).containsExactly(null, true);
        assertThat(value.strings()).containsExactly("a", null);
        assertRejected(() -> decoder.forType(Untyped.class).decode(utf8("{\"map\":[]}")), "expected an object");
        assertRejected(() -> decoder.forType(Untyped.class).decode(utf8("{\"list\":{}}")), "expected an array");
    }

    /** DSL-JSON refuses numbers of more than 512 digits (limitDigitsBuffer); the adapter converts them itself. */
    @Test
    void hostileInputsGiveAValueOrAJsonDecodeException() {
        assertRejected(() -> tree("1e1000000"), "too large for a double");
        assertRejected(() -> tree("1" + "0".repeat(100_000)), "maxNumberLength");
        JsonDecoder generous = JsonDecoders.get("dsljson", DecodeLimits.builder().maxNumberLength(200_000).build());
        String digits = "7" + "0".repeat(99_999);
        assertThat(generous.decodeTree(utf8(digits))).isEqualTo(new BigInteger(digits));
        String longString = "x".repeat(10_000_000);
        assertThat(tree("[\"" + longString + "\"]")).isEqualTo(List.of(longString));
        JsonDecoder shortStrings = JsonDecoders.get("dsljson", DecodeLimits.builder().maxStringLength(1000).build());
        assertThatThrownBy(() -> shortStrings.decodeTree(utf8("[\"" + longString + "\"]")))
                .hasMessageContaining("maxStringLength");
    }

    /** After a document over 256 KiB the thread's state is replaced; decoding goes on as before. */
    @Test
    void aLargeDocumentLeavesTheThreadReadyForTheNext() {
        String big = "[\"" + "é".repeat(200_000) + "\"," + "1,".repeat(100_000) + "{\"k\":\"v\"}]";
        List<?> value = (List<?>) decoder.decodeTree(utf8(big));
        assertThat(value).hasSize(100_002);
        assertThat((String) value.get(0)).hasSize(200_000);
        assertThat(Digest.of(responses.decode(Fixtures.apiResponse()))).isEqualTo(Fixtures.API_RESPONSE_DIGEST);
        assertThat(tree("{\"k\":[\"v\"]}")).isEqualTo(Map.of("k", List.of("v")));
    }

    static final JsonDecoder SHARED = JsonDecoders.get("dsljson");

    public record Reentrant(String inner, Object decoded) {
        public Reentrant {
            if (inner != null && decoded == null) {
                decoded = SHARED.decodeTree(inner.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The per-thread reader is in use while a record constructor runs; a decode from there gets its own. */
    @Test
    void aRecordConstructorMayDecodeOnTheSameThread() {
        Reentrant value = SHARED.forType(Reentrant.class).decode(utf8("{\"inner\":\"[1,{\\\"a\\\":2}]\",\"after\":[7]}"));
        assertThat(value.decoded()).isEqualTo(List.of(1L, Map.of("a", 2L)));
        assertThat(SHARED.decodeTree(utf8("[true]"))).isEqualTo(List.of(true));
    }

    public record Positive(long value) {
        public Positive {
            if (value <= 0) {
                throw new IllegalArgumentException("not positive");
            }
        }
    }

    @Test
    void aRecordConstructorThatThrowsIsAJsonDecodeException() {
        assertRejected(() -> decoder.forType(Positive.class).decode(utf8("{\"value\":-1}")), "not positive");
    }
}
