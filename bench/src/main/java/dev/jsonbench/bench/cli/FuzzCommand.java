package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.conformance.Corpus;
import dev.jsonbench.bench.conformance.Fuzzing;
import dev.jsonbench.bench.run.BenchException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jsonbench fuzz}: differential fuzzing of the Java adapters. */
@Command(name = "fuzz", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Differential fuzzing with Jazzer (coverage-guided libFuzzer for the JVM): every input goes to every Java "
                        + "adapter, as a tree and typed into a record, and to the reference (the strict validator and a "
                        + "plain reader). All must agree on accept or reject and, on accept, on the value (equals(), maps "
                        + "in order). A disagreement, an exception other than JsonDecodeException, one input taking longer "
                        + "than --input-timeout, or an OutOfMemoryError is a finding: the run stops and saves the input.",
                "",
                "The working corpus is kept in OUT/corpus and grows run after run; findings go to OUT/findings, the "
                        + "fuzzer's output to OUT/jazzer.log. A finding, once fixed, belongs in the corpus as a case: "
                        + "adapters/conformance/corpus/<y|n|i>_regression_<what>.json."},
        footer = {"", "Exit codes: 0 no finding, 1 a finding (or the fuzzer failed), 2 usage error."})
final class FuzzCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "60", order = 1,
            description = "How long to fuzz (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--backends", split = ",", paramLabel = "NAME", order = 2,
            description = "Adapters to compare (default: every adapter on the class path).")
    List<String> backends;

    @Option(names = "--input-timeout", paramLabel = "SECONDS", defaultValue = "1", order = 3,
            description = "One input taking longer than this is a hang (default: ${DEFAULT-VALUE}).")
    long inputTimeout;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/fuzz", order = 4,
            description = "Working directory: corpus, findings, log (default: ${DEFAULT-VALUE}, kept between runs).")
    Path out;

    @Option(names = "--seeds", paramLabel = "DIR", split = ",", order = 5,
            description = "Seed documents (default: the project's corpus, " + Corpus.PROJECT_DIRECTORY + ").")
    List<Path> seeds;

    @Override
    public Integer call() {
        if (seconds < 1 || inputTimeout < 1) {
            throw BenchException.usage("--seconds and --input-timeout must be at least 1");
        }
        List<Path> seedDirs = new ArrayList<>();
        if (seeds != null) {
            for (Path dir : seeds) {
                if (!Files.isDirectory(dir)) {
                    throw BenchException.usage("--seeds " + dir + " is not a directory");
                }
                seedDirs.add(dir);
            }
        } else {
            Corpus.projectDirectory().filter(Files::isDirectory).ifPresent(seedDirs::add);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("jsonbench: fuzzing for " + seconds + " s (output: " + out.resolve("jazzer.log") + ")...");
        err.flush();
        Fuzzing.Outcome outcome = new Fuzzing(seconds, Duration.ofSeconds(inputTimeout),
                backends == null ? List.of() : backends, out, seedDirs).run();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Fuzzed for " + outcome.seconds() + " s: " + (outcome.executions() < 0 ? "an unknown number of"
                : String.format("%,d", outcome.executions())) + " inputs; " + outcome.findings().size() + " finding"
                + (outcome.findings().size() == 1 ? "" : "s") + ".");
        outcome.messages().forEach(m -> stdout.println("  " + m));
        outcome.findings().forEach(f -> stdout.println("  saved: " + f));
        stdout.flush();
        return outcome.findings().isEmpty() && outcome.messages().isEmpty() ? ExitCode.OK.code() : ExitCode.FAILURE.code();
    }
}
