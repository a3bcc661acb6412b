package dev.jsonbench.api;

/**
 * Decodes JSON into one type, prepared once by {@link JsonDecoder#forType(Class)}. Thread-safe.
 *
 * <p>Records and classes bind by component or field name. Unknown members are skipped; absent ones get
 * {@code null}, {@code 0} or {@code false}. Components declared {@code Object}, {@code Map<String,Object>} or
 * {@code List<Object>} receive the value model described on {@link JsonDecoder}.
 */
public interface TypedDecoder<T> {

    Class<T> type();

    T decode(byte[] json, int offset, int length);

    default T decode(byte[] json) {
        return decode(json, 0, json.length);
    }
}
