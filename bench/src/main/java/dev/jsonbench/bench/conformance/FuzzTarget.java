package dev.jsonbench.bench.conformance;

import dev.jsonbench.api.JsonDecoders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Jazzer's entry point ({@code --target_class}): each fuzzed input goes through {@link Differential#check}, whose
 * {@link Differential.Finding} (or any other throwable) Jazzer reports and saves. The adapters are those named by the
 * system property {@value #BACKENDS_PROPERTY} (comma-separated), else every adapter on the class path.
 *
 * <p>Before the first input every path of every adapter is taken once ({@link #WARM_UP}): loading and instrumenting
 * their classes takes seconds, which would otherwise count against the first inputs' time limit as a false hang.
 */
public final class FuzzTarget {

    /** The adapters to check, comma-separated; the fuzz command sets it. */
    public static final String BACKENDS_PROPERTY = "jsonbench.fuzz.backends";

    /** Documents that reach the adapters' value, error and binding paths. */
    static final List<String> WARM_UP = List.of("{\"s\":\"a\\u00e9\\n\",\"l\":-1,\"i\":2,\"d\":1.5e3,\"b\":true,"
            + "\"boxed\":null,\"big\":123456789012345678901234567890,\"longs\":[1,2],\"map\":{\"k\":[{}]},"
            + "\"list\":[1.0,false],\"any\":\"x\",\"member\":{\"name\":\"m\",\"n\":3,\"x\":0.5,\"value\":[]},"
            + "\"members\":[],\"other\":{\"skipped\":[1e400]}}", "[1,2,{\"a\":null}]", "{\"a\":01}", "[1,]", "\"\\ud800\"",
            "1e400", "", "{\"l\":1.5}", "[\"\u00e9\", true]");

    private static Differential differential;

    private FuzzTarget() {
    }

    /** Called once by Jazzer before the first input. */
    public static void fuzzerInitialize() {
        String named = System.getProperty(BACKENDS_PROPERTY);
        List<String> backends = named == null || named.isBlank() ? JsonDecoders.available()
                : Arrays.stream(named.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        differential = Differential.of(backends);
        for (String document : WARM_UP) {
            differential.check(document.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Called by Jazzer for every input. */
    public static void fuzzerTestOneInput(byte[] input) {
        differential.check(input);
    }
}
