package dev.jsonbench.bench.orchestra;

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
 */
public record BenchFixture(String name, Path path, long bytes, String digest, String digestSource, String typedProblem) {

    public boolean typedAllowed() {
        return typedProblem == null;
    }
}
