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
 * Finds the backends on the classpath or module path (once, through {@link ServiceLoader}) and creates decoders.
 *
 * <pre>{@code
 * JsonDecoder decoder = JsonDecoders.get();          // the only backend there, or -Djsonbench.backend=NAME
 * JsonDecoder jackson = JsonDecoders.get("jackson"); // a backend by name
 * TypedDecoder<ApiResponse> responses = decoder.forType(ApiResponse.class);
 * ApiResponse response = responses.decode(bytes);
 * }</pre>
 */
public final class JsonDecoders {

    /** The system property that picks the backend {@link #get()} returns: {@code -Djsonbench.backend=gson}. */
    public static final String BACKEND_PROPERTY = "jsonbench.backend";

    private static final String ADD_ONE = "add a jsonbench adapter, such as jsonbench-jackson, to the classpath or module path";

    private JsonDecoders() {
    }

    /** Names of the backends on the classpath, sorted. */
    public static List<String> available() {
        return List.copyOf(Discovery.PROVIDERS.keySet());
    }

    /** {@link #get(DecodeLimits)} with {@link DecodeLimits#defaults()}. */
    public static JsonDecoder get() {
        return get(DecodeLimits.defaults());
    }

    /**
     * A decoder enforcing {@code limits} from the backend named by the system property {@value #BACKEND_PROPERTY}
     * if it is set, else from the only backend on the classpath: code that depends on one adapter names none, and
     * an application with several is told which one at launch. Create it once and share it.
     *
     * @throws IllegalStateException if the property names no backend on the classpath, or is not set while the
     *         classpath holds no backend or several (the message lists those that exist), or if more than one
     *         provider claims the chosen name
     */
    public static JsonDecoder get(DecodeLimits limits) {
        return select(Discovery.PROVIDERS, System.getProperty(BACKEND_PROPERTY)).create(limits);
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
            throw new IllegalArgumentException("no JSON backend named '" + name + "'; available: " + listing(Discovery.PROVIDERS));
        }
        return only(name, candidates).create(limits);
    }

    /** The provider {@link #get(DecodeLimits)} uses among {@code providers}, given the property's value (or null). */
    static JsonDecoderProvider select(Map<String, List<JsonDecoderProvider>> providers, String requested) {
        if (requested != null) {
            List<JsonDecoderProvider> candidates = providers.get(requested);
            if (candidates == null) {
                throw new IllegalStateException("no JSON backend named '" + requested + "' (-D" + BACKEND_PROPERTY
                        + "); available: " + listing(providers));
            }
            return only(requested, candidates);
        }
        if (providers.size() != 1) {
            throw new IllegalStateException(providers.isEmpty()
                    ? "no JSON backend found: " + ADD_ONE
                    : "several JSON backends found (" + listing(providers) + "); choose one with -D"
                            + BACKEND_PROPERTY + "=NAME or JsonDecoders.get(NAME)");
        }
        Map.Entry<String, List<JsonDecoderProvider>> single = providers.entrySet().iterator().next();
        return only(single.getKey(), single.getValue());
    }

    private static JsonDecoderProvider only(String name, List<JsonDecoderProvider> candidates) {
        if (candidates.size() > 1) {
            throw new IllegalStateException("backend name '" + name + "' is claimed by several providers on the classpath: "
                    + candidates.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "))
                    + "; keep one of them");
        }
        return candidates.get(0);
    }

    private static String listing(Map<String, List<JsonDecoderProvider>> providers) {
        return providers.isEmpty() ? "none (" + ADD_ONE + ")" : String.join(", ", providers.keySet());
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
