package dev.jsonbench.bench.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux peak resident memory: {@code VmHWM} in /proc/self/status, reset through /proc/self/clear_refs. */
public final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ProcessMemory() {
    }

    /** Resets the high-water mark to the current resident set; false where that is not allowed. */
    public static boolean resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Peak resident set in bytes ({@code VmHWM}), or -1 where there is no /proc. */
    public static long peakBytes() {
        return statusBytes("VmHWM:");
    }

    /** Resident set in bytes now ({@code VmRSS}), or -1 where there is no /proc. */
    public static long residentBytes() {
        return statusBytes("VmRSS:");
    }

    private static long statusBytes(String field) {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).trim().split("\\s+");
                    long value = Long.parseLong(parts[0]);
                    return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
