package dev.jsonbench.adapters.dsljson;

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
 * The DSL-JSON adapter itself. The gaps between raw DSL-JSON 2.0.2 and the contract that it closes (listed in
 * {@link DslJsonDecoder}'s Javadoc: trailing content, no depth limit, invalid UTF-8, its number model, coercions,
 * escaped member names, the per-thread reader) are cases of the conformance suite, which every backend runs
 * ({@link DslJsonConformanceTest}); the leniencies below are the ones observed on raw DSL-JSON.
 */
class DslJsonDecoderTest {

    private final JsonDecoder decoder = JsonDecoders.get("dsljson");

    @Test
    void describesItself() {
        assertThat(decoder).isInstanceOf(DslJsonDecoder.class);
        assertThat(decoder.name()).isEqualTo("dsljson");
        assertThat(decoder.backendVersion()).isEqualTo("2.0.2");
        assertThat(decoder.configuration()).contains("strict: jsonbench lexical pass + grammar checked in the token walk").doesNotContain("\n");
        assertThat(decoder.limits()).isEqualTo(DecodeLimits.defaults());
    }

    /** Raw DSL-JSON accepts raw control characters in strings, "+1" and lone surrogate escapes. */
    @ParameterizedTest
    @ValueSource(strings = {"[\"a\tb\"]", "[\"a\nb\"]", "[\"\u0000\"]", "[+1]", "[\"\\ud800\"]", "[\"\\udc00x\"]"})
    void leniencyOfRawDslJsonIsRejected(String json) {
        assertThatThrownBy(() -> decoder.decodeTree(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonDecodeException.class);
    }
}
