package dev.jsonbench.conformance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded generator of random JSON values in the decoder value model together with a JSON text that encodes
 * them. The same seed always gives the same value and text.
 *
 * <p>The values: objects (names of random code points, sometimes repeated so that the last value must win at
 * the first position), arrays, strings of random code points (controls U+0000-U+001F, quote, backslash,
 * solidus, DEL, Latin-1, BMP characters, U+2028/U+2029, U+FEFF, U+FFFF and astral characters), integers (small
 * ones, random longs, the long extremes, big integers beyond ±2^63), doubles (random bit patterns including
 * subnormals, -0.0, simple decimals) written in several notations (Double.toString, the exact decimal
 * expansion, with or without exponent sign, upper or lower case e), booleans and null. Depth and size are
 * bounded.
 *
 * <p>The text: each character either raw UTF-8 or escaped (two-character escapes, {@code \}{@code u} with upper
 * or lower case hex, surrogate pair escapes for astral characters), with random insignificant whitespace
 * (space, tab, LF, CR) between tokens and around the document.
 */
public final class RandomJson {

    /** A value and its JSON text. */
    public record Generated(long seed, Object value, String text) {

        public byte[] json() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final int MAX_DEPTH = 6;
    private static final int MAX_CONTAINER_SIZE = 7;
    private static final int MAX_STRING_LENGTH = 24;
    private static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);

    private final SplittableRandom random;
    private final StringBuilder text = new StringBuilder();

    private RandomJson(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A random value (any JSON kind at the top) and its text. */
    public static Generated generate(long seed) {
        return generate(seed, generator -> generator.value(0));
    }

    /** A random object (a {@code Map<String,Object>} at the top) and its text. */
    public static Generated generateObject(long seed) {
        return generate(seed, generator -> generator.object(1));
    }

    /** A random array (a {@code List<Object>} at the top) and its text. */
    public static Generated generateArray(long seed) {
        return generate(seed, generator -> generator.array(1));
    }

    private static Generated generate(long seed, Function<RandomJson, Object> top) {
        RandomJson generator = new RandomJson(seed);
        generator.whitespace();
        Object value = top.apply(generator);
        generator.whitespace();
        return new Generated(seed, value, generator.text.toString());
    }

    private Object value(int depth) {
        int kind = random.nextInt(depth >= MAX_DEPTH ? 6 : 8);
        return switch (kind) {
            case 0 -> string();
            case 1 -> integer();
            case 2 -> decimal();
            case 3 -> literal("true", Boolean.TRUE);
            case 4 -> literal("false", Boolean.FALSE);
            case 5 -> random.nextBoolean() ? literal("null", null) : string();
            case 6 -> object(depth + 1);
            default -> array(depth + 1);
        };
    }

    private Object literal(String literal, Object value) {
        text.append(literal);
        return value;
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        int size = open('{');
        for (int i = 0; i < size; i++) {
            separate(i);
            String name = !names.isEmpty() && random.nextInt(8) == 0
                    ? names.get(random.nextInt(names.size())) // a duplicate: the last value wins, at the first position
                    : randomString();
            names.add(name);
            writeString(name);
            whitespace();
            text.append(':');
            whitespace();
            map.put(name, value(depth));
            whitespace();
        }
        text.append('}');
        return map;
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        int size = open('[');
        for (int i = 0; i < size; i++) {
            separate(i);
            list.add(value(depth));
            whitespace();
        }
        text.append(']');
        return list;
    }

    /** Writes the opening {@code bracket} of a container; returns how many elements or members it gets. */
    private int open(char bracket) {
        text.append(bracket);
        whitespace();
        return random.nextInt(MAX_CONTAINER_SIZE + 1);
    }

    /** Writes the comma before every element or member but the first. */
    private void separate(int index) {
        if (index > 0) {
            text.append(',');
            whitespace();
        }
    }

    private String string() {
        String s = randomString();
        writeString(s);
        return s;
    }

    private Object integer() {
        Object value = switch (random.nextInt(6)) {
            case 0 -> (long) random.nextInt(-1000, 1000);
            case 1 -> random.nextLong();
            case 2 -> random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(3) : Long.MIN_VALUE + random.nextInt(3);
            case 3 -> (long) random.nextInt();
            default -> {
                BigInteger big = new BigInteger(64 + random.nextInt(140), new java.util.Random(random.nextLong()));
                if (random.nextInt(4) == 0) {
                    big = TWO_TO_63.add(BigInteger.valueOf(random.nextInt(3)));
                }
                big = random.nextBoolean() ? big.negate() : big;
                yield big.bitLength() <= 63 ? (Object) big.longValue() : big;
            }
        };
        text.append(value);
        return value;
    }

    private Double decimal() {
        double d = switch (random.nextInt(6)) {
            case 0 -> Double.longBitsToDouble(random.nextLong() & 0x800F_FFFF_FFFF_FFFFL); // subnormal or zero
            case 1 -> random.nextInt(-1000, 1000) / 8.0;
            case 2 -> random.nextBoolean() ? -0.0 : 0.0;
            case 3 -> random.nextInt(1_000_000) / 1000.0;
            default -> {
                double candidate;
                do {
                    candidate = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(candidate));
                yield candidate;
            }
        };
        text.append(decimalText(d));
        return d;
    }

    /** A literal that reads back as exactly {@code d} and is a decimal (has a fraction or an exponent). */
    private String decimalText(double d) {
        String literal = switch (random.nextInt(4)) {
            case 0 -> Double.toString(d); // e.g. 1.0E-5: a digit before and after the point
            case 1 -> new BigDecimal(d).toString(); // exact, maybe long, maybe with E+n
            case 2 -> {
                BigDecimal exact = new BigDecimal(Double.toString(d));
                yield exact.unscaledValue() + "e" + (random.nextBoolean() ? "" : exact.scale() <= 0 ? "+" : "")
                        + -exact.scale();
            }
            default -> Double.toString(d).replace('E', 'e');
        };
        if (literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0) {
            literal = literal + (random.nextBoolean() ? ".0" : "e0");
        }
        if (d == 0 && (Double.doubleToRawLongBits(d) < 0) && !literal.startsWith("-")) {
            literal = "-" + literal;
        }
        return literal;
    }

    private String randomString() {
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(MAX_STRING_LENGTH);
        StringBuilder s = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(randomCodePoint());
        }
        return s.toString();
    }

