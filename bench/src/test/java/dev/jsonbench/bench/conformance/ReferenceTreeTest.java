package dev.jsonbench.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.JsonDecodeException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fuzzer's reference decodes the value model of api/STRICTNESS.md. */
class ReferenceTreeTest {

    private final ReferenceTree reference = new ReferenceTree();

    private Object decode(String json) {
        return reference.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbersFollowTheValueModel() {
        assertThat(decode("[0,-0,9223372036854775807,9223372036854775808,-9223372036854775809,1.5,-0.0,1e2,1e-400]"))
                .isEqualTo(Arrays.asList(0L, 0L, Long.MAX_VALUE, new BigInteger("9223372036854775808"),
                        new BigInteger("-9223372036854775809"), 1.5, -0.0, 100.0, 0.0));
        assertThatThrownBy(() -> decode("[1e400]")).isInstanceOf(JsonDecodeException.class).hasMessageContaining("overflows");
    }

    @Test
    void stringsObjectsAndOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("z", "a\"\\/\b\f\n\r\t\u00e9\ud83d\ude00");
        expected.put("a", Arrays.asList(true, false, null, Map.of()));
        Object value = decode(" {\"z\" : \"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\", \"a\":[true,false,null,{}]} ");
        assertThat(value).isEqualTo(expected);
        assertThat(((Map<?, ?>) value).keySet().stream().map(String::valueOf).toList()).containsExactly("z", "a");
        assertThat(decode("{\"a\":1,\"b\":2,\"a\":3}")).isEqualTo(Map.of("a", 3L, "b", 2L));
        assertThat(decode("\"\u20ac\"")).isEqualTo("\u20ac");
    }

    @Test
    void whatTheValidatorRejectsIsRejected() {
        for (String invalid : List.of("", "[1,]", "01", "\"\\ud800\"", "{\"a\" 1}", "[1] x", "\ufeff1")) {
            assertThatThrownBy(() -> decode(invalid)).as(invalid).isInstanceOf(JsonDecodeException.class);
        }
    }
}
