package dev.jsonbench.adapters.dsljson;

import dev.jsonbench.api.support.SimpleProvider;

/** Provides the "dsljson" backend (DSL-JSON). */
public final class DslJsonProvider extends SimpleProvider {

    public DslJsonProvider() {
        super(DslJsonDecoder.NAME, limits -> new DslJsonDecoder(limits));
    }
}
