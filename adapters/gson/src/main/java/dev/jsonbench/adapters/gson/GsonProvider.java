package dev.jsonbench.adapters.gson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.spi.JsonDecoderProvider;

/** The "gson" backend: Google Gson. */
public final class GsonProvider implements JsonDecoderProvider {

    @Override
    public String name() {
        return GsonDecoder.NAME;
    }

    @Override
    public JsonDecoder create(DecodeLimits limits) {
        return new GsonDecoder(limits);
    }
}
