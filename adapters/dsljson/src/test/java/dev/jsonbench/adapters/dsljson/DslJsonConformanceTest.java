package dev.jsonbench.adapters.dsljson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.conformance.ConformanceSuite;

/** The cross-backend conformance suite, run against DSL-JSON. */
class DslJsonConformanceTest extends ConformanceSuite {

    @Override
    protected JsonDecoder decoder(DecodeLimits limits) {
        return JsonDecoders.get("dsljson", limits);
    }
}
