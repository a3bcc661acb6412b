package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.contestant.external.ProjectRoot;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.CurrentJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code jsonbench jmh [JMH options]}: runs the JMH benchmarks of {@code bench/jmh} (every backend through the API
 * against the library called directly) in JMH's own forks, and keeps JMH's JSON result file.
 */
@Command(name = "jmh", subcommands = {JmhCommand.Overhead.class, JmhCommand.Pool.class, JmhCommand.Validator.class},
        description = {"Runs the JMH microbenchmarks (bench/jmh): DecoderBenchmark (through the API) and DirectBenchmark "
                + "(each library without its adapter), in the same run.",
                "Any JMH option may follow, e.g. 'jsonbench jmh DecoderBenchmark -p backend=gson -prof gc' or "
                + "'jsonbench jmh -h' for JMH's own help. Unless -rff is given, JMH's JSON result goes to "
                + "results/<timestamp>/jmh.json.",
                "'jsonbench jmh overhead' measures each adapter against its library, interleaved (see its --help); "
                + "'jsonbench jmh pool' puts the rounds of several such runs together; "
                + "'jsonbench jmh validator' the strict validator's throughput in GB/s."})
public final class JmhCommand implements Callable<Integer> {

    static final String JAR = "bench/jmh/target/jsonbench-jmh.jar";

    @Option(names = "--help", usageHelp = true, description = "Show this help (JMH's own: -h).")
    boolean help;

