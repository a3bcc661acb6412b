package dev.jsonbench.bench.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The whole of results.json (schema 1; see {@code bench/RESULTS.md}). */
@JsonPropertyOrder({"schema", "environment", "config", "results"})
public record ResultsDocument(
        @JsonProperty("schema") int schema,
        @JsonProperty("environment") Map<String, Object> environment,
        @JsonProperty("config") Map<String, Object> config,
        @JsonProperty("results") List<Result> results) {

    public static final int SCHEMA = 1;
}
