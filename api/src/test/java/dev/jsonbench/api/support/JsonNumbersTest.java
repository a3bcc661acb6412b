package dev.jsonbench.api.support;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jsonbench.api.JsonDecodeException;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonNumbersTest {

    private static final String BACKEND = "test";

    /** Heap size of a Long or Double with the usual 12-byte object header (16 with compact headers). */
    private static final long BOXED_LONG_OR_DOUBLE_BYTES = 24;

    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of("0", 0L),
                Arguments.of("-0", 0L),
                Arguments.of("7", 7L),
                Arguments.of("-42", -42L),
                Arguments.of("123456789012345678", 123456789012345678L),
                Arguments.of("-999999999999999999", -999999999999999999L),
                Arguments.of("1000000000000000000", 1000000000000000000L),
                Arguments.of("9223372036854775807", Long.MAX_VALUE),
                Arguments.of("9223372036854775808", new BigInteger("9223372036854775808")),
                Arguments.of("-9223372036854775808", Long.MIN_VALUE),
                Arguments.of("-9223372036854775809", new BigInteger("-9223372036854775809")),
                Arguments.of("9999999999999999999", new BigInteger("9999999999999999999")),
                Arguments.of("18446744073709551616", new BigInteger("18446744073709551616")),
                Arguments.of("-123456789012345678901234567890", new BigInteger("-123456789012345678901234567890")),
                Arguments.of("0.0", 0.0),
                Arguments.of("-0.0", -0.0),
                Arguments.of("0e0", 0.0),
                Arguments.of("-0E+5", -0.0),
                Arguments.of("1E+2", 100.0),
                Arguments.of("1e2", 100.0),
                Arguments.of("1.25e-3", 0.00125),
                Arguments.of("19.99", 19.99),
                Arguments.of("-2.5", -2.5),
                Arguments.of("0.1", 0.1),
                Arguments.of("0.3", 0.3),
                Arguments.of("-0.05", -0.05),
                Arguments.of("123456789012.345", 123456789012.345),
                Arguments.of("1234567890123.456", 1234567890123.456),
                Arguments.of("0.000000000000001", 1e-15),
                Arguments.of("1.7976931348623157e308", Double.MAX_VALUE),
                Arguments.of("4.9e-324", Double.MIN_VALUE),
                Arguments.of("2.2250738585072014E-308", Double.MIN_NORMAL),
                // Correct rounding beyond the fast path: 17+ significant digits and halfway cases.
                Arguments.of("9007199254740993.0", 9007199254740992.0),
                Arguments.of("9007199254740995.0", 9007199254740996.0),
                Arguments.of("0.1000000000000000055511151231257827021181583404541015625", 0.1),
                Arguments.of("2.4703282292062327e-324", 0.0),
                Arguments.of("2.4703282292062328e-324", Double.MIN_VALUE),
                Arguments.of("1e23", 1e23),
                Arguments.of("8.41e21", 8.41e21),
                Arguments.of("1e-400", 0.0),
                Arguments.of("-1e-400", -0.0),
                Arguments.of("1e-99999999999999999999", 0.0),
                Arguments.of("0e99999999999999999999", 0.0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("conversions")
    void convertsToTheValueModel(String literal, Object expected) {
        Object fromChars = JsonNumbers.parse(literal, BACKEND, 0);
        byte[] bracketed = ("[" + literal + "]").getBytes(US_ASCII);
        Object fromBytes = JsonNumbers.parse(bracketed, 1, literal.length(), BACKEND, 0);
        Object fromRange = JsonNumbers.parseRange(bracketed, 1, 1 + literal.length(), BACKEND, 0);

        assertThat(fromChars).isEqualTo(expected).hasSameClassAs(expected);
        assertThat(fromBytes).isEqualTo(expected).hasSameClassAs(expected);
        assertThat(fromRange).isEqualTo(expected).hasSameClassAs(expected);
        JsonNumbers.check(bracketed, 1, 1 + literal.length(), BACKEND, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1e400", "-1e400", "1.8e308", "123456789e999999999999", "1234567890123456789012345678901234567890123e400"})
    void rejectsNumbersThatOverflowADouble(String literal) {
        JsonDecodeException e = catchThrowableOfType(JsonDecodeException.class, () -> JsonNumbers.parse(literal, BACKEND, 17));

        assertThat(e.getMessage()).contains("number " + (literal.length() > 40 ? literal.substring(0, 40) + "..." : literal)
                + " is too large for a double");
        assertThat(e.offset()).isEqualTo(17);
        assertThat(e.backend()).isEqualTo(BACKEND);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        leading zero            | 01        | leading zeros are not allowed                | 1
        leading zero, fraction  | 00.5      | leading zeros are not allowed                | 1
        negative leading zero   | -007      | leading zeros are not allowed                | 2
        plus sign               | +1        | a number must start with '-' or a digit      | 0
        leading point           | .5        | a number must start with '-' or a digit      | 0
        trailing point          | 1.        | expected a digit after the decimal point     | 2
        point before exponent   | 1.e3      | expected a digit after the decimal point     | 2
        empty exponent          | 1e        | expected a digit in the exponent             | 2
        exponent sign only      | 1e-       | expected a digit in the exponent             | 3
        lone minus              | -         | expected a digit after '-'                   | 1
        NaN                     | NaN       | a number must start with '-' or a digit      | 0
        Infinity                | Infinity  | a number must start with '-' or a digit      | 0
        -Infinity               | -Infinity | expected a digit after '-'                   | 1
        hexadecimal             | 0x10      | unexpected 'x'                               | 1
        trailing letter         | 12a       | unexpected 'a'                               | 2
        two points              | 1.2.3     | unexpected '.'                               | 3
        Java float suffix       | 1.5f      | unexpected 'f'                               | 3
        surrounding space       | " 1"      | a number must start with '-' or a digit      | 0
        empty                   | ""        | a number must start with '-' or a digit      | 0
        """)
    void rejectsInvalidLiterals(String rule, String literal, String problem, int index) {
        JsonDecodeException fromChars = catchThrowableOfType(JsonDecodeException.class, () -> JsonNumbers.parse(literal, BACKEND, 100));
        byte[] bytes = literal.getBytes(US_ASCII);
        JsonDecodeException fromBytes = catchThrowableOfType(JsonDecodeException.class,
                () -> JsonNumbers.parse(bytes, 0, bytes.length, BACKEND, 100));
        JsonDecodeException fromRange = catchThrowableOfType(JsonDecodeException.class,
                () -> JsonNumbers.parseRange(bytes, 0, bytes.length, BACKEND, 100));
        JsonDecodeException checked = catchThrowableOfType(JsonDecodeException.class,
                () -> JsonNumbers.check(bytes, 0, bytes.length, BACKEND, 100));

        for (JsonDecodeException e : new JsonDecodeException[] {fromChars, fromBytes, fromRange, checked}) {
            assertThat(e.getMessage()).contains("invalid number '" + literal + "': " + problem);
            assertThat(e.offset()).isEqualTo(100 + index);
        }
    }

    @Test
    void anUnknownOffsetStaysUnknown() {
        JsonDecodeException e = catchThrowableOfType(JsonDecodeException.class, () -> JsonNumbers.parse("01", BACKEND, -1));

        assertThat(e.offset()).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource({"0, true", "-12, true", "123456789012345678901234567890, true", "1.0, false", "1e5, false", "-1E5, false",
        "0.5e-3, false"})
    void tellsIntegerLiterals(String literal, boolean integer) {
        assertThat(JsonNumbers.isIntegerLiteral(literal)).isEqualTo(integer);
    }

    @Test
    void everyLongRoundTrips() {
        Random random = new Random(64);
        for (int run = 0; run < 20_000; run++) {
            long value = random.nextLong() >> random.nextInt(64);

            assertThat(JsonNumbers.parse(Long.toString(value), BACKEND, 0)).isEqualTo(value);
        }
    }

    @Test
    void everyFiniteDoubleRoundTrips() {
        Random random = new Random(754);
        for (int run = 0; run < 20_000; run++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                String literal = Double.toString(value);

                assertThat(JsonNumbers.parse(literal, BACKEND, 0)).as(literal).isEqualTo(value);
            }
        }
    }

    /**
     * Short decimals take the allocation-free fast paths (parse's, and parseRange's one pass over the bytes), which
     * must round exactly as Double.parseDouble does.
     */
    @Test
    void decimalsAreCorrectlyRounded() {
        Random random = new Random(1990);
        for (int run = 0; run < 50_000; run++) {
            String literal = (random.nextBoolean() ? "-" : "")
                    + (random.nextInt(4) == 0 ? "0" : (1 + random.nextInt(9)) + digits(random, random.nextInt(17)))
                    + "." + digits(random, 1 + random.nextInt(17))
                    + (random.nextBoolean() ? "" : "e" + random.nextInt(-40, 41));

            assertThat(JsonNumbers.parse(literal, BACKEND, 0)).as(literal).isEqualTo(Double.parseDouble(literal));
            byte[] bracketed = ("[" + literal + "]").getBytes(US_ASCII);
            assertThat(JsonNumbers.parseRange(bracketed, 1, 1 + literal.length(), BACKEND, 0)).as(literal)
                    .isEqualTo(Double.parseDouble(literal));
        }
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    @Test
    void integersAndShortDecimalsAllocateNothingButTheResult() {
        String smallInteger = "-117";
        byte[] smallIntegerBytes = smallInteger.getBytes(US_ASCII);
        String largeInteger = "123456789012345678";
        String decimal = "19.99";
        byte[] decimalBytes = decimal.getBytes(US_ASCII);
        for (int i = 0; i < 20_000; i++) {
            JsonNumbers.parse(smallInteger, BACKEND, 0);
            JsonNumbers.parse(smallIntegerBytes, 0, smallIntegerBytes.length, BACKEND, 0);
            JsonNumbers.parse(largeInteger, BACKEND, 0);
            JsonNumbers.parse(decimal, BACKEND, 0);
            JsonNumbers.parseRange(decimalBytes, 0, decimalBytes.length, BACKEND, 0);
        }

        assertThat(allocatedBy(() -> {
            for (int i = 0; i < 1000; i++) {
                JsonNumbers.parse(smallInteger, BACKEND, 0);
                JsonNumbers.parse(smallIntegerBytes, 0, smallIntegerBytes.length, BACKEND, 0);
            }
        })).as("cached Long values").isZero();
        assertThat(allocatedBy(() -> {
            for (int i = 0; i < 1000; i++) {
                JsonNumbers.parse(largeInteger, BACKEND, 0);
                JsonNumbers.parse(decimal, BACKEND, 0);
                JsonNumbers.parseRange(decimalBytes, 0, decimalBytes.length, BACKEND, 0);
            }
        })).as("one boxed Long or Double each").isLessThanOrEqualTo(3000L * BOXED_LONG_OR_DOUBLE_BYTES);
    }

    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
