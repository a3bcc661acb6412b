package dev.jsonbench.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test documents as bytes, for the suite and for the adapters' own tests. */
public final class JsonBytes {

    private JsonBytes() {
    }

    /** {@code text} in UTF-8. */
    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The parts one after the other: a {@code String} in UTF-8, an {@code Integer} or {@code Character} as one byte
     * (for bytes no string can hold: {@code bytes(0xEF, 0xBB, 0xBF, "[1]")}).
     */
    public static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(bytes(s));
            } else {
                out.write(part instanceof Character c ? c : (Integer) part);
            }
        }
        return out.toByteArray();
    }

    /** The arrays one after the other. */
    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
