package dev.jsonbench.adapters.jsoniter;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.conformance.ConformanceSuite;

/** The cross-backend conformance suite, run against jsoniter. */
class JsoniterConformanceTest extends ConformanceSuite {

    @Override
    protected JsonDecoder decoder(DecodeLimits limits) {
        return JsonDecoders.get("jsoniter", limits);
    }
}
