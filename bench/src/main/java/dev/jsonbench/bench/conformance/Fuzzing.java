package dev.jsonbench.bench.conformance;

import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.CurrentJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bounded differential fuzzing run: Jazzer's driver (libFuzzer, coverage-guided, with comparison hooks) in a forked
 * JVM, feeding {@link FuzzTarget}. It starts from the working corpus kept in {@code out/corpus} (it grows run after
 * run) and the seed directories, stops after the given time or at the first finding, and saves each finding as a
 * file in {@code out/findings}: {@code crash-*} (a disagreement or an exception), {@code timeout-*} (one input over
 * the input time limit), {@code oom-*}. The driver's output goes to {@code out/jazzer.log}.
 *
 * @param seconds      how long to fuzz
 * @param inputTimeout the time one input may take before it counts as a hang
 * @param backends     the adapters to check (empty: every adapter on the class path)
 * @param out          the working directory: corpus, findings, log
 * @param seeds        directories of seed documents (the project's corpus)
 */
public record Fuzzing(long seconds, Duration inputTimeout, List<String> backends, Path out, List<Path> seeds) {

    /** Inputs are small documents: large ones are the hostile cases, measured separately. */
    static final int MAX_INPUT_BYTES = 4096;
    /** The fork's heap; libFuzzer's RSS limit is set above it so that a Java OutOfMemoryError is what reports. */
    static final String HEAP = "2g";
    static final int RSS_LIMIT_MB = 4096;
    /**
     * The classes whose coverage guides the fuzzer: ours and the libraries'. Not simdjson-java's: instrumented, its
     * Vector API code falls back to the interpreter now and then and takes seconds on a 100-byte input, a false hang.
     */
    static final String INSTRUMENTED = String.join(":", "dev.jsonbench.**", "com.fasterxml.jackson.**",
            "com.dslplatform.**", "com.jsoniter.**", "com.google.gson.**");
    private static final Set<String> FINDING_PREFIXES = Set.of("crash-", "timeout-", "oom-", "leak-", "slow-unit-");
    private static final Pattern DONE = Pattern.compile("^Done (\\d+) runs in (\\d+) second", Pattern.MULTILINE);

    /**
     * What a run did.
     *
     * @param executions inputs tried (libFuzzer's count), -1 when it did not say
     * @param findings   the files saved for this run's findings
     * @param messages   the findings as Jazzer described them (the exception or libFuzzer's error line)
     * @param exitCode   the driver's exit code
     */
    public record Outcome(long executions, long seconds, List<Path> findings, List<String> messages, int exitCode,
                          Path log) {
    }

    /** The driver's command line. */
    List<String> command() {
        List<String> command = new ArrayList<>(List.of(CurrentJvm.javaBinary(), "-Xms" + HEAP, "-Xmx" + HEAP,
                "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-XX:+EnableDynamicAgentLoading"));
        if (!backends.isEmpty()) {
            command.add("-D" + FuzzTarget.BACKENDS_PROPERTY + "=" + String.join(",", backends));
        }
        command.addAll(List.of("-cp", CurrentJvm.absoluteClassPath(), "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + FuzzTarget.class.getName(), "--instrumentation_includes=" + INSTRUMENTED,
                "-max_total_time=" + seconds, "-timeout=" + Math.max(1, inputTimeout.toSeconds()),
                "-max_len=" + MAX_INPUT_BYTES, "-rss_limit_mb=" + RSS_LIMIT_MB,
                "-artifact_prefix=" + findings().toAbsolutePath() + "/", corpus().toAbsolutePath().toString()));
        seeds.forEach(dir -> command.add(dir.toAbsolutePath().toString()));
        return command;
    }

    Path corpus() {
        return out.resolve("corpus");
    }

    Path findings() {
        return out.resolve("findings");
    }

    /** Runs the driver to its end (a grace period beyond {@code seconds} for start-up, then it is killed). */
    public Outcome run() {
        Path log = out.resolve("jazzer.log");
        List<Path> before;
        Process process;
        try {
            Files.createDirectories(corpus());
            Files.createDirectories(findings());
            before = findingFiles();
            process = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw BenchException.failure("cannot start the fuzzer: " + e.getMessage());
        }
        int exit;
        try {
            if (!process.waitFor(seconds + 300, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            exit = process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw BenchException.failure("interrupted while fuzzing");
        }
        String text;
        List<Path> found;
        try {
            text = Files.readString(log, StandardCharsets.UTF_8);
            found = findingFiles();
        } catch (IOException e) {
            throw BenchException.failure("cannot read the fuzzer's output " + log + ": " + e.getMessage());
        }
        found.removeAll(before);
        Matcher done = DONE.matcher(text);
        long executions = -1;
        long ran = 0;
        while (done.find()) {
            executions = Long.parseLong(done.group(1));
            ran = Long.parseLong(done.group(2));
        }
        List<String> messages = text.lines().map(String::strip)
                .filter(l -> l.startsWith("== Java Exception:") || l.startsWith("==") && l.contains("ERROR: libFuzzer"))
                .distinct().toList();
        if (exit != 0 && found.isEmpty() && messages.isEmpty()) {
            throw BenchException.failure("the fuzzer exited with code " + exit + " without a finding: see " + log);
        }
        return new Outcome(executions, ran, found, messages, exit, log);
    }

    private List<Path> findingFiles() throws IOException {
        try (Stream<Path> files = Files.list(findings())) {
            return new ArrayList<>(files.filter(f -> FINDING_PREFIXES.stream()
                    .anyMatch(p -> f.getFileName().toString().startsWith(p))).sorted().toList());
        }
    }
}
