package dev.jsonbench.api.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random JSON texts for comparing the validator's passes: valid ones that stress what the vector pass computes with
 * bit masks (strings and escapes across 64-byte blocks, runs of backslashes, multi-byte UTF-8, whitespace runs,
 * numbers and literals at block edges), and mutations of them that are mostly invalid.
 */
final class RandomDocuments {

    /** Bytes a mutation writes: the characters of the grammar, controls, and bytes of every UTF-8 role. */
    private static final int[] INTERESTING = {
        '"', '\\', '{', '}', '[', ']', ':', ',', ' ', '\n', '\t', '0', '1', '9', '-', '+', '.', 'e', 'E', 't', 'n', 'f',
        'u', 'a', '/', 0x00, 0x08, 0x1F, 0x7F, 0x80, 0x8F, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED,
        0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
    };

    private static final String[] SHORT_ESCAPES = {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"};
    private static final String[] CHARACTERS = {"a", "Z", " ", "é", "ß", "€", "中", "\uFFFF", "😀", "\uD800\uDC00",
        "\uDBFF\uDFFF", "\u0080", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\u007F"};

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    private RandomDocuments(long seed) {
        this.random = new Random(seed);
    }

    /** A valid document, up to a few kilobytes. */
    static byte[] valid(long seed) {
        RandomDocuments documents = new RandomDocuments(seed);
        documents.whitespace();
        documents.value(documents.random.nextInt(1, 8));
        documents.whitespace();
        return documents.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid document changed in one to three places, or cut short. */
    static byte[] mutated(long seed) {
        byte[] document = valid(seed);
        Random random = new Random(~seed);
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        changed.writeBytes(document);
        for (int n = random.nextInt(1, 4); n > 0; n--) {
            byte[] current = changed.toByteArray();
            changed.reset();
            int at = random.nextInt(current.length + 1);
            int interesting = INTERESTING[random.nextInt(INTERESTING.length)];
            switch (random.nextInt(5)) {
                case 0 -> { // replace
                    changed.write(current, 0, at);
                    changed.write(interesting);
                    changed.write(current, Math.min(at + 1, current.length), current.length - Math.min(at + 1, current.length));
                }
                case 1 -> { // insert
                    changed.write(current, 0, at);
                    changed.write(interesting);
                    changed.write(current, at, current.length - at);
                }
                case 2 -> { // delete
                    changed.write(current, 0, at);
                    changed.write(current, Math.min(at + 1, current.length), current.length - Math.min(at + 1, current.length));
                }
                case 3 -> changed.write(current, 0, at); // truncate
                default -> { // repeat a slice
                    int length = random.nextInt(Math.min(16, current.length - at) + 1);
                    changed.write(current, 0, at + length);
                    changed.write(current, at, current.length - at);
                }
            }
        }
        return changed.toByteArray();
    }

    private void value(int depth) {
        int kind = random.nextInt(depth > 0 ? 7 : 4);
        switch (kind) {
            case 0 -> string();
            case 1 -> number();
            case 2 -> out.append(switch (random.nextInt(3)) {
                case 0 -> "true";
                case 1 -> "false";
                default -> "null";
            });
            case 3 -> {
                if (random.nextBoolean()) {
                    string();
                } else {
                    number();
                }
            }
            case 4, 5 -> {
                out.append('[');
                whitespace();
                for (int i = random.nextInt(6); i > 0; i--) {
                    value(depth - 1);
                    whitespace();
                    if (i > 1) {
                        out.append(',');
                        whitespace();
                    }
                }
                out.append(']');
            }
            default -> {
                out.append('{');
                whitespace();
                for (int i = random.nextInt(6); i > 0; i--) {
                    string();
                    whitespace();
                    out.append(':');
                    whitespace();
                    value(depth - 1);
                    whitespace();
                    if (i > 1) {
                        out.append(',');
                        whitespace();
                    }
                }
                out.append('}');
            }
        }
    }

    private void whitespace() {
        int n = random.nextInt(10) < 7 ? 0 : random.nextInt(random.nextInt(10) == 0 ? 80 : 4);
        for (int i = 0; i < n; i++) {
            out.append(" \t\n\r".charAt(random.nextInt(4)));
        }
    }

    private void string() {
        out.append('"');
        int length = random.nextInt(8) == 0 ? random.nextInt(200) : random.nextInt(12);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(10)) {
                case 0 -> out.append(SHORT_ESCAPES[random.nextInt(SHORT_ESCAPES.length)]);
                case 1 -> out.append("\\\\".repeat(random.nextInt(1, 5))); // runs of escaped backslashes
                case 2 -> out.append(String.format("\\u%04x", (int) pickUnicodeEscape()));
                case 3 -> out.append(random.nextBoolean() ? "\\uD83D\\uDE00" : "\\udbff\\udfff");
                case 4 -> out.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
                default -> out.append(randomPrintable());
            }
        }
        out.append('"');
    }

    private char randomPrintable() {
        char c = (char) random.nextInt(0x20, 0x7F);
        return c == '"' || c == '\\' ? 'x' : c;
    }

    /** A \\u escape that needs no partner: anything but a surrogate. */
    private char pickUnicodeEscape() {
        char c = (char) random.nextInt(0x10000);
        return Character.isSurrogate(c) ? 'A' : c;
    }

    private void number() {
        if (random.nextBoolean()) {
            out.append('-');
        }
        if (random.nextInt(4) == 0) {
            out.append('0');
        } else {
            out.append(random.nextInt(1, 10));
            for (int i = random.nextInt(random.nextInt(10) == 0 ? 30 : 5); i > 0; i--) {
                out.append(random.nextInt(10));
            }
        }
        if (random.nextBoolean()) {
            out.append('.');
            for (int i = random.nextInt(1, 6); i > 0; i--) {
                out.append(random.nextInt(10));
            }
        }
        if (random.nextInt(3) == 0) {
            out.append(random.nextBoolean() ? 'e' : 'E');
            if (random.nextBoolean()) {
                out.append(random.nextBoolean() ? '+' : '-');
            }
            for (int i = random.nextInt(1, 4); i > 0; i--) {
                out.append(random.nextInt(10));
            }
        }
    }
}
