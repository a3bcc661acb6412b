package dev.jsonbench.bench.report;

/** What a row measures, so that a table never sets different work side by side unlabelled. */
public enum Work {
    /** A jsonbench decoder: the library behind the strict adapter (RFC 8259, limits, one value model). */
    strict_adapter,
    /** The library called the way its documentation shows, with its own defaults. */
    library_defaults;

    /** "strict adapter" */
    public String label() {
        return name().replace('_', ' ');
    }
}
