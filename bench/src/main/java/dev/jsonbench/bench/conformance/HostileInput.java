package dev.jsonbench.bench.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The hostile documents {@code jsonbench conformance --hostile} measures every backend on: each built to cost a parser
 * time, memory or stack, within a few tens of megabytes.
 */
public enum HostileInput {
    NESTED_ARRAYS("100,000 nested arrays", false) {
        @Override
        byte[] bytes() {
            return ascii("[".repeat(100_000) + "]".repeat(100_000));
        }
    },
    LONG_STRING("a 10 MB string", false) {
        @Override
        byte[] bytes() {
            return ascii("\"" + "abcdefghij".repeat(1_000_000) + "\"");
        }
    },
    HUGE_EXPONENT("1e1000000", false) {
        @Override
        byte[] bytes() {
            return ascii("1e1000000");
        }
    },
    LONG_NUMBER("a 100,000-digit number", false) {
        @Override
        byte[] bytes() {
            return ascii("9".repeat(100_000));
        }
    },
    COLLIDING_NAMES("1,000,000 members whose names collide in String.hashCode", false) {
        /** Names of 20 two-char blocks, each "Aa" or "BB" (equal hashCode), so all 2^20 names share one hash. */
        @Override
        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(48 << 20);
            out.write('{');
            for (int member = 0; member < 1 << 20; member++) {
                StringBuilder name = new StringBuilder(48).append(member == 0 ? "\"" : ",\"");
                for (int bit = 19; bit >= 0; bit--) {
                    name.append((member >>> bit & 1) == 0 ? "Aa" : "BB");
                }
                out.writeBytes(name.append("\":0").toString().getBytes(StandardCharsets.US_ASCII));
            }
            out.write('}');
            return out.toByteArray();
        }
    },
    NESTED_IN_RECORD("typed: a record holding 100,000 nested objects", true) {
        @Override
        byte[] bytes() {
            return ascii("{\"value\":" + "{\"next\":".repeat(100_000) + "null" + "}".repeat(100_001));
        }
    };

    private final String description;
    private final boolean typed;

    HostileInput(String description, boolean typed) {
        this.description = description;
        this.typed = typed;
    }

    public String description() {
        return description;
    }

    /** Whether it is decoded typed (into {@code HostileProbe.Holder}), which only the adapters can; else as a tree. */
    public boolean typed() {
        return typed;
    }

    abstract byte[] bytes();

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
