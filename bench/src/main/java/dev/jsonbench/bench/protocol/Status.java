package dev.jsonbench.bench.protocol;

/**
 * What became of a run or a result, spelled as in {@code compare/PROTOCOL.md} and results.json. Only {@link #ok}
 * results are ranked.
 */
public enum Status {
    /** Measured, and every decoded result had the expected digest. */
    ok,
    /** A decoded result's digest differed from the expected one: the figures describe different work. */
    wrong,
    /** The run could not be measured: a crash, a time limit, garbage on stdout, an exception. */
    failed,
    /** Not run, with the reason (mode unsupported, toolchain missing, not the fixture model). */
    skipped,
    /**
     * The run was stopped (SIGINT, SIGTERM) before this result was complete; the figures of the runs that finished are
     * kept, but it is not ranked.
     */
    interrupted;

    /** Failed or wrong: a result that makes a command exit with a failure. */
    public boolean bad() {
        return this == failed || this == wrong;
    }
}
