package dev.jsonbench.adapters.jackson;

import dev.jsonbench.api.support.SimpleProvider;

/** The "jackson" backend: jackson-databind. */
public final class JacksonProvider extends SimpleProvider {

    public JacksonProvider() {
        super(JacksonDecoder.NAME, limits -> new JacksonDecoder(limits));
    }
}
