package dev.jsonbench.bench.conformance;

/** Bytes of a document shown as text in a message: printable ASCII as is, everything else as {@code <0xNN>}. */
final class Printable {

    private Printable() {
    }

    /** At most {@code limit} bytes of {@code b}, then "..." and the number of bytes left out. */
    static String bytes(byte[] b, int limit) {
        StringBuilder out = new StringBuilder(Math.min(b.length, limit) + 16);
        for (int i = 0; i < Math.min(b.length, limit); i++) {
            int c = b[i] & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format("<0x%02X>", c));
            }
        }
        if (b.length > limit) {
            out.append("... (").append(b.length - limit).append(" more bytes)");
        }
        return out.toString();
    }
}
