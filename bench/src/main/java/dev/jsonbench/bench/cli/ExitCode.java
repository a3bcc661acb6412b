package dev.jsonbench.bench.cli;

/** The exit status of every jsonbench command. */
public enum ExitCode {
    /** Done, and every result is ok or skipped. */
    OK(0),
    /** A failure: a rejected document, a failed or wrong result (every other result is still written). */
    FAILURE(1),
    /** A usage error: a bad option, an unknown backend, a missing file. */
    USAGE(2),
    /** {@code compare} or {@code run --baseline}: a row regressed. */
    REGRESSION(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
