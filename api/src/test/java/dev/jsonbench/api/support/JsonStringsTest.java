package dev.jsonbench.api.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void decodesEveryEscapeWithinTheRange() {
        byte[] document = "x\"a\\n\\t\\b\\f\\r\\\"\\\\\\/\\u0041\\u00e9é\"y".getBytes(UTF_8);
        int end = document.length - 2;
        assertThat(JsonStrings.unescape(document, 2, end)).isEqualTo("a\n\t\b\f\r\"\\/Aéé");
    }

    @Test
    void plainBodyIsCopied() {
        assertThat(JsonStrings.unescape("name".getBytes(UTF_8), 0, 4)).isEqualTo("name");
    }
}
