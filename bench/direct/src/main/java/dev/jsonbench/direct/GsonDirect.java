package dev.jsonbench.direct;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.ToNumberPolicy;
import dev.jsonbench.fixtures.ApiResponse;
import java.nio.charset.StandardCharsets;

/**
 * Gson without the adapter: one {@link Gson} with {@code Strictness.STRICT} and the {@code LONG_OR_DOUBLE} number
 * policy for untyped values (Long for an integer, else Double: Gson's nearest to the value model), and
 * {@code Gson#fromJson} on a new String decoded from the bytes (Gson reads no byte[]; see backends.md). The tree is
 * {@code fromJson(..., Object.class)}: LinkedTreeMap, ArrayList, String, Long/Double, Boolean.
 *
 * <p>Decoding the bytes to a String replaces invalid UTF-8 instead of rejecting it, and Gson's strict mode leaves
 * some RFC 8259 gaps; JMH's {@code DirectBenchmark} has a {@code _validated} variant that adds the jsonbench validator
 * pass in front, as a strict adapter over Gson needs.
 */
public final class GsonDirect extends DirectDecoder {

    private final Gson gson;

    public GsonDirect() {
        super("gson", Gson.class, "com.google.code.gson", "gson",
                "Gson with Strictness.STRICT and ToNumberPolicy.LONG_OR_DOUBLE; fromJson on a String decoded from the bytes");
        gson = new GsonBuilder()
                .setStrictness(Strictness.STRICT)
                .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
                .create();
    }

    @Override
    ApiResponse typed(byte[] json) {
        return gson.fromJson(new String(json, StandardCharsets.UTF_8), ApiResponse.class);
    }

    @Override
    Object tree(byte[] json) {
        return gson.fromJson(new String(json, StandardCharsets.UTF_8), Object.class);
    }
}
