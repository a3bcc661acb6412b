package dev.jsonbench.api.support;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.spi.JsonDecoderProvider;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link JsonDecoderProvider} that is a name and a constructor: an adapter's provider extends it with a public
 * no-argument constructor (what {@link java.util.ServiceLoader} calls), for example
 * {@code public JacksonProvider() { super("jackson", limits -> new JacksonDecoder(limits)); }}. Pass a lambda rather
 * than a constructor reference: a lambda loads the decoder class (and through it the backend library) only when a
 * decoder is created, so that discovering the backends loads none of them.
 */
public abstract class SimpleProvider implements JsonDecoderProvider {

    private final String name;
    private final Function<DecodeLimits, JsonDecoder> constructor;

    protected SimpleProvider(String name, Function<DecodeLimits, JsonDecoder> constructor) {
        this.name = Objects.requireNonNull(name, "name");
        this.constructor = Objects.requireNonNull(constructor, "constructor");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final JsonDecoder create(DecodeLimits limits) {
        return constructor.apply(limits);
    }
}
