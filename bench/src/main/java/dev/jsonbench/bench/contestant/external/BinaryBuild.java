package dev.jsonbench.bench.contestant.external;

import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.run.ForkOutcome;
import dev.jsonbench.bench.run.Supervisor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes a {@link RunnerBinary} ready to measure: finds its toolchain, builds it when a source file is newer than
 * the binary (never otherwise), and reads its {@code --list}. Nothing here throws for a missing toolchain or a
 * broken build: the answer says {@code skipped} or {@code failed} with the reason, and the run goes on.
 */
public final class BinaryBuild {

    /** A cold {@code cargo build --release} of serde_json and sonic-rs takes a few minutes on 2 cores. */
    static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);
    static final Duration LIST_TIMEOUT = Duration.ofSeconds(60);
    /** Lines of the build log quoted in a failure's reason. */
    static final int TAIL_LINES = 6;

    /**
     * What became of a binary.
     *
     * @param status  ok, skipped (toolchain missing) or failed (build or {@code --list})
     * @param reason  why not ok; null when ok
     * @param listed  its {@code --list} when ok
     * @param built   whether it was (re)built just now
     */
    public record Outcome(RunnerBinary binary, Status status, String reason, List<RunnerListing> listed, boolean built) {

        public Outcome {
            listed = List.copyOf(listed);
        }

        public boolean ok() {
            return status == Status.ok;
        }
    }

    private BinaryBuild() {
    }

    /** The reason a missing toolchain gives: {@code cargo not found (install Rust to include serde_json)}. */
    public static String missingToolchain(RunnerBinary binary) {
        return binary.tool() + " not found (" + binary.installHint() + ")";
    }

    /**
     * @param searchPath where the toolchain is looked up (and the build's {@code PATH})
     * @param log        progress lines (a build can take minutes); may be null
     */
    public static Outcome prepare(RunnerBinary binary, String searchPath, PrintWriter log) {
        Optional<Path> tool = Toolchain.find(binary.tool(), searchPath);
        if (tool.isEmpty()) {
            return new Outcome(binary, Status.skipped, missingToolchain(binary), List.of(), false);
        }
        boolean built = false;
        String stale = binary.staleness();
        if (stale != null) {
            say(log, "jsonbench: building the " + binary.id() + " runners (" + binary.buildCommand() + " in "
                    + binary.sourceDir() + "; " + stale + ")...");
            String problem = build(binary, tool.get(), searchPath);
            if (problem != null) {
                say(log, "jsonbench: " + problem);
                return new Outcome(binary, Status.failed, problem, List.of(), false);
            }
            built = true;
        }
        return list(binary, built);
    }

    /** What the built binary says it offers ({@code --list}), without building it. */
    public static Outcome list(RunnerBinary binary, boolean built) {
        ForkOutcome list = new Supervisor(binary.sourceDir()).run(List.of(binary.binary().toString(), "--list"), LIST_TIMEOUT);
        String exit = list.exitProblem();
        if (exit != null) {
            return new Outcome(binary, Status.failed, binary.binary().getFileName() + " --list " + exit, List.of(), built);
        }
        try {
            return new Outcome(binary, Status.ok, null, RunnerList.parse(list.stdout()), built);
        } catch (IllegalArgumentException e) {
            return new Outcome(binary, Status.failed, binary.binary().getFileName() + " --list printed a bad runner list: "
                    + e.getMessage(), List.of(), built);
        }
    }

    /** Runs the build, its output into {@link RunnerBinary#buildLog()}; null when it worked, else why not. */
    static String build(RunnerBinary binary, Path tool, String searchPath) {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(binary.buildArgs());
        Path logFile = binary.buildLog();
        String what = "`" + binary.buildCommand() + "` in " + binary.sourceDir();
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(binary.sourceDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().put("PATH", searchPath);
            builder.environment().putAll(binary.buildEnv());
            long started = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(BUILD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                return "build timed out after " + BUILD_TIMEOUT.toMinutes() + " min: " + what + tail(logFile);
            }
            int exit = process.exitValue();
            if (exit != 0) {
                return "build failed (exit " + exit + "): " + what + tail(logFile);
            }
            if (!Files.isRegularFile(binary.binary())) {
                return "build succeeded but produced no " + binary.binary() + ": " + what + tail(logFile);
            }
            // go build leaves an up-to-date output untouched: mark the binary as built now, or it would look stale forever.
            Files.setLastModifiedTime(binary.binary(), FileTime.fromMillis(System.currentTimeMillis()));
            Files.writeString(logFile, String.format("%n[jsonbench: %s finished in %.1f s]%n", binary.buildCommand(),
                    (System.nanoTime() - started) / 1e9), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            return null;
        } catch (IOException e) {
            return "build could not run: " + what + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "build interrupted: " + what;
        }
    }

    /** "; last lines: a | b | c (full log: path)" */
    static String tail(Path logFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return " (no build log: " + e.getMessage() + ")";
        }
        List<String> meaningful = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> last = meaningful.subList(Math.max(0, meaningful.size() - TAIL_LINES), meaningful.size());
        String joined = String.join(" | ", last);
        if (joined.length() > 600) {
            joined = "..." + joined.substring(joined.length() - 600);
        }
        return (last.isEmpty() ? "; the build printed nothing" : "; last lines: " + joined) + " (full log: " + logFile + ")";
    }

    private static void say(PrintWriter log, String line) {
        if (log != null) {
            log.println(line);
            log.flush();
        }
    }
}
