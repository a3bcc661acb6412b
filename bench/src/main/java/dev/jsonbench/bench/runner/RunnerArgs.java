package dev.jsonbench.bench.runner;

import java.nio.file.Path;

/** The runner protocol's arguments ({@code compare/PROTOCOL.md}) plus the Java fork's measurement kinds. */
record RunnerArgs(boolean list, String runner, Path fixture, String mode, int iterations, int warmup,
                  String expectDigest, Kind kind, Path profileFile) {

    /** What the fork measures. */
    enum Kind {
        /** Time, bytes per op, peak RSS and GC: the protocol's measured work. */
        TIME,
        /** Exact allocation count with JFR (needs -XX:-UseTLAB); nothing timed. */
        COUNT,
        /** As COUNT, with stack traces, the recording kept for the parent to group. */
        PROFILE
    }

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static RunnerArgs parse(String[] args) throws UsageException {
        boolean list = false;
        String runner = null;
        Path fixture = null;
        String mode = null;
        Integer iterations = null;
        Integer warmup = null;
        String digest = null;
        Kind kind = Kind.TIME;
        Path profile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--list" -> list = true;
                case "--count-allocations" -> kind = Kind.COUNT;
                case "--runner" -> runner = value(args, ++i, arg);
                case "--fixture" -> fixture = Path.of(value(args, ++i, arg));
                case "--mode" -> mode = value(args, ++i, arg);
                case "--iterations" -> iterations = number(value(args, ++i, arg), arg, 1);
                case "--warmup" -> warmup = number(value(args, ++i, arg), arg, 0);
                case "--expect-digest" -> digest = value(args, ++i, arg);
                case "--profile-jfr" -> {
                    kind = Kind.PROFILE;
                    profile = Path.of(value(args, ++i, arg));
                }
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        if (list) {
            return new RunnerArgs(true, null, null, null, 0, 0, null, kind, null);
        }
        require(runner, "--runner");
        require(fixture, "--fixture");
        require(mode, "--mode");
        require(iterations, "--iterations");
        require(warmup, "--warmup");
        require(digest, "--expect-digest");
        if (!mode.equals("typed") && !mode.equals("tree")) {
            throw new UsageException("--mode must be typed or tree, was '" + mode + "'");
        }
        if (!digest.matches("[0-9a-f]{16}")) {
            throw new UsageException("--expect-digest must be 16 lowercase hex digits, was '" + digest + "'");
        }
        return new RunnerArgs(false, runner, fixture, mode, iterations, warmup, digest, kind, profile);
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String value, String option, int min) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n < min) {
                throw new UsageException(option + " must be at least " + min + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number, was '" + value + "'");
        }
    }

    private static void require(Object value, String option) throws UsageException {
        if (value == null) {
            throw new UsageException("missing " + option);
        }
    }
}
