package dev.jsonbench.bench.run;

import dev.jsonbench.bench.fork.UserType;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.fixtures.ApiResponse;
import java.nio.file.Path;
import java.util.Map;

/**
 * A document to measure.
 *
 * @param name         file name, as reported
 * @param path         where the forks read it
 * @param bytes        its size
 * @param digest       the expected digest ({@code fixtures/DIGEST.md}), 16 hex digits
 * @param digestSource where the expected digest comes from
 * @param typedProblem null when typed mode applies (the document is the fixture model, or the user's type), else why
 *                     not
 * @param bundled      whether it is the bundled fixture (written to a temporary file for the runners)
 * @param userType     the user's type typed mode binds; null for the fixture model
 * @param refusals     the Java backends that cannot bind the user's type, with why
 */
public record BenchFixture(String name, Path path, long bytes, String digest, String digestSource, String typedProblem,
                           boolean bundled, UserType userType, Map<String, String> refusals) {

    public BenchFixture {
        refusals = Map.copyOf(refusals);
    }

    /** The same document with typed mode decided. */
    BenchFixture withTyped(String problem, UserType type, Map<String, String> refused) {
        return new BenchFixture(name, path, bytes, digest, digestSource, problem, bundled, type, refused);
    }

    /** The type typed mode binds, as reported. */
    public String typedInto() {
        return userType == null ? ApiResponse.class.getName() : userType.name();
    }

    public boolean typedAllowed() {
        return typedProblem == null;
    }

    /** This document as results.json's {@code config.fixtures} describes it. */
    public Config.Fixture describe() {
        String where = bundled ? "bundled: fixtures/src/main/resources/dev/jsonbench/fixtures/" + name : path.toString();
        return new Config.Fixture(name, where, bytes, digest, digestSource, typedAllowed(), typedProblem, typedInto(),
                userType == null ? null : userType.classpath().stream().map(Path::toString).toList());
    }
}
