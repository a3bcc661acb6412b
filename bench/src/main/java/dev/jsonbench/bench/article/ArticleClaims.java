package dev.jsonbench.bench.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsonbench.bench.run.BenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's claimed figures, read from {@code compare/article-claims.json} (the one data file naming their
 * source): per solution, the runner that reproduces it, total time in ms, peak memory in MB and total allocations
 * over {@link #iterations()} parses.
 */
public record ArticleClaims(Path file, String description, String machine, Map<String, String> toolchains, String model,
                            int iterations, String units, List<Claim> claims) {

    /** One row of the article's table. */
    public record Claim(String solution, String runner, double timeMs, double peakMemoryMb, long allocations) {
    }

    public static final String FILE = "article-claims.json";

    public ArticleClaims {
        toolchains = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(toolchains));
        claims = List.copyOf(claims);
    }

    /** The claims in {@code compare/article-claims.json}; a usage error naming the file if it is missing or malformed. */
    public static ArticleClaims load(Path compareDir) {
        Path file = compareDir.resolve(FILE);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw BenchException.usage("cannot read the article's claims from " + file + ": " + e.getMessage());
        }
        try {
            JsonNode source = root.path("source");
            Map<String, String> toolchains = new LinkedHashMap<>();
            source.path("toolchains").properties().forEach(e -> toolchains.put(e.getKey(), e.getValue().asText()));
            List<Claim> claims = new ArrayList<>();
            for (JsonNode c : root.path("claims")) {
                claims.add(new Claim(required(c, "solution").asText(), required(c, "runner").asText(),
                        required(c, "time_ms").asDouble(), required(c, "peak_memory_mb").asDouble(),
                        required(c, "allocations").asLong()));
            }
            if (claims.isEmpty()) {
                throw new IllegalArgumentException("no claims");
            }
            int iterations = required(source, "iterations").asInt();
            if (iterations < 1) {
                throw new IllegalArgumentException("source.iterations must be positive");
            }
            return new ArticleClaims(file, source.path("description").asText(""), source.path("machine").asText(""),
                    toolchains, source.path("model").asText(""), iterations, source.path("units").asText(""), claims);
        } catch (IllegalArgumentException e) {
            throw BenchException.usage(file + " is not a claims file: " + e.getMessage());
        }
    }

    public List<String> runners() {
        return claims.stream().map(Claim::runner).toList();
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalArgumentException("missing " + field + " in " + node);
        }
        return value;
    }
}