    private int randomCodePoint() {
        return switch (random.nextInt(12)) {
            case 0 -> random.nextInt(0x20); // controls
            case 1 -> "\"\\/\u007f".charAt(random.nextInt(4));
            case 2 -> random.nextInt(0x80, 0x800); // 2-byte UTF-8
            case 3 -> {
                int c;
                do {
                    c = random.nextInt(0x800, 0x10000);
                } while (c >= 0xD800 && c <= 0xDFFF);
                yield c; // 3-byte UTF-8, no surrogates
            }
            case 4 -> new int[] {0x2028, 0x2029, 0xFEFF, 0xFFFF, 0xFFFE, 0x00A0, 0x00E9}[random.nextInt(7)];
            case 5, 6 -> random.nextInt(0x10000, 0x110000); // astral: a surrogate pair in UTF-16
            default -> random.nextInt(0x20, 0x7F); // printable ASCII
        };
    }

    private void writeString(String s) {
        text.append('"');
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean mustEscape = c < 0x20 || c == '"' || c == '\\';
            int choice = random.nextInt(mustEscape ? 2 : 3);
            if (choice == 2) {
                text.appendCodePoint(c); // raw: becomes UTF-8 bytes
            } else if (choice == 0 && shortEscape(c) != 0) {
                text.append('\\').append(shortEscape(c));
            } else if (c >= 0x10000) {
                unicodeEscape(Character.highSurrogate(c));
                unicodeEscape(Character.lowSurrogate(c));
            } else {
                unicodeEscape(c);
            }
        }
        text.append('"');
    }

    private static char shortEscape(int c) {
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case '\b' -> 'b';
            case '\f' -> 'f';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\t' -> 't';
            default -> 0;
        };
    }

    private void unicodeEscape(int c) {
        String hex = String.format("%04x", c);
        text.append("\\u").append(random.nextBoolean() ? hex : hex.toUpperCase(java.util.Locale.ROOT));
    }

    private void whitespace() {
        if (random.nextInt(3) != 0) {
            return;
        }
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            text.append(" \t\n\r".charAt(random.nextInt(4)));
        }
    }
}
