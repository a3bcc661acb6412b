package dev.jsonbench.conformance;

import dev.jsonbench.api.JsonDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A record whose constructor decodes {@code inner} again, on the same thread, with the decoder under test: a decoder
 * must not let that nested decode overwrite the state of the decode that is building the record.
 */
public record Reentrant(String inner, Object decoded) {

    /** The decoder the constructor decodes with; set by the case for the duration of the decode. */
    static final ThreadLocal<JsonDecoder> DECODER = new ThreadLocal<>();

    public Reentrant {
        if (inner != null && decoded == null) {
            decoded = DECODER.get().decodeTree(inner.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Several of them, and a member read after them, so that the outer decode goes on after each constructor. */
    public record Several(List<Reentrant> items, String tail) {
    }
}
