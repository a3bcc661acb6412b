package dev.jsonbench.adapters.jsoniter;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.spi.JsonDecoderProvider;

/** Provides the "jsoniter" backend (jsoniter for Java). */
public final class JsoniterProvider implements JsonDecoderProvider {

    @Override
    public String name() {
        return JsoniterDecoder.NAME;
    }

    @Override
    public JsonDecoder create(DecodeLimits limits) {
        return new JsoniterDecoder(limits);
    }
}