    /** Everything else goes to JMH as it is, options included. */
    @Unmatched
    List<String> jmhOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> command = java("-jar", jar().toString());
        if (!jmhOptions.contains("-rff") && !jmhOptions.contains("-h") && !jmhOptions.contains("-l")) {
            command.addAll(List.of("-rf", "json", "-rff", resultsDirectory().resolve("jmh.json").toString()));
        }
        command.addAll(jmhOptions);
        return run(command);
    }

    /**
     * {@code jsonbench jmh overhead}: the adapter-overhead measurement of bench/jmh ({@code AdapterOverhead}), one JMH
     * fork at a time, adapter and direct forks next to each other in every round. The options are checked here and
     * handed to {@code AdapterOverhead} written out in full.
     */
    @Command(name = "overhead",
            description = {"Measures each adapter's overhead over its library called directly: per round, one JMH fork each "
                    + "of the adapter (DecoderBenchmark), the library (DirectBenchmark) and, for dsljson, jsoniter and gson, "
                    + "the library behind the strict validator; overhead = median over rounds of the paired ratio - 1, with "
                    + "its 95%% distribution-free interval, in time and in thread CPU time, and B/op of both sides "
                    + "(AdapterOverhead in the JMH jar). The defaults take about 30 minutes.",
                    "The JSON result goes to results/<timestamp>/adapter-overhead.json unless --out is given."})
    static final class Overhead implements Callable<Integer> {

        static final String MAIN = "dev.jsonbench.jmh.AdapterOverhead";

        @Option(names = "--help", usageHelp = true, description = "Show this help.")
        boolean help;

        @Mixin
        OverheadOptions options = new OverheadOptions();

        @Override
        public Integer call() throws Exception {
            options.check();
            List<String> command = java("-cp", jar().toString(), MAIN);
            command.addAll(options.arguments());
            if (options.out() == null) {
                command.addAll(List.of("--out", resultsDirectory().resolve("adapter-overhead.json").toString()));
            }
            return run(command);
        }
    }

    /** {@code jsonbench jmh pool}: the rounds of earlier overhead runs in one table ({@code OverheadPool} in the JMH jar). */
    @Command(name = "pool",
            description = {"Pools the rounds of earlier 'jsonbench jmh overhead' runs, measured with the same options, into "
                    + "one table: every file's per-round ratios of a pair together, median and 95%% interval as in a single "
                    + "run (OverheadPool in the JMH jar). On a machine whose forks vary by more than the effect, three runs "
                    + "of 10 rounds give the intervals of one run of 30."})
    static final class Pool implements Callable<Integer> {

        static final String MAIN = "dev.jsonbench.jmh.OverheadPool";

        @Option(names = "--help", usageHelp = true, description = "Show this help.")
        boolean help;

        @Parameters(paramLabel = "FILE", arity = "2..*", description = "Two or more adapter-overhead JSON files.")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            List<String> command = java("-cp", jar().toString(), MAIN);
            files.forEach(file -> command.add(file.toAbsolutePath().toString()));
            return run(command);
        }
    }

    /** {@code jsonbench jmh validator}: the validator's throughput ({@code ValidatorThroughput} in the JMH jar). */
    @Command(name = "validator",
            description = {"The strict validator's throughput in GB/s on the bundled fixture and on each generated shape, "
                    + "vector pass, its lexical subset and scalar pass (ValidatorBenchmark, through ValidatorThroughput in the JMH "
                    + "jar).",
                    "Options go to ValidatorThroughput as they are: --size, --forks, --iterations, --warmup-iterations, "
                    + "--time."})
    static final class Validator implements Callable<Integer> {

        static final String MAIN = "dev.jsonbench.jmh.ValidatorThroughput";

        @Option(names = "--help", usageHelp = true, description = "Show this help.")
        boolean help;

        @Unmatched
        List<String> options = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<String> command = java("-cp", jar().toString(), MAIN);
            command.addAll(options);
            return run(command);
        }
    }

    /**
     * The options of the adapter-overhead measurement and their defaults, in one place: {@code jsonbench jmh
     * overhead} parses and checks them, then hands them to {@code AdapterOverhead} in the JMH jar written out in full
     * ({@link #arguments()}), which parses them with this same class.
     */
    public static final class OverheadOptions {

        /** The adapters the JMH benchmarks cover, in the order of the table. */
        public static final List<String> BACKENDS = List.of("jackson", "dsljson", "jsoniter", "gson", "simdjson");

        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        @Option(names = "--backends", split = ",", paramLabel = "NAME", defaultValue = "jackson,dsljson,jsoniter,gson,simdjson",
                description = "Backends, comma-separated (default: ${DEFAULT-VALUE}).")
        List<String> backends;

        @Option(names = "--modes", split = ",", paramLabel = "MODE", defaultValue = "typed,tree",
                description = "Modes: typed, tree (default: ${DEFAULT-VALUE}).")
        List<Mode> modes;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "10",
                description = "Rounds, one fork of every benchmark each; the 95%% interval of the median needs 6 or more "
                        + "(default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--warmup-iterations", paramLabel = "N", defaultValue = "3",
                description = "JMH warm-up iterations per fork (default: ${DEFAULT-VALUE}).")
        int warmupIterations;

        @Option(names = "--iterations", paramLabel = "N", defaultValue = "3",
                description = "JMH measured iterations per fork (default: ${DEFAULT-VALUE}).")
        int iterations;

        @Option(names = "--time", paramLabel = "SECONDS", defaultValue = "1",
                description = "Seconds per iteration, warm-up and measured (default: ${DEFAULT-VALUE}).")
        double timeSeconds;

        @Option(names = "--out", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
        Path out;

        /**
         * Checks what picocli's types do not: known backends, counts and times in range, an existing directory for
         * {@code --out} (checked now rather than after an hour of measuring).
         *
         * @throws ParameterException naming the option
         */
        public void check() {
            for (String backend : backends) {
                if (!BACKENDS.contains(backend)) {
                    throw usage("--backends: unknown backend '" + backend + "' (known: " + String.join(",", BACKENDS) + ")");
                }
            }
            requireAtLeast("--rounds", rounds, 1);
            requireAtLeast("--warmup-iterations", warmupIterations, 0);
            requireAtLeast("--iterations", iterations, 1);
            // At least a millisecond, JMH's unit here; and finite (Double.parseDouble takes "Infinity").
            if (!(timeSeconds >= 0.001 && timeSeconds <= 3600)) {
                throw usage("--time takes seconds between 0.001 and 3600, not " + timeSeconds);
            }
            if (out != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
                throw usage("--out: no directory " + out.toAbsolutePath().getParent());
            }
        }

        /** Every option written out, so that the receiving side needs no default of its own. */
        public List<String> arguments() {
            List<String> arguments = new ArrayList<>(List.of(
                    "--backends", String.join(",", backends()),
                    "--modes", String.join(",", modes().stream().map(Mode::name).toList()),
                    "--rounds", Integer.toString(rounds),
                    "--warmup-iterations", Integer.toString(warmupIterations),
                    "--iterations", Integer.toString(iterations),
                    "--time", Double.toString(timeSeconds)));
            if (out != null) {
                arguments.addAll(List.of("--out", out.toAbsolutePath().toString()));
            }
            return arguments;
        }

        /** Without repetitions, in the order given. */
        public List<String> backends() {
            return List.copyOf(new LinkedHashSet<>(backends));
        }

        public List<Mode> modes() {
            return List.copyOf(new LinkedHashSet<>(modes));
        }

        public int rounds() {
            return rounds;
        }

        public int warmupIterations() {
            return warmupIterations;
        }

        public int iterations() {
            return iterations;
        }

        public double timeSeconds() {
            return timeSeconds;
        }

        /** The JSON output file, absolute, or null. */
        public Path out() {
            return out == null ? null : out.toAbsolutePath();
        }

        private void requireAtLeast(String option, int value, int min) {
            if (value < min) {
                throw usage(option + " takes a whole number >= " + min + ", not " + value);
            }
        }

        private ParameterException usage(String message) {
            return new ParameterException(command.commandLine(), message);
        }
    }

    /** The JMH uber-jar, built by ./jsonbench with every module. */
    static Path jar() {
        Path jar = ProjectRoot.requireCompareDirectory().getParent().resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            throw BenchException.usage("no JMH jar at " + jar + ": build it with ./jsonbench (it builds every module)");
        }
        return jar;
    }

    private static List<String> java(String... args) {
        // The harness JVM loads no backend, but JMH's use of sun.misc.Unsafe warns on JDK 25: the warning is JMH's.
        List<String> command = new ArrayList<>(List.of(CurrentJvm.javaBinary(), "--add-modules=jdk.incubator.vector",
                "--sun-misc-unsafe-memory-access=allow"));
        command.addAll(List.of(args));
        return command;
    }

    private static Path resultsDirectory() throws java.io.IOException {
        Path out = OutputDirectory.orDefault(null, "");
        Files.createDirectories(out);
        return out;
    }

    private static int run(List<String> command) throws Exception {
        return new ProcessBuilder(command).inheritIO().start().waitFor() == 0 ? ExitCode.OK.code() : ExitCode.FAILURE.code();
    }
}
