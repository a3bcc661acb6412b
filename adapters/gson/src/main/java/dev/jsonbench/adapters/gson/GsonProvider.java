package dev.jsonbench.adapters.gson;

import dev.jsonbench.api.support.SimpleProvider;

/** The "gson" backend: Google Gson. */
public final class GsonProvider extends SimpleProvider {

    public GsonProvider() {
        super(GsonDecoder.NAME, limits -> new GsonDecoder(limits));
    }
}
