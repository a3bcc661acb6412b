package dev.jsonbench.api;

/**
 * A JSON decoder backed by one parser library. Obtain one from {@link JsonDecoders}, keep it, and share it:
 * decoders are thread-safe and hold whatever per-thread state their backend needs.
 *
 * <p>Every backend returns the same values for the same document (the <em>value model</em>):
 * <ul>
 *   <li>object: {@code Map<String,Object>} in document order; for a duplicated name the last value wins
 *       (at the position of the first occurrence);</li>
 *   <li>array: {@code List<Object>}; string: {@code String}; {@code true}/{@code false}: {@code Boolean};
 *       {@code null}: {@code null};</li>
 *   <li>integer literal (no fraction, no exponent): {@code Long} when it fits, else {@code BigInteger};
 *       any other number: the correctly rounded {@code Double}; a number whose magnitude overflows a double
 *       is a {@link JsonDecodeException}.</li>
 * </ul>
 * Input is parsed strictly (RFC 8259) within the decoder's {@link DecodeLimits}. Any problem with the input
 * is reported as a {@link JsonDecodeException}; no other exception escapes a decode. Every rule, with the choices
 * RFC 8259 leaves open, is written down in {@code api/STRICTNESS.md}.
 */
public interface JsonDecoder {

    /** The backend's name, as given to {@link JsonDecoders#get(String)}: "jackson", "dsljson", ... */
    String name();

    /** The backend library's Maven coordinates, {@code groupId:artifactId}. */
    String library();

    /** The version of the backend library actually on the classpath. */
    String backendVersion();

    /** One line saying how the backend is configured (reported beside benchmark figures). */
    String configuration();

    /** The limits every decode of this decoder enforces. */
    DecodeLimits limits();

    /**
     * Prepares a reusable decoder for {@code type}: all lookups happen here, none per decode.
     *
     * @throws IllegalArgumentException if this backend cannot bind {@code type}, saying why
     */
    <T> TypedDecoder<T> forType(Class<T> type);

    /** Decodes {@code length} bytes of UTF-8 JSON starting at {@code offset} into the value model. */
    Object decodeTree(byte[] json, int offset, int length);

    default Object decodeTree(byte[] json) {
        return decodeTree(json, 0, json.length);
    }

    /** A convenience for one-off decodes; prefer {@link #forType(Class)} when decoding the same type again. */
    default <T> T decode(byte[] json, Class<T> type) {
        return forType(type).decode(json);
    }
}
