package dev.jsonbench.bench.fork;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The Java contestants by name: the jsonbench adapters ({@link JsonDecoders}, strict, the API's guarantees) and the
 * same libraries called directly ({@code jsonbench-direct}, {@code jackson-direct} etc.: found by ServiceLoader as
 * {@link JsonDecoder} implementations, never through JsonDecoders, because they carry none of its guarantees).
 */
public final class JavaBackends {

    private JavaBackends() {
    }

    /** The adapters on the class path. */
    public static List<String> adapters() {
        return JsonDecoders.available();
    }

    /**
     * The libraries called directly, on the class path, that this JVM can load (opt-in contestants). simdjson-java's
     * needs the Vector API module, which {@code ./jsonbench} gives a JVM only when simdjson may run in it: without it,
     * simdjson-direct is left out here instead of failing every other backend.
     */
    public static List<String> direct() {
        List<String> names = new ArrayList<>();
        for (JsonDecoder decoder : loadableDirect()) {
            names.add(decoder.name());
        }
        return names;
    }

    private static List<JsonDecoder> loadableDirect() {
        List<JsonDecoder> decoders = new ArrayList<>();
        for (ServiceLoader.Provider<JsonDecoder> provider : ServiceLoader.load(JsonDecoder.class).stream().toList()) {
            try {
                decoders.add(provider.get());
            } catch (ServiceConfigurationError e) {
                if (!(e.getCause() instanceof LinkageError)) {
                    throw e;
                }
            }
        }
        return decoders;
    }

    /** Every Java contestant: the adapters, then the direct libraries. */
    public static List<String> all() {
        List<String> names = new ArrayList<>(adapters());
        names.addAll(direct());
        return names;
    }

    public static boolean isDirect(String name) {
        return !adapters().contains(name) && direct().contains(name);
    }

    /**
     * The contestant named {@code name}.
     *
     * @throws IllegalArgumentException when there is none, listing those that exist
     */
    public static JsonDecoder get(String name) {
        if (adapters().contains(name)) {
            return JsonDecoders.get(name);
        }
        for (JsonDecoder decoder : loadableDirect()) {
            if (decoder.name().equals(name)) {
                return decoder;
            }
        }
        throw new IllegalArgumentException("no JSON backend named '" + name + "'; available: " + String.join(", ", all()));
    }
}
