package dev.jsonbench.bench.conformance;

import dev.jsonbench.bench.protocol.Language;

/**
 * One backend of the matrix, as a column.
 *
 * @param name          its name ({@code jackson}, {@code jackson-direct}, {@code serde-json-owned})
 * @param strict        whether it is a jsonbench adapter, held to {@code api/STRICTNESS.md} (else a library with its
 *                      own defaults)
 * @param library       the library, as the runner names it
 * @param version       the library's version, when known
 * @param configuration how the library is called
 * @param unavailable   why it did not run, or null
 */
public record Column(String name, Language language, boolean strict, String library, String version,
                     String configuration, String unavailable) {

    /** "strict adapter" or "library defaults". */
    public String kind() {
        return strict ? "strict adapter" : "library defaults";
    }
}
