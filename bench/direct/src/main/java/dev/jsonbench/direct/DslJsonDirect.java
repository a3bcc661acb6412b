package dev.jsonbench.direct;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.ObjectConverter;
import com.dslplatform.json.runtime.Settings;
import dev.jsonbench.fixtures.ApiResponse;
import java.io.IOException;

/**
 * DSL-JSON without the adapter. The adapter uses no DSL-JSON converter: it runs the jsonbench validator, then walks
 * a reused {@link JsonReader}'s tokens with its own binder. DSL-JSON's own way to bind a record it may not annotate
 * ({@link ApiResponse} carries no {@code @CompiledJson}) is its runtime analysis: {@code tryFindReader} builds, once,
 * a reader for the record (constructor bound by lambdas, not reflection per decode), the list and the
 * {@code Map<String,Object>} component. That reader, on a {@link JsonReader} reused per thread over the byte array,
 * is the typed direct path; DSL-JSON's {@link ObjectConverter} (LinkedHashMap, ArrayList, Long or Double with
 * {@code LONG_AND_DOUBLE}) is the tree path. The key cache is DSL-JSON's {@code SimpleStringCache}, as in the adapter
 * (whose cache wraps it for names up to 64 chars).
 *
 * <p>DSL-JSON does not check that the input ends after the value, accepts raw control characters and has no depth
 * limit; the adapter closes those gaps with the jsonbench validator (JMH's {@code DirectBenchmark} has a
 * {@code _validated} variant that runs it first, so that the adapter's cost splits into the validator and the rest).
 */
public final class DslJsonDirect extends DirectDecoder {

    private final JsonReader.ReadObject<ApiResponse> typedReader;
    private final JsonReader<Object> reader;

    public DslJsonDirect() {
        super("dsljson", DslJson.class, "com.dslplatform", "dsl-json",
                "DslJson with runtime analysis (tryFindReader for the record), SimpleStringCache, LONG_AND_DOUBLE; "
                        + "one JsonReader reused; tree: ObjectConverter");
        DslJson<Object> dsl = new DslJson<>(Settings.withRuntime()
                .useKeyCache(new DslJson.SimpleStringCache())
                .unknownNumbers(JsonReader.UnknownNumberParsing.LONG_AND_DOUBLE)
                .errorInfo(JsonReader.ErrorInfo.DESCRIPTION_AND_POSITION));
        typedReader = dsl.tryFindReader(ApiResponse.class);
        if (typedReader == null) {
            throw new IllegalStateException("DSL-JSON's runtime analysis found no reader for " + ApiResponse.class);
        }
        reader = dsl.newReader();
    }

    @Override
    ApiResponse typed(byte[] json) throws IOException {
        reader.process(json, json.length);
        reader.getNextToken();
        return typedReader.read(reader);
    }

    @Override
    Object tree(byte[] json) throws IOException {
        reader.process(json, json.length);
        reader.getNextToken();
        return ObjectConverter.deserializeObject(reader);
    }
}
