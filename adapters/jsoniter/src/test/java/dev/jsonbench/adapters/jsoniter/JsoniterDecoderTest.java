package dev.jsonbench.adapters.jsoniter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jsoniter adapter itself. The gaps between raw jsoniter 0.9.23 ({@code JsonIterator.read()}, {@code readLong()}
 * and friends) and the contract that it closes (listed in {@link JsoniterDecoder}'s Javadoc: trailing content, no
 * depth limit, invalid UTF-8, numbers through double, HashMaps, coercions, escaped member names, the per-thread
 * iterator) are cases of the conformance suite, which every backend runs ({@link JsoniterConformanceTest}); the
 * leniencies below are the ones observed on raw jsoniter.
 */
class JsoniterDecoderTest {

    private final JsonDecoder decoder = JsonDecoders.get("jsoniter");

    @Test
    void describesItself() {
        assertThat(decoder).isInstanceOf(JsoniterDecoder.class);
        assertThat(decoder.name()).isEqualTo("jsoniter");
        assertThat(decoder.backendVersion()).isEqualTo("0.9.23");
        assertThat(decoder.configuration()).contains("strict: jsonbench lexical pass + grammar checked in the token walk").doesNotContain("\n");
        assertThat(decoder.limits()).isEqualTo(DecodeLimits.defaults());
    }

    /**
     * Raw jsoniter accepts raw control characters in strings, leading zeros ({@code [01]} is [1]), {@code 1.},
     * a missing comma ({@code [1 2]} is [1]) and lone surrogate escapes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[\"a\tb\"]", "[\"a\nb\"]", "[\"\u0000\"]", "[01]", "[1.]", "[-01]", "[1 2]",
        "[\"\\ud800\"]", "[\"\\udc00x\"]", "{\"a\":1 \"b\":2}"})
    void leniencyOfRawJsoniterIsRejected(String json) {
        assertThatThrownBy(() -> decoder.decodeTree(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonDecodeException.class);
    }
}
