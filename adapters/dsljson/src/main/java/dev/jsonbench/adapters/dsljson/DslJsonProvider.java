package dev.jsonbench.adapters.dsljson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.spi.JsonDecoderProvider;

/** Provides the "dsljson" backend (DSL-JSON). */
public final class DslJsonProvider implements JsonDecoderProvider {

    @Override
    public String name() {
        return DslJsonDecoder.NAME;
    }

    @Override
    public JsonDecoder create(DecodeLimits limits) {
        return new DslJsonDecoder(limits);
    }
}
