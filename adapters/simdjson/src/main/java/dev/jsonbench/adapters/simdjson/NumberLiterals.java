package dev.jsonbench.adapters.simdjson;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.JsonNumbers;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Walks the number literals of a document already known to be valid JSON, for the two cases simdjson-java's tape
 * cannot handle alone. Both are off the common path: they run only for a document that needs them.
 *
 * <ul>
 *   <li><b>Integers outside the long range.</b> simdjson-java refuses them ("Number value is out of long range")
 *       and its tape has no big integers. {@link #replaceBigIntegers} overwrites each such literal, in a copy of the
 *       document, with a placeholder integer literal of the same length or shorter (padded with spaces) and returns
 *       the placeholder-to-value map; the decoder swaps the values back in while copying the tape out. Placeholders
 *       are 19-digit values chosen to differ from every other integer of the document, so they are unambiguous.</li>
 *   <li><b>Doubles overflowing to infinity.</b> simdjson-java returns an infinite double; {@link #overflowError}
 *       finds the literal so that the error quotes it and gives its offset.</li>
 * </ul>
 */
final class NumberLiterals {

    /** The smallest placeholder: placeholders have 19 digits, and every out-of-range literal has at least 19. */
    static final long FIRST_PLACEHOLDER = 1_000_000_000_000_000_000L;

    private static final int LONG_MAX_DIGITS = 19;

    private NumberLiterals() {
    }

    /**
     * Replaces every integer literal of {@code b[0, len)} that does not fit a long by a placeholder.
     *
     * @return each placeholder's value, mapped to the literal's value
     */
    static Map<Long, BigInteger> replaceBigIntegers(byte[] b, int len, String backend) {
        Set<Long> taken = new HashSet<>();
        Map<Integer, BigInteger> bigByStart = new HashMap<>();
        Map<Integer, Integer> endByStart = new HashMap<>();
        int i = 0;
        while (i < len) {
            byte c = b[i];
            if (c == '"') {
                i = skipString(b, i);
            } else if (c == '-' || c >= '0' && c <= '9') {
                int start = i;
                i = literalEnd(b, i, len);
                if (isInteger(b, start, i)) {
                    Object value = JsonNumbers.parse(b, start, i - start, backend, start);
                    if (value instanceof BigInteger big) {
                        bigByStart.put(start, big);
                        endByStart.put(start, i);
                    } else if (i - start == LONG_MAX_DIGITS && c != '-') {
                        taken.add((Long) value);
                    }
                }
            } else {
                i++;
            }
        }
        Map<Long, BigInteger> placeholders = new HashMap<>();
        long next = FIRST_PLACEHOLDER;
        for (Map.Entry<Integer, BigInteger> big : bigByStart.entrySet()) {
            while (taken.contains(next)) {
                next++;
            }
            int start = big.getKey();
            byte[] digits = Long.toString(next).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(digits, 0, b, start, digits.length);
            for (int k = start + digits.length; k < endByStart.get(start); k++) {
                b[k] = ' ';
            }
            placeholders.put(next, big.getValue());
            next++;
        }
        return placeholders;
    }

    /**
     * The error for the first number literal of {@code b[off, off + len)} that overflows a double, as
     * {@link JsonNumbers} words it, or a generic one if none is found.
     */
    static JsonDecodeException overflowError(byte[] b, int off, int len, String backend) {
        int end = off + len;
        int i = off;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                i = skipString(b, i);
            } else if (c == '-' || c >= '0' && c <= '9') {
                int start = i;
                i = literalEnd(b, i, end);
                if (!isInteger(b, start, i)) {
                    try {
                        JsonNumbers.parse(b, start, i - start, backend, start - off);
                    } catch (JsonDecodeException e) {
                        return e;
                    }
                }
            } else {
                i++;
            }
        }
        return new JsonDecodeException(backend, -1, "a number is too large for a double");
    }

    /** The index after the string whose opening quote is at {@code b[i]} (the document is valid). */
    private static int skipString(byte[] b, int i) {
        i++;
        while (b[i] != '"') {
            i += b[i] == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int literalEnd(byte[] b, int i, int end) {
        i++;
        while (i < end && NumberRuns.isNumberCharacter(b[i])) {
            i++;
        }
        return i;
    }

    private static boolean isInteger(byte[] b, int start, int end) {
        for (int k = start; k < end; k++) {
            if (b[k] == '.' || b[k] == 'e' || b[k] == 'E') {
                return false;
            }
        }
        return true;
    }
}
