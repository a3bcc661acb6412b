package dev.jsonbench.api.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8Test {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "ASCII,                         41 7E 00 7F",
        "smallest 2-byte (U+0080),      C2 80",
        "largest 2-byte (U+07FF),       DF BF",
        "smallest 3-byte (U+0800),      E0 A0 80",
        "last before surrogates,        ED 9F BF",
        "first after surrogates,        EE 80 80",
        "largest 3-byte (U+FFFF),       EF BF BF",
        "smallest 4-byte (U+10000),     F0 90 80 80",
        "largest code point (U+10FFFF), F4 8F BF BF",
        "mixed,                         41 C3 A9 E2 82 AC F0 9F 98 80 41",
        "empty,                         ''",
    })
    void acceptsWellFormedSequences(String label, String hex) {
        byte[] bytes = bytes(hex);

        assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "stray continuation byte,         41 80,          1, continuation byte without a lead byte",
        "stray continuation after a pair, C3 A9 BF,       2, continuation byte without a lead byte",
        "overlong 2-byte (C0),            C0 80,          0, invalid UTF-8 byte 0xC0",
        "overlong 2-byte (C1),            C1 BF,          0, invalid UTF-8 byte 0xC1",
        "overlong 3-byte (E0 80),         E0 80 80,       0, 0xE0 0x80 (overlong encoding)",
        "overlong 3-byte (E0 9F),         E0 9F BF,       0, 0xE0 0x9F (overlong encoding)",
        "encoded surrogate (ED A0),       ED A0 80,       0, 0xED 0xA0 (an encoded surrogate)",
        "encoded surrogate (ED BF),       ED BF BF,       0, 0xED 0xBF (an encoded surrogate)",
        "overlong 4-byte (F0 80),         F0 80 80 80,    0, 0xF0 0x80 (overlong encoding)",
        "overlong 4-byte (F0 8F),         F0 8F BF BF,    0, 0xF0 0x8F (overlong encoding)",
        "above U+10FFFF (F4 90),          F4 90 80 80,    0, 0xF4 0x90 (above U+10FFFF)",
        "above U+10FFFF (F5),             F5 80 80 80,    0, invalid UTF-8 byte 0xF5",
        "never used (FE),                 FE,             0, invalid UTF-8 byte 0xFE",
        "never used (FF),                 FF,             0, invalid UTF-8 byte 0xFF",
        "2-byte cut by end,               41 C3,          1, 0xC3 (starts a 2-byte sequence",
        "3-byte cut by end,               E2 82,          0, 0xE2 (starts a 3-byte sequence",
        "4-byte cut by end,               F0 9F 98,       0, 0xF0 (starts a 4-byte sequence",
        "2-byte cut by ASCII,             C3 41,          0, 0xC3 (starts a 2-byte sequence",
        "3-byte cut by ASCII,             E2 82 41,       0, 0xE2 (starts a 3-byte sequence",
        "4-byte cut by a new lead,        F0 9F 98 C3 A9, 0, 0xF0 (starts a 4-byte sequence",
        "after 8-byte ASCII runs,         41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 C0 80, 17, 0xC0",
    })
    void reportsTheFirstIllFormedSequence(String label, String hex, int index, String description) {
        byte[] bytes = bytes(hex);

        assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).isEqualTo(index);
        assertThat(Utf8.describeInvalid(bytes, index, bytes.length)).contains(description);
    }

    @Test
    void checksOnlyTheGivenRangeAndReportsIndexesInTheArray() {
        byte[] bytes = bytes("FF 41 41 C3 A9 41 41 41 41 41 41 41 41 E2 82 FF");

        assertThat(Utf8.firstInvalid(bytes, 1, 12)).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(bytes, 1, 14)).isEqualTo(13);
        assertThat(Utf8.firstInvalid(bytes, 4, 3)).isEqualTo(4);
    }

    @Test
    void rejectsARangeOutsideTheArray() {
        assertThatThrownBy(() -> Utf8.firstInvalid(new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theUtf8EncodingOfAnyStringIsValid() {
        Random random = new Random(3629);
        for (int run = 0; run < 5000; run++) {
            String text = StrictJsonValidatorTest.JsonStrings.randomText(random);
            byte[] bytes = text.getBytes(UTF_8);

            assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).as(text).isEqualTo(-1);
        }
    }

    @Test
    void agreesWithTheJdkDecoderOnArbitraryBytes() {
        // Fragments that are often almost UTF-8, so that every kind of ill-formed sequence comes up.
        String[] fragments = {"41", "41 42 43 44 45 46 47 48", "00", "7F", "80", "BF", "C0", "C1", "C2", "DF",
            "E0", "E0 A0", "E1", "EC", "ED", "ED 9F", "ED A0", "EE", "EF", "F0", "F0 90", "F1", "F3", "F4", "F4 8F",
            "F4 90", "F5", "FF", "C3 A9", "E2 82 AC", "F0 9F 98 80", "90", "9F", "A0", "8F"};
        Random random = new Random(3629);
        for (int run = 0; run < 50_000; run++) {
            StringBuilder hex = new StringBuilder();
            for (int n = random.nextInt(13); n > 0; n--) {
                hex.append(fragments[random.nextInt(fragments.length)]).append(' ');
            }
            byte[] bytes = bytes(hex.toString());

            assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).as(hex.toString()).isEqualTo(jdkFirstInvalid(bytes));
        }
    }

    private static int jdkFirstInvalid(byte[] bytes) {
        CharsetDecoder decoder = UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(2 * bytes.length + 2);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() || in.hasRemaining() ? in.position() : -1;
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}
