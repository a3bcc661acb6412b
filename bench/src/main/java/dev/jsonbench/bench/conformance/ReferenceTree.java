package dev.jsonbench.bench.conformance;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.StrictJsonValidator;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference every adapter is held to by the differential fuzzer: {@link StrictJsonValidator} decides whether a
 * document is one JSON text within the default {@link DecodeLimits}, then a plain recursive-descent reader builds the
 * value model of {@code api/STRICTNESS.md} from the validated bytes. The reader shares no number or string code with
 * the adapters: an integer literal goes through {@link BigInteger} (a {@code Long} when it fits), any other number
 * through {@link Double#parseDouble} (correctly rounded), and a number that overflows a double is rejected.
 * Not thread-safe.
 */
final class ReferenceTree {

    static final String NAME = "reference";

    private final StrictJsonValidator validator = new StrictJsonValidator(NAME, DecodeLimits.defaults());

    /** The value of {@code json}, or a {@link JsonDecodeException} when a strict decoder must reject it. */
    Object decode(byte[] json) {
        validate(json);
        return read(json);
    }

    /** The grammar and the limits only: what a typed decode must reject even in the members it skips. */
    void validate(byte[] json) {
        validator.validate(json, 0, json.length);
    }

    /** The value of a document {@link #validate} accepted; rejects a number that overflows a double. */
    Object read(byte[] json) {
        return new Reader(json).value();
    }

    /** Reads a document the validator accepted: no grammar check is repeated, so any depth it allowed is safe. */
    private static final class Reader {
        private final byte[] b;
        private int i;

        Reader(byte[] b) {
            this.b = b;
        }

        Object value() {
            skipWhitespace();
            return switch (b[i]) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal(4, Boolean.TRUE);
                case 'f' -> literal(5, Boolean.FALSE);
                case 'n' -> literal(4, null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> members = new LinkedHashMap<>();
            i++;
            skipWhitespace();
            if (b[i] == '}') {
                i++;
                return members;
            }
            do {
                skipWhitespace();
                String name = string();
                skipWhitespace();
                i++; // ':'
                members.put(name, value());
                skipWhitespace();
            } while (b[i++] == ',');
            return members;
        }

        private List<Object> array() {
            List<Object> elements = new ArrayList<>();
            i++;
            skipWhitespace();
            if (b[i] == ']') {
                i++;
                return elements;
            }
            do {
                elements.add(value());
                skipWhitespace();
            } while (b[i++] == ',');
            return elements;
        }

        private Object literal(int length, Object value) {
            i += length;
            return value;
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            int run = ++i;
            while (b[i] != '"') {
                if (b[i] != '\\') {
                    i++;
                    continue;
                }
                out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
                byte escape = b[i + 1];
                i += 2;
                switch (escape) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(new String(b, i, 4, StandardCharsets.US_ASCII), 16));
                        i += 4;
                    }
                    default -> out.append((char) escape); // '"', '\\' or '/'
                }
                run = i;
            }
            out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
            i++;
            return out.toString();
        }

        private Object number() {
            int start = i;
            boolean integer = true;
            while (i < b.length && isNumberByte(b[i])) {
                integer &= b[i] != '.' && b[i] != 'e' && b[i] != 'E';
                i++;
            }
            String literal = new String(b, start, i - start, StandardCharsets.US_ASCII);
            if (integer) {
                BigInteger value = new BigInteger(literal);
                return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
            }
            double value = Double.parseDouble(literal);
            if (Double.isInfinite(value)) {
                throw new JsonDecodeException(NAME, start, "number " + literal + " overflows a double");
            }
            return value;
        }

        private static boolean isNumberByte(byte c) {
            return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
        }

        private void skipWhitespace() {
            while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
                i++;
            }
        }
    }
}
