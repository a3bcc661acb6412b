package dev.jsonbench.adapters.jsoniter;

import dev.jsonbench.api.support.SimpleProvider;

/** Provides the "jsoniter" backend (jsoniter for Java). */
public final class JsoniterProvider extends SimpleProvider {

    public JsoniterProvider() {
        super(JsoniterDecoder.NAME, limits -> new JsoniterDecoder(limits));
    }
}
