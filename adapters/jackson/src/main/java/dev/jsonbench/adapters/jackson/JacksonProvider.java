package dev.jsonbench.adapters.jackson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.spi.JsonDecoderProvider;

/** The "jackson" backend: jackson-databind. */
public final class JacksonProvider implements JsonDecoderProvider {

    @Override
    public String name() {
        return JacksonDecoder.NAME;
    }

    @Override
    public JsonDecoder create(DecodeLimits limits) {
        return new JacksonDecoder(limits);
    }
}
