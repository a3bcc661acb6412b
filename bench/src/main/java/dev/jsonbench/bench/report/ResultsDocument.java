package dev.jsonbench.bench.report;

import java.util.List;

/** The whole of results.json (see {@code bench/RESULTS.md}). */
public record ResultsDocument(int schema, Environment environment, Config config, List<Result> results) {

    /** The version of the format this code writes; a change of meaning bumps it. */
    public static final int SCHEMA = 2;

    public ResultsDocument {
        results = List.copyOf(results);
    }

    /** A document in the current schema. */
    public ResultsDocument(Environment environment, Config config, List<Result> results) {
        this(SCHEMA, environment, config, results);
    }
}
