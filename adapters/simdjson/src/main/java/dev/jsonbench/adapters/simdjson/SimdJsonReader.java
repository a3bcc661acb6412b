package dev.jsonbench.adapters.simdjson;

import org.simdjson.JsonValue;

/**
 * What a decode does with the root of the parsed document: copy it into the value model ({@link SimdJsonTree}) or
 * bind it to a type (the generated code of {@link SimdJsonBinderGenerator}, or {@link SimdJsonBinder#read}).
 */
@FunctionalInterface
interface SimdJsonReader {

    /** The decoded value of {@code root}, copied out of the parser's tape. */
    Object read(JsonValue root, SimdJsonState state);
}
