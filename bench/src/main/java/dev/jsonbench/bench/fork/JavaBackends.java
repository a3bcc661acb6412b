package dev.jsonbench.bench.fork;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import java.util.ArrayList;
import java.util.List;
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

    /** The libraries called directly, on the class path (opt-in contestants). */
    public static List<String> direct() {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(JsonDecoder.class).stream().forEach(p -> names.add(p.get().name()));
        return names;
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
        for (ServiceLoader.Provider<JsonDecoder> provider : ServiceLoader.load(JsonDecoder.class).stream().toList()) {
            JsonDecoder decoder = provider.get();
            if (decoder.name().equals(name)) {
                return decoder;
            }
        }
        throw new IllegalArgumentException("no JSON backend named '" + name + "'; available: " + String.join(", ", all()));
    }
}
