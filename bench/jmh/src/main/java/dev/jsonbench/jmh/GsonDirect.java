package dev.jsonbench.jmh;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.ToNumberPolicy;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Gson without the adapter: one {@link Gson} with {@code Strictness.STRICT} and the {@code LONG_OR_DOUBLE} number
 * policy for untyped values (Long for an integer, else Double: Gson's nearest to the value model), and
 * {@code Gson#fromJson} on a new String decoded from the bytes (Gson reads no byte[]; see backends.md). The tree is
 * {@code fromJson(..., Object.class)}: LinkedTreeMap, ArrayList, String, Long/Double, Boolean.
 *
 * <p>Decoding the bytes to a String replaces invalid UTF-8 instead of rejecting it, and Gson's strict mode leaves
 * some RFC 8259 gaps; the {@code *Validated} methods add the jsonbench validator pass in front, as a strict adapter
 * over Gson needs.
 */
@State(Scope.Thread)
public class GsonDirect {

    public Gson gson;
    public StrictJsonValidator validator;
    public byte[] json;

    @Setup
    public void setup() {
        gson = new GsonBuilder()
                .setStrictness(Strictness.STRICT)
                .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
                .create();
        validator = new StrictJsonValidator("gson", DecodeLimits.defaults());
        json = Fixtures.apiResponse();
    }

    public ApiResponse typed() {
        return gson.fromJson(new String(json, StandardCharsets.UTF_8), ApiResponse.class);
    }

    public Object tree() {
        return gson.fromJson(new String(json, StandardCharsets.UTF_8), Object.class);
    }

    public ApiResponse typedValidated() {
        validator.validate(json, 0, json.length);
        return typed();
    }

    public Object treeValidated() {
        validator.validate(json, 0, json.length);
        return tree();
    }
}
