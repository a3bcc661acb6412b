package dev.jsonbench.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * results.json as Jackson writes and reads it: record components in snake case ({@code nsPerOp} is
 * {@code ns_per_op}), indented, fields a reader does not know ignored (later versions may add fields).
 */
public final class ResultsJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultsJson() {
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Writes {@code document} to {@code target} atomically. */
    public static void write(Path target, ResultsDocument document) throws IOException {
        AtomicFiles.writeText(target, toJson(document));
    }

    public static ResultsDocument read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), ResultsDocument.class);
    }

    public static ResultsDocument parse(String json) throws IOException {
        return MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), ResultsDocument.class);
    }
}
