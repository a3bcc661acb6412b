package dev.jsonbench.api.support;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import java.lang.management.ManagementFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrictJsonValidatorTest {

    private static final String BACKEND = "test";

    private final StrictJsonValidator validator = new StrictJsonValidator(BACKEND, DecodeLimits.defaults());

    static Stream<Arguments> validDocuments() {
        return Stream.of(
                valid("integer zero", "0"),
                valid("negative zero", "-0"),
                valid("zero with exponent", "0e0"),
                valid("upper-case exponent with plus", "1E+2"),
                valid("negative exponent", "1e-2"),
                valid("fraction and exponent", "-1.5E-10"),
                valid("fraction", "0.001"),
                valid("big integer", "123456789012345678901234567890"),
                valid("just below Long.MIN_VALUE", "-9223372036854775809"),
                valid("huge exponent (overflow is JsonNumbers' business)", "1e400"),
                valid("true", "true"),
                valid("false", "false"),
                valid("null", "null"),
                valid("top-level string", "\"text\""),
                valid("empty string", "\"\""),
                valid("empty array", "[]"),
                valid("empty object", "{}"),
                valid("whitespace around and inside empty containers", " \t\n\r[ \t\n\r] \t\n\r"),
                valid("whitespace around every token", " { \"a\" : [ 1 , 2 ] , \"b\" : { } } "),
                valid("array of every kind of value", "[1,-2.5e3,\"s\",true,false,null,{},[]]"),
                valid("nested objects and arrays", "{\"a\":{\"b\":[1,{\"c\":null}]},\"d\":[[[]]]}"),
                valid("sibling containers do not add depth", "[[[]],[[]],{\"a\":[]},{\"b\":{}}]"),
                valid("duplicate member names", "{\"a\":1,\"a\":2}"),
                valid("empty member name", "{\"\":0}"),
                valid("every short escape", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""),
                valid("unicode escapes of either case", "\"\\u0041\\u00e9\\u00E9\\uABCD\\uabcd\\u0000\\uFFFF\""),
                valid("surrogate pair escape", "\"\\uD83D\\uDE00\""),
                valid("surrogate pair escape in lower case", "\"\\ud83d\\ude00\""),
                valid("escapes in a member name", "{\"\\u0041\\n\":1}"),
                valid("DEL is not a control character in JSON", "\"\u007F\""),
                valid("non-ASCII text", "\"héllo wörld € 😀 中文\""),
                valid("UTF-8 boundary code points", "\"\u0080\u07FF\u0800\uD7FF\uE000\uFFFD\uFFFF\uD800\uDC00\uDBFF\uDFFF\""),
                valid("long ASCII string (eight bytes at a time)", "\"" + "abcdefgh".repeat(100) + "\""),
                valid("specials at every position of an 8-byte word", "[\"a\\n\",\"ab\\n\",\"abc\\n\",\"abcd\\n\",\"abcde\\n\","
                        + "\"abcdef\\n\",\"abcdefg\\n\",\"abcdefgh\\n\",\"é\",\"aé\",\"abcdefgé\"]"),
                valid("nesting at the default limit", "[".repeat(512) + "]".repeat(512)),
                valid("object nesting at the default limit", "{\"a\":".repeat(511) + "[]" + "}".repeat(511)));
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                // document shape
                invalid("empty document", "", "empty document", 0),
                invalid("whitespace only", " \n\t\r", "empty document", 4),
                invalid("BOM is rejected", "\uFEFF{}", "byte order mark", 0),
                invalid("form feed is not whitespace", "\f1", "expected a value, found byte 0x0C", 0),
                invalid("vertical tab is not whitespace", "[1,\u000B2]", "expected a value, found byte 0x0B", 3),
                invalid("no-break space is not whitespace", "\u00A01", "expected a value, found byte 0xC2", 0),
                invalid("two values", "1 2", "trailing content after the JSON value: '2'", 2),
                invalid("trailing content after an object", "{} x", "trailing content after the JSON value: 'x'", 3),
                invalid("extra closing bracket", "[]]", "trailing content after the JSON value: ']'", 2),
                invalid("extra closing brace", "{}}", "trailing content after the JSON value: '}'", 2),
                invalid("line comment", "[1] // c", "trailing content", 4),
                invalid("block comment", "/* c */ 1", "expected a value, found '/'", 0),
                invalid("trailing NUL byte", "1\u0000", "trailing content after the JSON value: byte 0x00", 1),
                // arrays and objects
                invalid("unclosed array", "[1", "unexpected end of input in an array", 2),
                invalid("unclosed nested array", "[[1]", "unexpected end of input in an array", 4),
                invalid("unclosed object", "{\"a\":1", "unexpected end of input in an object", 6),
                invalid("lone '['", "[", "unexpected end of input: expected a value", 1),
                invalid("lone '{'", "{", "expected a member name or '}', found end of input", 1),
                invalid("lone ']'", "]", "expected a value, found ']'", 0),
                invalid("trailing comma in an array", "[1,]", "expected a value, found ']'", 3),
                invalid("trailing comma in an object", "{\"a\":1,}", "expected a member name after ',', found '}'", 7),
                invalid("leading comma", "[,1]", "expected a value, found ','", 1),
                invalid("double comma", "[1,,2]", "expected a value, found ','", 3),
                invalid("missing comma in an array", "[1 2]", "expected ',' or ']' after an array element, found '2'", 3),
                invalid("missing comma in an object", "{\"a\":1 \"b\":2}",
                        "expected ',' or '}' after an object member, found '\"'", 7),
                invalid("object member after a comma in an array", "[1,\"a\":2]",
                        "expected ',' or ']' after an array element, found ':'", 6),
                invalid("missing colon", "{\"a\" 1}", "expected ':' after a member name, found '1'", 5),
                invalid("'=' instead of ':'", "{\"a\"=1}", "expected ':' after a member name, found '='", 4),
                invalid("unquoted member name", "{a:1}", "expected a member name or '}', found 'a'", 1),
                invalid("single-quoted member name", "{'a':1}", "expected a member name or '}', found '''", 1),
                invalid("number as member name", "{1:1}", "expected a member name or '}', found '1'", 1),
                invalid("missing member value", "{\"a\":}", "expected a value, found '}'", 5),
                invalid("member without value", "{\"a\"}", "expected ':' after a member name, found '}'", 4),
                invalid("array closed by '}'", "[1}", "expected ',' or ']' after an array element, found '}'", 2),
                invalid("object closed by ']'", "{\"a\":1]", "expected ',' or '}' after an object member, found ']'", 6),
                // strings
                invalid("single-quoted string", "['a']", "expected a value, found '''", 1),
                invalid("unterminated string", "\"abc", "unexpected end of input in a string (it starts at byte 0)", 4),
                invalid("unterminated member name", "{\"a", "unexpected end of input in a string (it starts at byte 1)", 3),
                invalid("raw line feed in a string", "\"a\nb\"", "unescaped control character 0x0A in a string", 2),
                invalid("raw tab in a string", "\"a\tb\"", "unescaped control character 0x09 in a string", 2),
                invalid("raw NUL in a string", "\"\u0000\"", "unescaped control character 0x00 in a string", 1),
                invalid("raw control character after 8 plain bytes", "\"abcdefghijk\u001F\"",
                        "unescaped control character 0x1F in a string", 12),
                invalid("raw control character in a member name", "{\"a\rb\":1}",
                        "unescaped control character 0x0D in a string", 3),
                invalid("unknown escape", "\"\\x\"", "invalid escape '\\x'", 1),
                invalid("escaped single quote", "\"\\'\"", "invalid escape '\\''", 1),
                invalid("upper-case \\U escape", "\"\\U0041\"", "invalid escape '\\U'", 1),
                invalid("escaped line feed", "\"\\\n\"", "invalid escape (backslash followed by byte 0x0A)", 1),
                invalid("backslash at end of input", "\"\\", "unexpected end of input in an escape sequence", 2),
                invalid("\\u with three hex digits", "\"\\u004\"", "invalid \\u escape: expected 4 hex digits, found '\"'", 6),
                invalid("\\u with a non-hex digit", "\"\\u00G0\"", "invalid \\u escape: expected 4 hex digits, found 'G'", 5),
                invalid("\\u cut by end of input", "\"\\u00", "expected 4 hex digits, found end of input", 5),
                invalid("lone high surrogate escape", "\"\\uD800\"", "unpaired surrogate escape \\uD800", 1),
                invalid("high surrogate then a BMP escape", "\"\\uD800\\u0041\"", "unpaired surrogate escape \\uD800", 1),
                invalid("high surrogate then a raw character", "\"\\uDBFFa\"", "unpaired surrogate escape \\uDBFF", 1),
                invalid("two high surrogates", "\"\\uD800\\uD800\"", "unpaired surrogate escape \\uD800", 1),
                invalid("high surrogate at end of input", "\"\\ud800", "unpaired surrogate escape \\uD800", 1),
                invalid("lone low surrogate escape", "\"\\uDC00\"", "unpaired surrogate escape \\uDC00", 1),
                invalid("reversed surrogate pair", "\"a\\uDFFF\\uD800\"", "unpaired surrogate escape \\uDFFF", 2),
                // UTF-8
                invalidBytes("stray continuation byte", "\"\u0080\"", "invalid UTF-8 byte 0x80", 1),
                invalidBytes("overlong 2-byte lead C0", "\"\u00C0\u0080\"", "invalid UTF-8 byte 0xC0", 1),
                invalidBytes("overlong 2-byte lead C1", "\"\u00C1\u00BF\"", "invalid UTF-8 byte 0xC1", 1),
                invalidBytes("overlong 3-byte E0 80", "\"\u00E0\u0080\u0080\"", "invalid UTF-8 sequence 0xE0 0x80 (overlong", 1),
                invalidBytes("overlong 3-byte E0 9F", "\"\u00E0\u009F\u00BF\"", "invalid UTF-8 sequence 0xE0 0x9F (overlong", 1),
                invalidBytes("encoded surrogate ED A0", "\"\u00ED\u00A0\u0080\"", "(an encoded surrogate)", 1),
                invalidBytes("encoded surrogate ED BF", "\"\u00ED\u00BF\u00BF\"", "(an encoded surrogate)", 1),
                invalidBytes("overlong 4-byte F0 80", "\"\u00F0\u0080\u0080\u0080\"", "invalid UTF-8 sequence 0xF0 0x80 (overlong", 1),
                invalidBytes("overlong 4-byte F0 8F", "\"\u00F0\u008F\u00BF\u00BF\"", "invalid UTF-8 sequence 0xF0 0x8F (overlong", 1),
                invalidBytes("above U+10FFFF: F4 90", "\"\u00F4\u0090\u0080\u0080\"", "(above U+10FFFF)", 1),
                invalidBytes("above U+10FFFF: lead F5", "\"\u00F5\u0080\u0080\u0080\"", "invalid UTF-8 byte 0xF5", 1),
                invalidBytes("byte FF", "\"\u00FF\"", "invalid UTF-8 byte 0xFF", 1),
                invalidBytes("truncated 2-byte sequence", "\"\u00C3\"", "invalid UTF-8 byte 0xC3 (starts a 2-byte sequence", 1),
                invalidBytes("truncated 3-byte sequence", "\"\u00E2\u0082\"", "invalid UTF-8 byte 0xE2 (starts a 3-byte sequence", 1),
                invalidBytes("4-byte sequence cut by end of input", "\"\u00F0\u009F\u0098", "invalid UTF-8 byte 0xF0", 1),
                invalidBytes("invalid UTF-8 after 8 plain bytes", "\"abcdefghij\u00C0\u0080\"", "invalid UTF-8 byte 0xC0", 11),
                invalidBytes("invalid UTF-8 in a member name", "{\"\u00ED\u00A0\u0080\":1}", "(an encoded surrogate)", 2),
                invalidBytes("invalid UTF-8 outside a string", "[\u00C0]", "expected a value, found invalid UTF-8 byte 0xC0", 1),
                invalidBytes("invalid UTF-8 after the value", "1\u00FF", "trailing content after the JSON value: invalid UTF-8 byte 0xFF", 1),
                // numbers
                invalid("leading zero", "01", "invalid number '01': leading zeros are not allowed", 1),
                invalid("negative leading zero", "[-01]", "invalid number '-01': leading zeros are not allowed", 3),
                invalid("plus sign", "+1", "expected a value, found '+'", 0),
                invalid("leading decimal point", ".5", "expected a value, found '.'", 0),
                invalid("trailing decimal point", "1.", "invalid number '1.': expected a digit after the decimal point", 2),
                invalid("decimal point before exponent", "[1.e5]", "invalid number '1.e': expected a digit after the decimal point", 3),
                invalid("empty exponent", "1e", "invalid number '1e': expected a digit in the exponent", 2),
                invalid("exponent sign without digits", "1e+", "expected a digit in the exponent", 3),
                invalid("exponent followed by a letter", "[1E-x]", "invalid number '1E-x': expected a digit in the exponent", 4),
                invalid("lone minus", "-", "invalid number '-': expected a digit after '-'", 1),
                invalid("minus then letter", "-a", "invalid number '-a': expected a digit after '-'", 1),
                invalid("NaN", "NaN", "expected a value, found 'N'", 0),
                invalid("Infinity", "Infinity", "expected a value, found 'I'", 0),
                invalid("-Infinity", "-Infinity", "expected a digit after '-'", 1),
                invalid("hexadecimal number", "0x1F", "trailing content after the JSON value: 'x'", 1),
                invalid("two decimal points", "[1.5.3]", "expected ',' or ']' after an array element, found '.'", 4),
                invalid("number directly followed by a letter", "[1a]", "expected ',' or ']' after an array element, found 'a'", 2),
                // literals
                invalid("truncated true", "tru", "invalid literal: expected 'true', found end of input", 0),
                invalid("misspelled false", "[fals]", "invalid literal: expected 'false', found ']'", 1),
                invalid("nul", "{\"a\":nul}", "invalid literal: expected 'null', found '}'", 5),
                invalid("capitalised literal", "True", "expected a value, found 'T'", 0),
                invalid("literal followed by a letter", "truex", "trailing content after the JSON value: 'x'", 4),
                invalid("undefined", "undefined", "expected a value, found 'u'", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void acceptsValidDocument(String rule, byte[] document) {
        assertThatCode(() -> validator.validate(document, 0, document.length)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void rejectsInvalidDocument(String rule, byte[] document, String message, int offset) {
        JsonDecodeException e = rejection(validator, document);

        assertThat(e.getMessage()).contains(message);
        assertThat(e.offset()).isEqualTo(offset);
        assertThat(e.backend()).isEqualTo(BACKEND);
    }

    @Test
    void offsetsCountFromTheStartOfTheDocumentNotTheArray() {
        byte[] buffer = "xx[1,]yy".getBytes(UTF_8);

        JsonDecodeException e = catchThrowableOfType(JsonDecodeException.class, () -> validator.validate(buffer, 2, 4));

        assertThat(e.offset()).isEqualTo(3);
        assertThatCode(() -> validator.validate("xx[1]yy".getBytes(UTF_8), 2, 3)).doesNotThrowAnyException();
    }

    /**
     * The lexical subset throws the whole validator's error for a rule it checks; where the vector pass is in use it
     * lets a grammar error through to the caller's token walk, which then asks {@link StrictJsonValidator#validate}.
     */
    @Test
    void validateLexicallyChecksTheRulesNoTokenizerSees() throws InterruptedException {
        assertThat(StrictJsonValidator.awaitVectorPass(java.time.Duration.ofSeconds(60))).isTrue();
        byte[] controlInString = utf8("[\"a\u0001\"]");
        JsonDecodeException e = catchThrowableOfType(JsonDecodeException.class,
                () -> validator.validateLexically(controlInString, 0, controlInString.length));
        assertThat(e.getMessage()).isEqualTo(rejection(validator, controlInString).getMessage());
        byte[] unicodeSpace = utf8("[1,\u00a02]");
        assertThat(catchThrowableOfType(JsonDecodeException.class,
                () -> validator.validateLexically(unicodeSpace, 0, unicodeSpace.length)).offset()).isEqualTo(3);

        byte[] missingComma = utf8("[1 2]");
        assertThatCode(() -> validator.validateLexically(missingComma, 0, missingComma.length)).doesNotThrowAnyException();
        assertThat(rejection(validator, missingComma).getMessage()).contains("expected ',' or ']'");
    }

    @Test
    void isReusableAfterARejection() {
        rejection(validator, utf8("[".repeat(1000)));
        rejection(validator, utf8("{\"a\":[1,"));

        assertThatCode(() -> validator.validate(utf8("{\"a\":[1]}"), 0, 9)).doesNotThrowAnyException();
    }

    @Test
    void maxDocumentBytesAtTheBoundary() {
        byte[] document = utf8("[1, 2]");
        StrictJsonValidator atLimit = validatorWith(DecodeLimits.builder().maxDocumentBytes(document.length).build());
        StrictJsonValidator belowLimit = validatorWith(DecodeLimits.builder().maxDocumentBytes(document.length - 1).build());

        assertThatCode(() -> atLimit.validate(document, 0, document.length)).doesNotThrowAnyException();
        JsonDecodeException e = rejection(belowLimit, document);
        assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxDocumentBytes", document.length - 1));
        assertThat(e.offset()).isZero();
    }

    @Test
    void maxNestingDepthAtTheBoundary() {
        StrictJsonValidator depthThree = validatorWith(DecodeLimits.builder().maxNestingDepth(3).build());

        for (String allowed : List.of("[[[]]]", "{\"a\":{\"b\":{}}}", "[{\"a\":[1]}]", "[[[]],[[]],{\"a\":[]}]", "1")) {
            assertThatCode(() -> depthThree.validate(utf8(allowed), 0, allowed.length())).as(allowed).doesNotThrowAnyException();
        }
        for (String tooDeep : List.of("[[[[]]]]", "{\"a\":{\"b\":{\"c\":{}}}}", "[{\"a\":[[]]}]", "[[[]],[[[]]]]")) {
            JsonDecodeException e = rejection(depthThree, utf8(tooDeep));
            assertThat(e.getMessage()).as(tooDeep).contains(DecodeLimits.exceededMessage("maxNestingDepth", 3));
            assertThat(tooDeep.charAt((int) e.offset())).as(tooDeep).isIn('[', '{');
        }
    }

    @Test
    void maxStringLengthCountsDecodedUtf16Chars() {
        // 1 (a) + 1 (é, 2 bytes) + 1 (€, 3 bytes) + 2 (😀, 4 bytes) + 1 (\n) + 1 (\u0041) + 2 (surrogate pair escape)
        String content = "aé€😀\\n\\u0041\\uD83D\\uDE00";
        int decodedLength = 9;
        byte[] string = utf8("\"" + content + "\"");
        byte[] memberName = utf8("{\"" + content + "\":1}");
        StrictJsonValidator atLimit = validatorWith(DecodeLimits.builder().maxStringLength(decodedLength).build());
        StrictJsonValidator belowLimit = validatorWith(DecodeLimits.builder().maxStringLength(decodedLength - 1).build());

        assertThatCode(() -> atLimit.validate(string, 0, string.length)).doesNotThrowAnyException();
        assertThatCode(() -> atLimit.validate(memberName, 0, memberName.length)).doesNotThrowAnyException();
        JsonDecodeException stringRejection = rejection(belowLimit, string);
        assertThat(stringRejection.getMessage()).contains(DecodeLimits.exceededMessage("maxStringLength", decodedLength - 1));
        assertThat(stringRejection.offset()).isZero();
        JsonDecodeException nameRejection = rejection(belowLimit, memberName);
        assertThat(nameRejection.getMessage()).contains("maxStringLength");
        assertThat(nameRejection.offset()).isEqualTo(1);
    }

    @Test
    void maxStringLengthForLongAsciiStrings() {
        StrictJsonValidator limit100 = validatorWith(DecodeLimits.builder().maxStringLength(100).build());

        assertThatCode(() -> limit100.validate(utf8("[\"" + "x".repeat(100) + "\"]"), 0, 104)).doesNotThrowAnyException();
        assertThat(rejection(limit100, utf8("[\"" + "x".repeat(101) + "\"]")).getMessage()).contains("maxStringLength");
    }

    @Test
    void maxNumberLengthAtTheBoundary() {
        StrictJsonValidator lengthFive = validatorWith(DecodeLimits.builder().maxNumberLength(5).build());

        for (String allowed : List.of("12345", "-1.25", "[1e+10]", "-0e-0")) {
            assertThatCode(() -> lengthFive.validate(utf8(allowed), 0, allowed.length())).as(allowed).doesNotThrowAnyException();
        }
        JsonDecodeException e = rejection(lengthFive, utf8("[1,123456]"));
        assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxNumberLength", 5));
        assertThat(e.offset()).isEqualTo(3);
        assertThat(rejection(lengthFive, utf8("-1.255")).getMessage()).contains("maxNumberLength");
        assertThat(rejection(lengthFive, utf8("1e+100")).getMessage()).contains("maxNumberLength");
    }

    @Test
    void hundredThousandNestedArraysAreRejectedWithoutStackOverflow() {
        JsonDecodeException e = rejection(validator, utf8("[".repeat(100_000)));

        assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxNestingDepth", 512));
        assertThat(e.offset()).isEqualTo(512);
    }

    @Test
    void hundredThousandNestedObjectsAreRejectedWithoutStackOverflow() {
        JsonDecodeException e = rejection(validator, utf8("{\"a\":".repeat(100_000)));

        assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxNestingDepth", 512));
        assertThat(e.offset()).isEqualTo(512 * 5);
    }

    @Test
    void hundredThousandNestedContainersAreAcceptedWhenTheLimitAllowsThem() {
        StrictJsonValidator deep = validatorWith(DecodeLimits.builder().maxNestingDepth(100_000).build());
        String mixed = "[{\"a\":".repeat(50_000) + "0" + "}]".repeat(50_000);

        assertThatCode(() -> deep.validate(utf8(mixed), 0, mixed.length())).doesNotThrowAnyException();
        assertThat(rejection(deep, utf8("[".repeat(100_001))).getMessage()).contains("maxNestingDepth");
        assertThatCode(() -> deep.validate(utf8("[{}]"), 0, 4)).doesNotThrowAnyException();
    }

    @Test
    void validatingTheSameDocumentAgainAllocatesNothing() {
        byte[] document = utf8("""
                {"status":"ok","total":256,"items":[{"id":1,"name":"Widget \\"Pro\\" é","tags":["a","b"],
                 "metadata":{"price":19.99,"stock":-12,"big":123456789012345678901234567890,"ratio":-1.5E-10,
                 "active":true,"discontinued":null,"note":"ñ ü → ✓ 😀 \\uD83D\\uDE00 \\u00e9\\n\\t\\/","dims":[[[]]]}}]}
                """);
        StrictJsonValidator grown = new StrictJsonValidator(BACKEND, DecodeLimits.builder().maxNestingDepth(5000).build());
        grown.validate(utf8("[".repeat(5000) + "]".repeat(5000)), 0, 10_000);
        for (int i = 0; i < 20_000; i++) {
            validator.validate(document, 0, document.length);
            grown.validate(document, 0, document.length);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1000; i++) {
            validator.validate(document, 0, document.length);
            grown.validate(document, 0, document.length);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).isZero();
    }

    @Test
    void acceptsAnyStringProperlyEscapedAndCountsItsLength() {
        Random random = new Random(8259);
        for (int run = 0; run < 1000; run++) {
            String text = JsonStrings.randomText(random);
            byte[] literal = utf8(JsonStrings.literal(text, random.nextLong()));
            StrictJsonValidator atLimit = validatorWith(DecodeLimits.builder().maxStringLength(Math.max(1, text.length())).build());

            assertThatCode(() -> atLimit.validate(literal, 0, literal.length)).as(new String(literal, UTF_8))
                    .doesNotThrowAnyException();
            if (text.length() > 1) {
                StrictJsonValidator belowLimit = validatorWith(DecodeLimits.builder().maxStringLength(text.length() - 1).build());
                assertThat(rejection(belowLimit, literal).getMessage()).contains("maxStringLength");
            }
        }
    }

    /** Random text, and JSON string literals for it written the way different encoders might write them. */
    static final class JsonStrings {

        /** Code points to draw from, weighted towards ASCII and the edges of each UTF-8 sequence length. */
        private static final int[][] CODE_POINT_RANGES = {
            {0x20, 0x7E}, {0x20, 0x7E}, {0x20, 0x7E}, {0, 0x1F}, {0x80, 0x7FF}, {0x800, 0xD7FF}, {0xE000, 0xFFFF},
            {0x10000, 0x10FFFF}, {0x10000, 0x10FFFF}, {0x7F, 0x80}, {0x7FF, 0x800}, {0xD7FF, 0xD7FF}, {0xFFFF, 0xFFFF},
            {0x10FFFF, 0x10FFFF},
        };

        private JsonStrings() {
        }

        /** Up to 40 code points, surrogate pairs included (never a lone surrogate). */
        static String randomText(Random random) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(41); n > 0; n--) {
                int[] range = CODE_POINT_RANGES[random.nextInt(CODE_POINT_RANGES.length)];
                text.appendCodePoint(random.nextInt(range[0], range[1] + 1));
            }
            return text.toString();
        }

        /**
         * {@code text} as a JSON string literal. Quotes, backslashes and control characters are escaped; so is
         * code point {@code i} (both halves of a surrogate pair) when bit {@code i % 64} of {@code escapeMask} is set.
         */
        static String literal(String text, long escapeMask) {
            StringBuilder json = new StringBuilder("\"");
            int[] codePoints = text.codePoints().toArray();
            for (int i = 0; i < codePoints.length; i++) {
                int codePoint = codePoints[i];
                if (codePoint == '"' || codePoint == '\\') {
                    json.append('\\').appendCodePoint(codePoint);
                } else if (codePoint < 0x20 || (escapeMask >>> (i % 64) & 1) != 0) {
                    for (char unit : Character.toChars(codePoint)) {
                        json.append("\\u").append(HexFormat.of().toHexDigits(unit));
                    }
                } else {
                    json.appendCodePoint(codePoint);
                }
            }
            return json.append('"').toString();
        }
    }

    private StrictJsonValidator validatorWith(DecodeLimits limits) {
        return new StrictJsonValidator(BACKEND, limits);
    }

    private static JsonDecodeException rejection(StrictJsonValidator validator, byte[] document) {
        JsonDecodeException e = catchThrowableOfType(JsonDecodeException.class,
                () -> validator.validate(document, 0, document.length));
        assertThat(e).as("expected a rejection of %s", new String(document, UTF_8)).isNotNull();
        return e;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    private static Arguments valid(String rule, String document) {
        return Arguments.of(rule, utf8(document));
    }

    private static Arguments invalid(String rule, String document, String message, int offset) {
        return Arguments.of(rule, utf8(document), message, offset);
    }

    /** A document given byte for byte: each char of {@code latin1Bytes} is one byte, so any byte sequence can be written. */
    private static Arguments invalidBytes(String rule, String latin1Bytes, String message, int offset) {
        return Arguments.of(rule, latin1Bytes.getBytes(ISO_8859_1), message, offset);
    }
}
