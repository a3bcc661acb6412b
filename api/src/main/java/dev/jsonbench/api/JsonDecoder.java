package dev.jsonbench.api;

import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;

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
 *
 * <h2>Inputs</h2>
 * A document is UTF-8 bytes: a {@code byte[]} (or a range of one), or
 * <ul>
 *   <li>a {@link ByteBuffer}: the bytes from its position to its limit. The buffer is only read: its position, limit
 *       and mark stay as they were, so the same buffer can be decoded again. A heap buffer is decoded in place; a
 *       direct or read-only one is copied once, after its length has been checked against
 *       {@link DecodeLimits#maxDocumentBytes()};</li>
 *   <li>an {@link InputStream}: everything up to the end of the stream. It is read into memory, at most one byte past
 *       {@code maxDocumentBytes} (a longer stream is rejected without being read further), and not closed. A failure
 *       to read it is an {@link java.io.UncheckedIOException} wrapping the {@link java.io.IOException}: the stream
 *       failed, not the document;</li>
 *   <li>a {@link String}: decoded as its UTF-8 encoding, so it gives exactly what those bytes give, and error offsets
 *       and {@code maxDocumentBytes} count bytes of that encoding. An unpaired surrogate char, which UTF-8 cannot
 *       encode, is rejected as an encoded surrogate is in bytes (invalid UTF-8).</li>
 * </ul>
 * Each gives the same values, limits and {@link JsonDecodeException}s (message and offset) as the same bytes in a
 * {@code byte[]}. A backend may override these methods where it can decode the input without a copy.
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
     * Prepares a reusable decoder for {@code type}: all lookups happen here, none per decode. Besides a record or
     * other class, {@code type} may be generic, {@code List<Order>}, {@code Map<String, Order>}, {@code Order[]} or
     * a generic record such as {@code Page<Order>}, as a {@link java.lang.reflect.ParameterizedType} or
     * {@link java.lang.reflect.GenericArrayType} from reflection or from {@link JsonType}. The caller names
     * {@code T}; prefer {@link #forType(JsonType)}, which checks it.
     *
     * @throws IllegalArgumentException if this backend cannot bind {@code type}, naming the component and why
     */
    <T> TypedDecoder<T> forType(Type type);

    /** {@link #forType(Type)} for a class: a record, a scalar ({@code String}, {@code Long}, ...) or an array. */
    default <T> TypedDecoder<T> forType(Class<T> type) {
        return forType((Type) type);
    }

    /** {@link #forType(Type)} for a type named with {@link JsonType}: {@code forType(new JsonType<List<Order>>() {})}. */
    default <T> TypedDecoder<T> forType(JsonType<T> type) {
        return forType(type.type());
    }

    /** Decodes {@code length} bytes of UTF-8 JSON starting at {@code offset} into the value model. */
    Object decodeTree(byte[] json, int offset, int length);

    default Object decodeTree(byte[] json) {
        return decodeTree(json, 0, json.length);
    }

    /** Decodes the bytes from the buffer's position to its limit, leaving the buffer as it was (see Inputs above). */
    default Object decodeTree(ByteBuffer json) {
        return JsonInput.decode(json, this, this::decodeTree);
    }

    /**
     * Decodes the whole stream, reading at most one byte past the document limit; the stream is not closed.
     *
     * @throws java.io.UncheckedIOException if reading the stream fails
     */
    default Object decodeTree(InputStream json) {
        return JsonInput.decode(json, this, this::decodeTree);
    }

    /** Decodes the string's UTF-8 encoding; offsets in errors count bytes of that encoding. */
    default Object decodeTree(String json) {
        return JsonInput.decode(json, this, this::decodeTree);
    }

    /** A convenience for one-off decodes; prefer {@link #forType(Class)} when decoding the same type again. */
    default <T> T decode(byte[] json, Class<T> type) {
        return forType(type).decode(json);
    }
}
