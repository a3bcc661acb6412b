package dev.jsonbench.bench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the machine was doing while one process ran: the share of CPU time the hypervisor stole from this guest
 * ({@code /proc/stat}), and the load average when the process ended ({@code /proc/loadavg}). Null where the machine
 * does not say (not Linux).
 *
 * @param stealPercent steal ticks over all ticks of every CPU between start and end, in percent
 * @param loadAverage  the 1-minute load average at the end
 */
public record Conditions(Double stealPercent, Double loadAverage) {

    static final Conditions UNKNOWN = new Conditions(null, null);

    /** A reading of the CPU tick counters, taken before a process starts. */
    public record Ticks(long steal, long total) {

        /** The counters now; null without {@code /proc/stat}. */
        public static Ticks now() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.US_ASCII)) {
                    if (line.startsWith("cpu ")) {
                        String[] f = line.trim().split("\\s+");
                        long total = 0;
                        // user nice system idle iowait irq softirq steal (guest time is already inside user)
                        for (int i = 1; i <= 8 && i < f.length; i++) {
                            total += Long.parseLong(f[i]);
                        }
                        return new Ticks(f.length > 8 ? Long.parseLong(f[8]) : 0, total);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            return null;
        }

        /** The conditions between this reading and now. */
        public Conditions until() {
            Ticks end = now();
            Double stolen = end == null || end.total <= total ? null : 100.0 * (end.steal - steal) / (end.total - total);
            return new Conditions(stolen, readLoadAverage());
        }
    }

    private static Double readLoadAverage() {
        try {
            String line = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim();
            return Double.parseDouble(line.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
