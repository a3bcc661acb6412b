package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.contestant.external.ProjectRoot;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.CurrentJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code jsonbench jmh [JMH options]}: runs the JMH benchmarks of {@code bench/jmh} (every backend through the API
 * against the library called directly) in JMH's own forks, and keeps JMH's JSON result file.
 */
@Command(name = "jmh", subcommands = JmhCommand.Overhead.class,
        description = {"Runs the JMH microbenchmarks (bench/jmh): DecoderBenchmark (through the API) and DirectBenchmark "
                + "(each library without its adapter), in the same run.",
                "Any JMH option may follow, e.g. 'jsonbench jmh DecoderBenchmark -p backend=gson -prof gc' or "
                + "'jsonbench jmh -h' for JMH's own help. Unless -rff is given, JMH's JSON result goes to "
                + "results/<timestamp>/jmh.json.",
                "'jsonbench jmh overhead' measures each adapter against its library, interleaved (see its --help)."})
final class JmhCommand implements Callable<Integer> {

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
     * fork at a time, adapter and direct forks next to each other in every round.
     */
    @Command(name = "overhead",
            description = {"Measures each adapter's overhead over its library called directly: per round, one JMH fork each "
                    + "of the adapter (DecoderBenchmark), the library (DirectBenchmark) and, for dsljson, jsoniter and gson, "
                    + "the library behind the strict validator; overhead = median over rounds of the paired ratio - 1. "
                    + "Defaults take about 16 minutes.",
                    "Options go to AdapterOverhead as they are: --backends, --modes, --rounds (5), --warmup-iterations (3), "
                    + "--iterations (3), --time (1 s), --out FILE (default results/<timestamp>/adapter-overhead.json)."})
    static final class Overhead implements Callable<Integer> {

        static final String MAIN = "dev.jsonbench.jmh.AdapterOverhead";

        @Option(names = "--help", usageHelp = true, description = "Show this help.")
        boolean help;

        @Unmatched
        List<String> options = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<String> command = java("-cp", jar().toString(), MAIN);
            command.addAll(options);
            if (options.stream().noneMatch(o -> o.equals("--out") || o.startsWith("--out="))) {
                command.addAll(List.of("--out", resultsDirectory().resolve("adapter-overhead.json").toString()));
            }
            return run(command);
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
