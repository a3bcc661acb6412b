package dev.jsonbench.bench;

/**
 * An error the user can act on: printed as one line ({@code jsonbench: message}), never a stack trace, and
 * mapped to the exit code (2: usage, e.g. an unknown backend or a missing file; 1: failure).
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(Main.EXIT_USAGE, message);
    }

    public static CliException failure(String message) {
        return new CliException(Main.EXIT_FAILURE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
