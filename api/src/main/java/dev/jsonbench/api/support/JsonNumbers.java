package dev.jsonbench.api.support;

import dev.jsonbench.api.JsonDecodeException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Converts a JSON number literal into the value model of {@link dev.jsonbench.api.JsonDecoder}, identically for
 * every backend:
 * <ul>
 *   <li>an integer literal (no {@code .}, {@code e} or {@code E}) becomes a {@code Long} when it fits, else a
 *       {@code BigInteger}; {@code -0} is {@code Long} 0;</li>
 *   <li>any other literal becomes the correctly rounded {@code Double}; underflow gives 0.0 or -0.0, as
 *       {@link Double#parseDouble} does;</li>
 *   <li>a literal whose magnitude overflows a double (1e400) is rejected.</li>
 * </ul>
 * The literal's grammar (RFC 8259 section 6) is checked too, because some backends hand over a raw number
 * string they have not validated. Its length is not limited here: callers enforce
 * {@link dev.jsonbench.api.DecodeLimits#maxNumberLength()} first (the {@link StrictJsonValidator} does).
 *
 * <p>Integer literals of up to 19 digits and short decimals (at most 15 significant digits, power of ten within
 * ±22) are converted without allocating anything but the boxed result.
 */
public final class JsonNumbers {

    /** Longest literal quoted in an error message. */
    private static final int QUOTED_LITERAL_LIMIT = 40;

    /** Every integer of up to 18 digits fits a long. */
    private static final int ALWAYS_FITS_LONG_DIGITS = 18;
    private static final int LONG_MAX_DIGITS = 19;

    /** Doubles represent these integers and powers of ten exactly, so one multiplication or division rounds correctly. */
    private static final int EXACT_DOUBLE_DIGITS = 15;
    private static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    /** Exponents beyond this are saturated while reading: they overflow or underflow any double anyway. */
    private static final int EXPONENT_SATURATION = 100_000_000;

    private JsonNumbers() {
    }

    /**
     * The value of a whole JSON number literal.
     *
     * @param backend the decoder's name, for the exception
     * @param offset  byte offset of the literal in the document (-1 if unknown), for the exception
     * @throws JsonDecodeException if the literal is not a JSON number or overflows a double
     */
    public static Object parse(CharSequence literal, String backend, long offset) {
        return parse(literal, 0, literal.length(), backend, offset);
    }

    /**
     * The value of the JSON number literal {@code b[off, off + len)} (ASCII).
     *
     * @param offset byte offset of the literal in the document (-1 if unknown), for the exception
     * @throws JsonDecodeException if the bytes are not a JSON number or it overflows a double
     */
    public static Object parse(byte[] b, int off, int len, String backend, long offset) {
        Objects.checkFromIndexSize(off, len, b.length);
        return parse((Object) b, off, off + len, backend, offset);
    }

    /**
     * The value of the JSON number literal {@code b[start, end)}, as {@link #parse(byte[], int, int, String, long)}
     * gives it, with the grammar checked as there: a plain integer of up to 18 digits (the common case, which always
     * fits a long) and a decimal without exponent of up to 15 digits (19.99) are checked and read in one pass;
     * anything else goes through {@code parse}.
     *
     * @param offset byte offset of the literal in the document (-1 if unknown), for the exception
     * @throws JsonDecodeException if the bytes are not a JSON number or it overflows a double
     */
    public static Object parseRange(byte[] b, int start, int end, String backend, long offset) {
        int i = start;
        boolean negative = i < end && b[i] == '-';
        if (negative) {
            i++;
        }
        int first = i;
        long value = 0; // meaningless once it has more digits than the paths below take
        for (; i < end && isDigit(b[i]); i++) {
            value = value * 10 + (b[i] - '0');
        }
        int integerDigits = i - first;
        if (integerDigits > 0 && (b[first] != '0' || integerDigits == 1)) {
            if (i == end && integerDigits <= ALWAYS_FITS_LONG_DIGITS) {
                return negative ? -value : value;
            }
            if (i < end && b[i] == '.') {
                int fractionStart = ++i;
                for (; i < end && isDigit(b[i]); i++) {
                    value = value * 10 + (b[i] - '0');
                }
                int fractionDigits = i - fractionStart;
                // As parse's exact path: at most 15 digits, so value and 10^fractionDigits are exact doubles.
                if (i == end && fractionDigits > 0 && integerDigits + fractionDigits <= EXACT_DOUBLE_DIGITS) {
                    double magnitude = value / EXACT_POWERS_OF_TEN[fractionDigits];
                    return negative ? -magnitude : magnitude;
                }
            }
        }
        return parse(b, start, end - start, backend, offset);
    }

    /**
     * Checks that {@code b[start, end)} is a whole JSON number literal, without converting it.
     *
     * @param offset byte offset of the literal in the document (-1 if unknown), for the exception
     * @throws JsonDecodeException if it is not
     */
    public static void check(byte[] b, int start, int end, String backend, long offset) {
        Objects.checkFromToIndex(start, end, b.length);
        checkWhole(b, start, end, backend, offset);
    }

    private static void checkWhole(Object source, int start, int end, String backend, long offset) {
        int numberEnd = scanNumber(source, start, end, backend, offset, true);
        if (numberEnd != end) {
            throw new JsonDecodeException(backend, offset < 0 ? -1 : offset + (numberEnd - start), "invalid number "
                    + quoted(source, start, end) + ": unexpected " + describeCharacter(charAt(source, numberEnd)));
        }
    }

    /** Whether a literal already known to be a valid JSON number is an integer literal (no fraction, no exponent). */
    public static boolean isIntegerLiteral(CharSequence literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the number that starts at {@code start} in {@code source} (a {@code byte[]} or a {@code CharSequence})
     * and returns the index just after it. The number ends at the first character that cannot continue it; what
     * follows is the caller's business.
     *
     * @param startOffset the document offset of {@code start}, to which errors are reported relative
     * @throws JsonDecodeException if what starts at {@code start} is not a JSON number
     */
    static int scanNumber(Object source, int start, int end, String backend, long startOffset) {
        return scanNumber(source, start, end, backend, startOffset, false);
    }

    /** @param quoteWhole whether an error message quotes all of {@code [start, end)} or the number up to the problem */
    private static int scanNumber(Object source, int start, int end, String backend, long startOffset, boolean quoteWhole) {
        int i = start;
        if (i < end && charAt(source, i) == '-') {
            i++;
        }
        String problem = null;
        if (i == end || !isDigit(charAt(source, i))) {
            problem = i == start ? "a number must start with '-' or a digit" : "expected a digit after '-'";
        } else if (charAt(source, i) == '0') {
            i++;
            if (i < end && isDigit(charAt(source, i))) {
                problem = "leading zeros are not allowed";
            }
        } else {
            i = skipDigits(source, i, end);
        }
        if (problem == null && i < end && charAt(source, i) == '.') {
            i++;
            if (i == end || !isDigit(charAt(source, i))) {
                problem = "expected a digit after the decimal point";
            }
            i = skipDigits(source, i, end);
        }
        if (problem == null && i < end && (charAt(source, i) == 'e' || charAt(source, i) == 'E')) {
            i++;
            if (i < end && (charAt(source, i) == '+' || charAt(source, i) == '-')) {
                i++;
            }
            if (i == end || !isDigit(charAt(source, i))) {
                problem = "expected a digit in the exponent";
            }
            i = skipDigits(source, i, end);
        }
        if (problem != null) {
            int quoteEnd = quoteWhole ? end : Math.min(i + 1, end);
            throw new JsonDecodeException(backend, startOffset < 0 ? -1 : startOffset + (i - start),
                    "invalid number " + quoted(source, start, quoteEnd) + ": " + problem);
        }
        return i;
    }

    private static Object parse(Object source, int start, int end, String backend, long offset) {
        checkWhole(source, start, end, backend, offset);
        int i = start;
        boolean negative = charAt(source, i) == '-';
        if (negative) {
            i++;
        }
        long significand = 0;
        int significantDigits = 0;
        int fractionDigits = 0;
        boolean integerLiteral = true;
        for (; i < end; i++) {
            int c = charAt(source, i);
            if (c == '.') {
                integerLiteral = false;
                continue;
            }
            if (!isDigit(c)) {
                break;
            }
            if (!integerLiteral) {
                fractionDigits++;
            }
            if (significantDigits > 0 || c != '0') {
                significantDigits++;
                if (significantDigits <= LONG_MAX_DIGITS) {
                    significand = significand * 10 + (c - '0');
                }
            }
        }
        if (i == end && integerLiteral) {
            return integer(source, start, end, negative, significand, significantDigits);
        }
        int exponent = i < end ? exponent(source, i + 1, end) : 0;
        if (significand == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (significantDigits <= EXACT_DOUBLE_DIGITS) {
            long powerOfTen = (long) exponent - fractionDigits;
            if (Math.abs(powerOfTen) < EXACT_POWERS_OF_TEN.length) {
                double magnitude = powerOfTen < 0
                        ? significand / EXACT_POWERS_OF_TEN[(int) -powerOfTen]
                        : significand * EXACT_POWERS_OF_TEN[(int) powerOfTen];
                return negative ? -magnitude : magnitude;
            }
        }
        double value = Double.parseDouble(text(source, start, end));
        if (Double.isInfinite(value)) {
            throw new JsonDecodeException(backend, offset, "number " + excerpt(source, start, end)
                    + " is too large for a double");
        }
        return value;
    }

    /** {@code significand} holds the first 19 digits, which is all of them for any value that fits a long. */
    private static Object integer(Object source, int start, int end, boolean negative, long significand, int digits) {
        if (digits <= ALWAYS_FITS_LONG_DIGITS) {
            return negative ? -significand : significand;
        }
        if (digits == LONG_MAX_DIGITS) {
            // 19 digits overflow exactly when the unsigned value passes Long.MAX_VALUE (or MIN_VALUE's magnitude).
            long limit = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            if (Long.compareUnsigned(significand, limit) <= 0) {
                return negative ? -significand : significand;
            }
        }
        return new BigInteger(text(source, start, end));
    }

    /** The value of the exponent's digits (with sign) from {@code i}, saturated at ±{@link #EXPONENT_SATURATION}. */
    private static int exponent(Object source, int i, int end) {
        boolean negative = charAt(source, i) == '-';
        if (negative || charAt(source, i) == '+') {
            i++;
        }
        int exponent = 0;
        for (; i < end && exponent < EXPONENT_SATURATION; i++) {
            exponent = exponent * 10 + (charAt(source, i) - '0');
        }
        return negative ? -exponent : exponent;
    }

    private static int skipDigits(Object source, int i, int end) {
        while (i < end && isDigit(charAt(source, i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The character at {@code i}; bytes are read as ISO-8859-1 so that non-ASCII input can never pass for a digit. */
    private static int charAt(Object source, int i) {
        return source instanceof byte[] bytes ? bytes[i] & 0xFF : ((CharSequence) source).charAt(i);
    }

    private static String text(Object source, int start, int end) {
        return source instanceof byte[] bytes
                ? new String(bytes, start, end - start, StandardCharsets.ISO_8859_1)
                : ((CharSequence) source).subSequence(start, end).toString();
    }

    private static String quoted(Object source, int start, int end) {
        return "'" + excerpt(source, start, end) + "'";
    }

    /** The literal for an error message: cut at {@link #QUOTED_LITERAL_LIMIT} characters, unprintable ones as hex codes. */
    private static String excerpt(Object source, int start, int end) {
        StringBuilder excerpt = new StringBuilder();
        for (int i = start; i < Math.min(end, start + QUOTED_LITERAL_LIMIT); i++) {
            int c = charAt(source, i);
            excerpt.append(isPrintableAscii(c) ? String.valueOf((char) c) : String.format("\\x%02X", c));
        }
        return end - start > QUOTED_LITERAL_LIMIT ? excerpt.append("...").toString() : excerpt.toString();
    }

    /** A character as an error message shows it: printable ASCII quoted, anything else as a hex code. */
    private static String describeCharacter(int c) {
        return isPrintableAscii(c) ? "'" + (char) c + "'" : String.format("0x%02X", c);
    }

    private static boolean isPrintableAscii(int c) {
        return c >= 0x20 && c < 0x7F;
    }
}
