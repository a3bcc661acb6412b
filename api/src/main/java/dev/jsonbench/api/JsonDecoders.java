package dev.jsonbench.api;

import dev.jsonbench.api.spi.JsonDecoderProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds the backends on the classpath (once, through {@link ServiceLoader}) and creates decoders by name.
 *
 * <pre>{@code
 * JsonDecoder decoder = JsonDecoders.get("jackson");
 * TypedDecoder<ApiResponse> responses = decoder.forType(ApiResponse.class);
 * ApiResponse response = responses.decode(bytes);
 * }</pre>
 */
public final class JsonDecoders {

    private JsonDecoders() {
    }

    /** Names of the backends on the classpath, sorted. */
    public static List<String> available() {
        return List.copyOf(Discovery.PROVIDERS.keySet());
    }

    /** A decoder for the named backend with {@link DecodeLimits#defaults()}. */
    public static JsonDecoder get(String name) {
        return get(name, DecodeLimits.defaults());
    }

    /**
     * A decoder for the named backend enforcing {@code limits}. Create it once and share it.
     *
     * @throws IllegalArgumentException if no backend has that name (the message lists those that exist)
     * @throws IllegalStateException if more than one provider claims the name
     */
    public static JsonDecoder get(String name, DecodeLimits limits) {
        List<JsonDecoderProvider> candidates = Discovery.PROVIDERS.get(name);
        if (candidates == null) {
            throw new IllegalArgumentException("no JSON backend named '" + name + "'; available: "
                    + (Discovery.PROVIDERS.isEmpty() ? "none (add a jsonbench adapter to the classpath)"
                    : String.join(", ", Discovery.PROVIDERS.keySet())));
        }
        if (candidates.size() > 1) {
            throw new IllegalStateException("backend name '" + name + "' is claimed by several providers on the classpath: "
                    + candidates.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "))
                    + "; keep one of them");
        }
        return candidates.get(0).create(limits);
    }

    /** Discovered on first use, in a holder so that the scan happens once and only when needed. */
    private static final class Discovery {
        static final Map<String, List<JsonDecoderProvider>> PROVIDERS = discover();

        private static Map<String, List<JsonDecoderProvider>> discover() {
            Map<String, List<JsonDecoderProvider>> byName = new TreeMap<>();
            for (JsonDecoderProvider provider : ServiceLoader.load(JsonDecoderProvider.class, JsonDecoders.class.getClassLoader())) {
                byName.computeIfAbsent(provider.name(), n -> new ArrayList<>()).add(provider);
            }
            byName.replaceAll((name, providers) -> List.copyOf(providers));
            return Collections.unmodifiableMap(byName);
        }
    }
}
