package dev.jsonbench.adapters.jackson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.conformance.ConformanceSuite;

class JacksonConformanceTest extends ConformanceSuite {
    @Override
    protected JsonDecoder decoder(DecodeLimits limits) {
        return JsonDecoders.get("jackson", limits);
    }
}
