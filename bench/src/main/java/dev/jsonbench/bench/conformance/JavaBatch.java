package dev.jsonbench.bench.conformance;

import dev.jsonbench.bench.contestant.java.JavaContestant;
import dev.jsonbench.bench.fork.JavaRunner;
import dev.jsonbench.bench.run.CurrentJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The verdicts of one Java backend over many documents: a forked JVM ({@code JavaRunner --validate --batch}) is
 * given one path at a time and must answer each within the time limit. A document it does not answer in time is
 * {@code timed_out}, one it dies on is {@code crashed}; either way the fork is killed and a new one goes on with the
 * next document, so that one bad document costs one cell, never the column.
 */
final class JavaBatch {

    /** Heap of every validating fork: room for simdjson-java's default parser (about 480 MiB) and 10 MB documents. */
    static final String HEAP = "2g";
    /** Added to the first document's limit: the fork's start-up and class loading, on a loaded machine. */
    static final Duration STARTUP = Duration.ofSeconds(60);
    /** Stderr kept per fork, its end, for a crash's reason. */
    private static final int STDERR_CAP = 64 * 1024;

    private JavaBatch() {
    }

    /** The fork's command line: the benchmark's JVM flags and class path, the runner's validate request. */
    static List<String> command(String runner) {
        List<String> command = new ArrayList<>();
        command.add(CurrentJvm.javaBinary());
        command.addAll(JavaContestant.jvmFlags(HEAP));
        command.addAll(List.of("-cp", CurrentJvm.absoluteClassPath(), JavaRunner.class.getName(),
                "--validate", "--runner", runner, "--batch"));
        return command;
    }

    /** One verdict per document, in order. */
    static List<Verdict> validate(String runner, List<Path> documents, Duration limit) {
        List<Verdict> verdicts = new ArrayList<>(documents.size());
        while (verdicts.size() < documents.size()) {
            try (Fork fork = Fork.start(command(runner))) {
                Duration allowed = limit.plus(STARTUP);
                while (verdicts.size() < documents.size()) {
                    Verdict verdict = fork.answer(documents.get(verdicts.size()), allowed);
                    verdicts.add(verdict);
                    if (!verdict.outcome().isVerdict()) {
                        fork.kill(); // dead or stuck: a new fork takes the next document
                        break;
                    }
                    allowed = limit;
                }
            } catch (IOException e) {
                verdicts.add(Verdict.of(Verdict.Outcome.no_verdict, "could not start the fork: " + e.getMessage()));
            }
        }
        return verdicts;
    }

    /** A running fork: its stdout read line by line on a thread of its own, its stderr kept. */
    private static final class Fork implements AutoCloseable {
        private static final String END = "\u0000end";

        private final Process process;
        private final Writer stdin;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder stderr = new StringBuilder();

        private Fork(Process process) {
            this.process = process;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread.ofPlatform().daemon().name("jsonbench-validate-out").start(this::readStdout);
            Thread.ofPlatform().daemon().name("jsonbench-validate-err").start(this::readStderr);
        }

        static Fork start(List<String> command) throws IOException {
            return new Fork(new ProcessBuilder(command).start());
        }

        /** The fork's verdict on {@code document}, or why there is none. */
        Verdict answer(Path document, Duration limit) {
            try {
                stdin.write(document.toAbsolutePath() + "\n");
                stdin.flush();
            } catch (IOException e) {
                // the fork is gone: its exit says why
            }
            String line;
            try {
                line = lines.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Verdict.of(Verdict.Outcome.no_verdict, "interrupted");
            }
            if (line == null) {
                return Verdict.of(Verdict.Outcome.timed_out, "no answer within " + limit.toSeconds() + " s: killed");
            }
            if (line.equals(END)) {
                return Verdict.of(Verdict.Outcome.crashed, crashReason());
            }
            Verdict verdict = Verdicts.parse(line);
            return verdict != null ? verdict : Verdict.of(Verdict.Outcome.crashed,
                    "printed '" + (line.length() > 120 ? line.substring(0, 120) + "..." : line) + "', not a verdict");
        }

        /** Why the fork died: the validator's own line, else the exit code and the last line of stderr. */
        private String crashReason() {
            int exit;
            try {
                exit = process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exit = -1;
            }
            String text;
            synchronized (stderr) {
                text = stderr.toString();
            }
            Optional<String> own = text.lines().filter(l -> l.contains(" crashed on ")).reduce((a, b) -> b);
            if (own.isPresent()) {
                String line = own.get();
                int reason = line.indexOf(": ", line.indexOf(" crashed on "));
                return reason < 0 ? line : line.substring(reason + 2);
            }
            String last = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("at ")
                    && !l.startsWith("WARNING: Using incubator")).reduce((a, b) -> b).orElse("nothing on stderr");
            return "the JVM exited with code " + exit + ": " + last;
        }

        private void readStdout() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // killed: the end marker follows
            }
            lines.add(END);
        }

        private void readStderr() {
            byte[] buffer = new byte[8192];
            try (InputStream in = process.getErrorStream()) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    synchronized (stderr) {
                        stderr.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        if (stderr.length() > STDERR_CAP) {
                            stderr.delete(0, stderr.length() - STDERR_CAP / 2);
                        }
                    }
                }
            } catch (IOException e) {
                // killed
            }
        }

        void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }

        @Override
        public void close() {
            try {
                stdin.close();
            } catch (IOException e) {
                // already gone
            }
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    kill();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
            }
        }
    }
}
