package dev.jsonbench.adapters.gson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.conformance.ConformanceSuite;

class GsonConformanceTest extends ConformanceSuite {
    @Override
    protected JsonDecoder decoder(DecodeLimits limits) {
        return JsonDecoders.get("gson", limits);
    }
}
