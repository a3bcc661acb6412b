package dev.jsonbench.bench;

import dev.jsonbench.bench.compare.ProjectRoot;
import dev.jsonbench.bench.orchestra.JavaContestant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
@Command(name = "jmh",
        description = {"Runs the JMH microbenchmarks (bench/jmh): DecoderBenchmark (through the API) and DirectBenchmark "
                + "(each library without its adapter), in the same run.",
                "Any JMH option may follow, e.g. 'jsonbench jmh DecoderBenchmark -p backend=gson -prof gc' or "
                + "'jsonbench jmh -h' for JMH's own help. Unless -rff is given, JMH's JSON result goes to "
                + "results/<timestamp>/jmh.json."})
public final class JmhCommand implements Callable<Integer> {

    static final String JAR = "bench/jmh/target/jsonbench-jmh.jar";

    @Option(names = "--help", usageHelp = true, description = "Show this help (JMH's own: -h).")
    boolean help;

    /** Everything else goes to JMH as it is, options included. */
    @Unmatched
    List<String> jmhOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path jar = ProjectRoot.requireCompareDirectory().getParent().resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            throw CliException.usage("no JMH jar at " + jar + ": build it with ./jsonbench (it builds every module)");
        }
        List<String> command = new ArrayList<>(List.of(JavaContestant.currentJava(), "--add-modules=jdk.incubator.vector",
                "-jar", jar.toString()));
        if (!jmhOptions.contains("-rff") && !jmhOptions.contains("-h") && !jmhOptions.contains("-l")) {
            Path out = Path.of("results", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.createDirectories(out);
            command.addAll(List.of("-rf", "json", "-rff", out.resolve("jmh.json").toString()));
        }
        command.addAll(jmhOptions);
        return new ProcessBuilder(command).inheritIO().start().waitFor() == 0 ? Main.EXIT_OK : Main.EXIT_FAILURE;
    }
}
