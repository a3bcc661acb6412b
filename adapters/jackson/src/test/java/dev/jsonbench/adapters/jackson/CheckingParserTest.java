package dev.jsonbench.adapters.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The parser every decode reads from checks member names in chars through each method that can move onto a name,
 * not only through the ones databind happens to call for the bundled types.
 */
class CheckingParserTest {

    private static final DecodeLimits LIMITS = DecodeLimits.builder().maxStringLength(4).build();

    /** The ways databind moves to the next member name. */
    enum Move {
        NEXT_TOKEN, NEXT_VALUE, NEXT_FIELD_NAME, NEXT_FIELD_NAME_EXPECTED, NEXT_TEXT_VALUE, NEXT_LONG_VALUE;

        void apply(JsonParser p) throws IOException {
            switch (this) {
                case NEXT_TOKEN -> p.nextToken();
                case NEXT_VALUE -> p.nextValue();
                case NEXT_FIELD_NAME -> p.nextFieldName();
                case NEXT_FIELD_NAME_EXPECTED -> p.nextFieldName(new SerializedString("a"));
                case NEXT_TEXT_VALUE -> p.nextTextValue();
                case NEXT_LONG_VALUE -> p.nextLongValue(0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Move.class)
    void aNameLongerThanTheLimitInCharsIsRefusedHoweverItIsReached(Move move) throws IOException {
        // Five chars and five bytes: within the three-bytes-per-char limit Jackson is given, over ours.
        try (JsonParser p = parser("{\"a\":1,\"abcde\":2}")) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(p.nextFieldName()).isEqualTo("a");
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThatThrownBy(() -> move.apply(p))
                    .isInstanceOf(JsonDecodeException.class)
                    .hasMessageContaining("maxStringLength");
        }
    }

    @ParameterizedTest
    @EnumSource(Move.class)
    void aNameWithinTheLimitInCharsIsReadAlthoughItsBytesExceedIt(Move move) throws IOException {
        // Four chars, twelve bytes.
        try (JsonParser p = parser("{\"a\":1,\"\u20AC\u20AC\u20AC\u20AC\":2}")) {
            p.nextToken();
            p.nextFieldName();
            p.nextToken();
            move.apply(p);
            assertThat(p.currentName()).isEqualTo("\u20AC\u20AC\u20AC\u20AC");
        }
    }

    @Test
    void skippingMeasuresNamesStringsAndNumbers() throws IOException {
        for (String skipped : new String[] {"{\"abcde\":1}", "[\"abcde\"]", "{\"a\":[\"abcde\"]}"}) {
            try (JsonParser p = parser("{\"a\":" + skipped + "}")) {
                p.nextToken();
                p.nextFieldName();
                p.nextToken();
                assertThatThrownBy(p::skipChildren).as(skipped)
                        .isInstanceOf(JsonDecodeException.class)
                        .hasMessageContaining("maxStringLength");
            }
        }
        try (JsonParser p = parser("[\"abcd\",{\"abcd\":[1,2]}]")) {
            p.nextToken();
            assertThat(p.skipChildren().currentToken()).isEqualTo(JsonToken.END_ARRAY);
        }
    }

    private static JsonParser parser(String json) throws IOException {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength(LIMITS.maxStringLength())
                .maxNameLength(3 * LIMITS.maxStringLength())
                .build();
        CheckingFactory factory = new CheckingFactory(new JsonFactoryBuilder().streamReadConstraints(constraints));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return factory.createParser(bytes, 0, bytes.length);
    }
}
