package dev.jsonbench.bench.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts one process, captures its stdout and stderr, and kills it (and its children) when it outlives its
 * time limit. Processes run one at a time: a measured process has the machine to itself.
 */
public final class Supervisor {

    /** More stdout than this is not one result object: the rest is dropped and the output reported as garbage. */
    static final int STDOUT_CAP = 1 << 20;
    /** Stderr kept per process; beyond it the beginning is dropped. */
    static final int STDERR_CAP = 1 << 20;

    private final Path workingDirectory;
    private volatile boolean stopped;
    private volatile Process current;

    public Supervisor(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Kills the running process (and its children) and starts no other: the run is being interrupted. */
    public void stop() {
        stopped = true;
        Process process = current;
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    public boolean stopped() {
        return stopped;
    }

    public ForkOutcome run(List<String> command, Duration timeout) {
        if (stopped) {
            return ForkOutcome.interrupted(command);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new ForkOutcome(command, 127, false, timeout.toSeconds(), "",
                    "could not start " + command.get(0) + ": " + e.getMessage(), System.nanoTime() - start);
        }
        current = process;
        if (stopped) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        Capture out = new Capture(process.getInputStream(), STDOUT_CAP, false);
        Capture err = new Capture(process.getErrorStream(), STDERR_CAP, true);
        out.start();
        err.start();
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the process may already be gone
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            out.join(10_000);
            err.join(10_000);
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
        }
        current = null;
        long wall = System.nanoTime() - start;
        if (stopped) {
            return ForkOutcome.interrupted(command);
        }
        int exit = finished ? process.exitValue() : -1;
        return new ForkOutcome(command, exit, !finished, timeout.toSeconds(), out.text(), err.text(), wall);
    }

    /** Drains one stream on its own thread so that a chatty process never blocks on a full pipe. */
    private static final class Capture extends Thread {
        private final InputStream in;
        private final int cap;
        private final boolean keepEnd;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long dropped;

        Capture(InputStream in, int cap, boolean keepEnd) {
            super("jsonbench-capture");
            setDaemon(true);
            this.in = in;
            this.cap = cap;
            this.keepEnd = keepEnd;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    synchronized (this) {
                        if (bytes.size() + n <= cap) {
                            bytes.write(buffer, 0, n);
                        } else if (keepEnd) {
                            byte[] all = bytes.toByteArray();
                            bytes.reset();
                            int keep = Math.max(0, cap / 2 - n);
                            dropped += all.length - keep;
                            bytes.write(all, all.length - keep, keep);
                            bytes.write(buffer, 0, n);
                        } else {
                            dropped += n;
                        }
                    }
                }
            } catch (IOException e) {
                // the process was killed: keep what was read
            }
        }

        synchronized String text() {
            String text = bytes.toString(StandardCharsets.UTF_8);
            if (dropped == 0) {
                return text;
            }
            return keepEnd ? "[" + dropped + " bytes dropped]\n" + text : text + "\n[" + dropped + " more bytes dropped]";
        }
    }
}
