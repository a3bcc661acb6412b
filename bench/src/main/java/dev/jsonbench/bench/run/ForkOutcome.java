package dev.jsonbench.bench.run;

import java.util.List;

/**
 * How a process ended.
 *
 * @param exitCode  its exit status (-1 if it was killed for taking too long)
 * @param timedOut  whether it was killed after its time limit
 * @param timeoutS  that limit, in seconds
 * @param stdout    everything it wrote to stdout (capped)
 * @param stderr    everything it wrote to stderr (capped, the end kept)
 * @param wallNanos from start to end, as seen by the parent
 */
public record ForkOutcome(List<String> command, int exitCode, boolean timedOut, long timeoutS, String stdout,
                          String stderr, long wallNanos) {

    /** The exit code of a process stopped because the run was interrupted. */
    static final int INTERRUPTED = -2;

    /** A process the run's interruption stopped, or never started. */
    static ForkOutcome interrupted(List<String> command) {
        return new ForkOutcome(command, INTERRUPTED, false, 0, "", "", 0);
    }

    public boolean interrupted() {
        return exitCode == INTERRUPTED && !timedOut;
    }

    /** Why the process did not give a usable answer, from its exit alone; null if it exited 0 in time. */
    public String exitProblem() {
        if (interrupted()) {
            return "interrupted";
        }
        if (timedOut) {
            return "timed out after " + timeoutS + " s";
        }
        if (exitCode == 0) {
            return null;
        }
        String why = exitCode > 128 && exitCode < 160
                ? "killed by signal " + (exitCode - 128) + signalName(exitCode - 128)
                : "exited with code " + exitCode;
        String last = lastStderrLine();
        return last == null ? why : why + ": " + last;
    }

    /** The last meaningful line of stderr (not a JVM warning about incubator modules), or null. */
    public String lastStderrLine() {
        String[] lines = stderr.split("\\R");
        String firstError = null;
        for (String line : lines) {
            String trimmed = line.strip();
            if (firstError == null && (trimmed.startsWith("Exception in thread") || trimmed.startsWith("Error:")
                    || trimmed.contains("Error: ") && !trimmed.startsWith("at "))) {
                firstError = trimmed;
            }
        }
        if (firstError != null) {
            return firstError;
        }
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("WARNING: Using incubator modules") && !line.startsWith("at ")) {
                return line;
            }
        }
        return null;
    }

    /** What a process printed, shortened for a message: "'{...}'" or "nothing on stdout". */
    public static String snippet(String text) {
        String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return "nothing on stdout";
        }
        return "'" + (s.length() > 120 ? s.substring(0, 120) + "..." : s) + "'";
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 6 -> " (SIGABRT)";
            case 9 -> " (SIGKILL, e.g. the kernel's OOM killer)";
            case 11 -> " (SIGSEGV)";
            case 15 -> " (SIGTERM)";
            default -> "";
        };
    }
}
