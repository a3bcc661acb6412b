package dev.jsonbench.adapters.simdjson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.spi.JsonDecoderProvider;

/**
 * Provides the "simdjson" backend (simdjson-java).
 *
 * <p>This class is compiled for Java 21 (the rest of the module for Java 24, as simdjson-java 0.4.0 is) and refers to
 * no simdjson-java or Vector API class when it loads, so that {@link java.util.ServiceLoader} can always load it:
 * other backends stay discoverable on a JVM that cannot run simdjson-java. {@link #create} then fails with an
 * {@link IllegalStateException} saying why (an older JDK, a JVM started without
 * {@code --add-modules jdk.incubator.vector}, or a CPU without 256-bit vectors).
 */
public final class SimdJsonProvider implements JsonDecoderProvider {

    static final String NAME = "simdjson";

    /** Java 24 is class file version 68; simdjson-java 0.4.0 and the rest of this adapter need it. */
    private static final int REQUIRED_FEATURE_VERSION = 24;

    @Override
    public String name() {
        return NAME;
    }

    /**
     * @throws IllegalStateException if simdjson-java cannot run on this JVM or CPU, saying why
     */
    @Override
    public JsonDecoder create(DecodeLimits limits) {
        int feature = Runtime.version().feature();
        if (feature < REQUIRED_FEATURE_VERSION) {
            throw new IllegalStateException("the simdjson backend needs Java " + REQUIRED_FEATURE_VERSION
                    + " or later (simdjson-java 0.4.0 is compiled for it); this JVM is Java " + feature);
        }
        return SimdJsonSupport.newDecoder(limits);
    }
}
