package dev.jsonbench.jmh;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs {@link ValidatorBenchmark} for every document and every pass and prints the validator's throughput in GB/s
 * (document bytes per ns of the JMH score), with the score's 99.9% error as JMH computes it.
 */
@Command(name = "ValidatorThroughput", mixinStandardHelpOptions = true,
        description = "The strict validator's throughput (GB/s) on the fixture and on each generated shape: vector pass,"
                + " its lexical subset and scalar pass (ValidatorBenchmark).")
public final class ValidatorThroughput implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "64k", description = "Size of the generated shapes (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--forks", defaultValue = "2", description = "JMH forks per benchmark (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--iterations", defaultValue = "5", description = "Measured iterations per fork (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup-iterations", defaultValue = "3",
            description = "Warm-up iterations per fork (default: ${DEFAULT-VALUE}).")
    int warmupIterations;

    @Option(names = "--time", defaultValue = "1", description = "Seconds per iteration (default: ${DEFAULT-VALUE}).")
    double seconds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ValidatorThroughput()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        TimeValue time = new TimeValue(Math.round(seconds * 1000), TimeUnit.MILLISECONDS);
        ByteArrayOutputStream jmhOutput = new ByteArrayOutputStream();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("^" + Pattern.quote(ValidatorBenchmark.class.getName()) + "\\.")
                .param("size", size)
                .forks(forks)
                .warmupIterations(warmupIterations)
                .warmupTime(time)
                .measurementIterations(iterations)
                .measurementTime(time)
                .shouldFailOnError(true)
                .build(), OutputFormatFactory.createFormatInstance(new PrintStream(jmhOutput, true, StandardCharsets.UTF_8),
                VerboseMode.SILENT)).run();
        System.out.print(table(results));
        return 0;
    }

    static String table(Collection<RunResult> results) {
        List<String> lines = new ArrayList<>();
        lines.add("| document | bytes | pass | ns/op | GB/s |");
        lines.add("| --- | ---: | --- | ---: | ---: |");
        for (RunResult result : results) {
            String document = result.getParams().getParam("document");
            int bytes = ValidatorBenchmark.bytes(document, result.getParams().getParam("size")).length;
            double ns = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            lines.add(String.format(Locale.ROOT, "| %s | %,d | %s | %,.0f ± %,.0f | %.2f |", document, bytes,
                    result.getParams().getParam("pass"), ns, Double.isNaN(error) ? 0 : error, bytes / ns));
        }
        return String.join("\n", lines) + "\n";
    }
}
