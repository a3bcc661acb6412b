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

    @Test
    void hex4ReadsFourHexDigitsOfEitherCaseWithinTheEnd() {
        byte[] digits = "00e9DBFFx12".getBytes(UTF_8);
        assertThat(JsonStrings.hex4(digits, 0, digits.length)).isEqualTo(0xE9);
        assertThat(JsonStrings.hex4(digits, 4, digits.length)).isEqualTo(0xDBFF);
        assertThat(JsonStrings.hex4(digits, 6, digits.length)).as("x is no hex digit").isEqualTo(-1);
        assertThat(JsonStrings.hex4(digits, 0, 3)).as("cut by the end").isEqualTo(-1);
    }
}
