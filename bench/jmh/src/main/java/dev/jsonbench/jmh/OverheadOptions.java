package dev.jsonbench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.TimeValue;

/** {@link AdapterOverhead}'s command line. */
record OverheadOptions(
        List<String> backends,
        List<String> modes,
        int rounds,
        int warmupIterations,
        int iterations,
        double timeSeconds,
        Path out,
        boolean help) {

    static final String USAGE = """
            Usage: AdapterOverhead [options]
            Measures each adapter's overhead over its library called directly: per round, one JMH fork each of
            DecoderBenchmark.decode (adapter), DirectBenchmark.<backend>_<mode> (direct) and, for dsljson, jsoniter and
            gson, DirectBenchmark.<backend>_<mode>_validated; overhead = median over rounds of adapter/direct - 1.

              --backends a,b            backends (default jackson,dsljson,jsoniter,gson,simdjson)
              --modes typed,tree        modes (default typed,tree)
              --rounds N                rounds, one fork of every benchmark each (default 5)
              --warmup-iterations N     JMH warm-up iterations per fork (default 3)
              --iterations N            JMH measured iterations per fork (default 3)
              --time S                  seconds per iteration, warm-up and measured (default 1)
              --out FILE                also write the results as JSON to FILE
              --help                    this text
            """;

    /** Parses {@code --name value} and {@code --name=value}; any error is a {@link UsageException}. */
    static OverheadOptions parse(String... args) throws UsageException {
        List<String> backends = OverheadPlan.BACKENDS;
        List<String> modes = OverheadPlan.MODES;
        int rounds = 5;
        int warmupIterations = 3;
        int iterations = 3;
        double timeSeconds = 1;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (name.equals("--help") || name.equals("-h")) {
                return new OverheadOptions(backends, modes, rounds, warmupIterations, iterations, timeSeconds, out, true);
            }
            if (!List.of("--backends", "--modes", "--rounds", "--warmup-iterations", "--iterations", "--time", "--out")
                    .contains(name)) {
                throw new UsageException("unknown option " + args[i]);
            }
            if (value == null) {
                if (i + 1 == args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--backends" -> backends = names(name, value, OverheadPlan.BACKENDS);
                case "--modes" -> modes = names(name, value, OverheadPlan.MODES);
                case "--rounds" -> rounds = integer(name, value, 1);
                case "--warmup-iterations" -> warmupIterations = integer(name, value, 0);
                case "--iterations" -> iterations = integer(name, value, 1);
                case "--time" -> timeSeconds = seconds(name, value);
                default -> out = outputFile(value);
            }
        }
        return new OverheadOptions(backends, modes, rounds, warmupIterations, iterations, timeSeconds, out, false);
    }

    /** The JMH iteration time; JMH counts in whole units, so milliseconds. */
    TimeValue iterationTime() {
        return new TimeValue(Math.round(timeSeconds * 1000), TimeUnit.MILLISECONDS);
    }

    private static List<String> names(String option, String value, List<String> known) throws UsageException {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String name : value.split(",", -1)) {
            String trimmed = name.strip();
            if (!known.contains(trimmed)) {
                throw new UsageException(option + ": unknown name '" + trimmed + "' (known: " + String.join(",", known) + ")");
            }
            names.add(trimmed);
        }
        return List.copyOf(names);
    }

    private static int integer(String option, String value, int min) throws UsageException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, as any value out of range
        }
        throw new UsageException(option + " takes a whole number >= " + min + ", not '" + value + "'");
    }

    private static double seconds(String option, String value) throws UsageException {
        try {
            double s = Double.parseDouble(value.strip());
            // At least one millisecond, JMH's unit here; and finite (parseDouble takes "Infinity").
            if (s >= 0.001 && s <= 3600) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below, as any value out of range
        }
        throw new UsageException(option + " takes seconds between 0.001 and 3600, not '" + value + "'");
    }

    /** Checked now rather than after an hour of measuring. */
    private static Path outputFile(String value) throws UsageException {
        Path out = Path.of(value).toAbsolutePath();
        if (!Files.isDirectory(out.getParent())) {
            throw new UsageException("--out: no directory " + out.getParent());
        }
        return out;
    }

    /** A bad command line; the message is one line for stderr. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
