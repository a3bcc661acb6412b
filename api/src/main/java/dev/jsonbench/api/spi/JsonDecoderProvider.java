package dev.jsonbench.api.spi;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;

/**
 * A backend, discovered by {@link java.util.ServiceLoader}: each adapter module lists its provider in
 * {@code META-INF/services/dev.jsonbench.api.spi.JsonDecoderProvider}.
 */
public interface JsonDecoderProvider {

    /** The name users select the backend by; lower case, unique among providers. */
    String name();

    /** A new decoder enforcing {@code limits}. */
    JsonDecoder create(DecodeLimits limits);
}
