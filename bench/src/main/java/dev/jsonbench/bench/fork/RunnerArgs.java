package dev.jsonbench.bench.fork;

import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import java.nio.file.Path;

/**
 * The runner protocol's arguments ({@code compare/PROTOCOL.md}) plus the Java fork's own {@code --profile-jfr} and
 * {@code --type NAME --classpath PATH} (typed mode into a user's type) and {@code --validate --batch}.
 * Parsed by hand: the fork loads as little as it can besides the contestant.
 */
record RunnerArgs(boolean list, String runner, Path fixture, Mode mode, int iterations, int warmup,
                  String expectDigest, Measure measure, int retainCopies, Path profileFile, UserType userType,
                  boolean validate, boolean batch) {

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static RunnerArgs parse(String[] args) throws UsageException {
        boolean list = false;
        boolean validate = false;
        boolean batch = false;
        String runner = null;
        Path fixture = null;
        Mode mode = null;
        Integer iterations = null;
        Integer warmup = null;
        String digest = null;
        Measure measure = Measure.time;
        Integer retainCopies = null;
        Path profile = null;
        String type = null;
        String classpath = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--list" -> list = true;
                case "--validate" -> validate = true;
                case "--batch" -> batch = true;
                case "--runner" -> runner = value(args, ++i, arg);
                case "--fixture" -> fixture = Path.of(value(args, ++i, arg));
                case "--mode" -> mode = word(Mode.class, value(args, ++i, arg), arg);
                case "--iterations" -> iterations = number(value(args, ++i, arg), arg, 1);
                case "--warmup" -> warmup = number(value(args, ++i, arg), arg, 0);
                case "--expect-digest" -> digest = value(args, ++i, arg);
                case "--measure" -> measure = word(Measure.class, value(args, ++i, arg), arg);
                case "--retain-copies" -> retainCopies = number(value(args, ++i, arg), arg, 1);
                case "--profile-jfr" -> {
                    measure = Measure.profile;
                    profile = Path.of(value(args, ++i, arg));
                }
                case "--type" -> type = value(args, ++i, arg);
                case "--classpath" -> classpath = value(args, ++i, arg);
                default -> throw new UsageException("unknown argument: " + arg);
            }
        }
        if (list) {
            return new RunnerArgs(true, null, null, null, 0, 0, null, measure, 0, null, null, false, false);
        }
        if (validate) {
            require(runner, "--runner");
            if (batch == (fixture != null)) {
                throw new UsageException("--validate takes either --fixture PATH or --batch (paths on stdin)");
            }
            if (mode != null || iterations != null || warmup != null || digest != null || retainCopies != null
                    || profile != null || measure != Measure.time || type != null) {
                throw new UsageException("--validate takes only --runner and --fixture or --batch");
            }
            return new RunnerArgs(false, runner, fixture, null, 0, 0, null, measure, 0, null, null, true, batch);
        }
        if (batch) {
            throw new UsageException("--batch goes with --validate");
        }
        require(runner, "--runner");
        require(fixture, "--fixture");
        require(mode, "--mode");
        require(iterations, "--iterations");
        require(warmup, "--warmup");
        require(digest, "--expect-digest");
        if (!digest.matches("[0-9a-f]{16}")) {
            throw new UsageException("--expect-digest must be 16 lowercase hex digits, was '" + digest + "'");
        }
        if (measure == Measure.profile && profile == null) {
            throw new UsageException("--measure profile needs --profile-jfr FILE");
        }
        if (retainCopies != null && measure != Measure.count) {
            throw new UsageException("--retain-copies goes with --measure count");
        }
        if (classpath != null && type == null) {
            throw new UsageException("--classpath goes with --type");
        }
        return new RunnerArgs(false, runner, fixture, mode, iterations, warmup, digest, measure,
                retainCopies == null ? 1 : retainCopies, profile, type == null ? null : UserType.of(type, classpath),
                false, false);
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static <E extends Enum<E>> E word(Class<E> type, String value, String option) throws UsageException {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new UsageException(option + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                + ", was '" + value + "'");
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
