package dev.jsonbench.bench.run;

import dev.jsonbench.bench.report.Config;
import java.nio.file.Path;

/**
 * A document to measure.
 *
 * @param name         file name, as reported
 * @param path         where the forks read it
 * @param bytes        its size
 * @param digest       the expected digest ({@code fixtures/DIGEST.md}), 16 hex digits
 * @param digestSource where the expected digest comes from
 * @param typedProblem null when typed mode applies (the document is the fixture model), else why not
 * @param bundled      whether it is the bundled fixture (written to a temporary file for the runners)
 */
public record BenchFixture(String name, Path path, long bytes, String digest, String digestSource, String typedProblem,
                           boolean bundled) {

    public boolean typedAllowed() {
        return typedProblem == null;
    }

    /** This document as results.json's {@code config.fixtures} describes it. */
    public Config.Fixture describe() {
        String where = bundled ? "bundled: fixtures/src/main/resources/dev/jsonbench/fixtures/" + name : path.toString();
        return new Config.Fixture(name, where, bytes, digest, digestSource, typedAllowed(), typedProblem);
    }
}
