package dev.jsonbench.conformance;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;

/** Runs the suite against {@link ReferenceDecoder}: proves the suite's own cases are consistent with the contract. */
class ReferenceConformanceTest extends ConformanceSuite {
    @Override
    protected JsonDecoder decoder(DecodeLimits limits) {
        return new ReferenceDecoder(limits);
    }
}
