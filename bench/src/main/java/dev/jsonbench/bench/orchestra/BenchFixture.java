package dev.jsonbench.bench.orchestra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document to measure.
 *
 * @param name         file name, as reported
 * @param path         where the forks read it
 * @param bytes        its size
 * @param digest       the expected digest ({@code fixtures/DIGEST.md}), 16 hex digits
 * @param digestSource where the expected digest comes from
 * @param typedProblem null when typed mode applies (the document is the fixture model), else why not
 */
public record BenchFixture(String name, Path path, long bytes, String digest, String digestSource, String typedProblem) {

    public boolean typedAllowed() {
        return typedProblem == null;
    }

    /** This document as an entry of results.json's {@code config.fixtures}. */
    public Map<String, Object> toConfig(boolean bundled) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("path", bundled ? "bundled: fixtures/src/main/resources/dev/jsonbench/fixtures/" + name : path.toString());
        entry.put("bytes", bytes);
        entry.put("digest", digest);
        entry.put("digest_source", digestSource);
        entry.put("typed", typedAllowed());
        entry.put("typed_problem", typedProblem);
        return entry;
    }
}
