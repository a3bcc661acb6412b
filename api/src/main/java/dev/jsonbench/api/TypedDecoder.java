package dev.jsonbench.api;

import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;

/**
 * Decodes JSON into one type, prepared once by {@link JsonDecoder#forType(Type)}. Thread-safe.
 *
 * <p>Records bind by component name. Unknown members are skipped; absent ones get {@code null}, {@code 0} or
 * {@code false}. Components declared {@code Object}, {@code Map<String,Object>} or {@code List<Object>} receive the
 * value model described on {@link JsonDecoder}. The inputs besides {@code byte[]} behave as described there, with
 * the same values, limits and errors.
 */
public interface TypedDecoder<T> {

    /** The type decoded into, as given to {@code forType}: a {@code Class} or a generic type. */
    Type type();

    /** The decoder that prepared this one: its name and limits hold for every decode. */
    JsonDecoder decoder();

    /** Decodes {@code length} bytes of UTF-8 JSON starting at {@code offset}. */
    T decode(byte[] json, int offset, int length);

    default T decode(byte[] json) {
        return decode(json, 0, json.length);
    }

    /** Decodes the bytes from the buffer's position to its limit, leaving the buffer as it was. */
    default T decode(ByteBuffer json) {
        return JsonInput.decode(json, decoder(), this::decode);
    }

    /**
     * Decodes the whole stream, reading at most one byte past the document limit; the stream is not closed.
     *
     * @throws java.io.UncheckedIOException if reading the stream fails
     */
    default T decode(InputStream json) {
        return JsonInput.decode(json, decoder(), this::decode);
    }

    /** Decodes the string's UTF-8 encoding; offsets in errors count bytes of that encoding. */
    default T decode(String json) {
        return JsonInput.decode(json, decoder(), this::decode);
    }
}
