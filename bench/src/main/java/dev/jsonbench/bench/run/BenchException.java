package dev.jsonbench.bench.run;

/**
 * An error jsonbench reports as one line ({@code jsonbench: message}), never as a stack trace: a {@link Kind#USAGE}
 * error the user can fix on the command line (an unknown backend, a missing file), or a {@link Kind#FAILURE} of the
 * work itself (a rejected document, a failed profile). The command line maps the kind to its exit code.
 */
public final class BenchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whose fault it is, which decides the exit code. */
    public enum Kind {
        USAGE, FAILURE
    }

    private final Kind kind;

    private BenchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static BenchException usage(String message) {
        return new BenchException(Kind.USAGE, message);
    }

    public static BenchException failure(String message) {
        return new BenchException(Kind.FAILURE, message);
    }

    public Kind kind() {
        return kind;
    }
}
