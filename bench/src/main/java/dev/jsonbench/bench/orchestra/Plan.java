package dev.jsonbench.bench.orchestra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code jsonbench run} measures and how.
 *
 * @param countIterations operations in a counting window (the per-op count is exact and steady, so a window
 *                        much shorter than the timed loop gives the same figure)
 * @param countWarmup     warm-up of a counting fork, untimed and unrecorded
 * @param forkTimeout     one limit for every process, or null for limits derived from the counts
 * @param logDirectory    where each process's stderr is kept, or null
 */
public record Plan(List<Contestant> contestants, List<String> modes, List<BenchFixture> fixtures, int iterations,
                   int warmup, int runs, int countIterations, int countWarmup, Duration forkTimeout, Path logDirectory) {

    public Plan {
        contestants = List.copyOf(contestants);
        modes = List.copyOf(modes);
        fixtures = List.copyOf(fixtures);
    }

    /** The time limit of one process: generous, from the number of decodes it performs. */
    public Duration timeout(RunRequest request) {
        if (forkTimeout != null) {
            return forkTimeout;
        }
        long ops = (long) request.iterations() + request.warmup();
        return switch (request.kind()) {
            case TIMED -> Duration.ofSeconds(120).plusMillis(2 * ops);
            // -XX:-UseTLAB is 3-5x slower, and every counted allocation writes an event.
            case COUNT, PROFILE -> Duration.ofSeconds(120).plusMillis(10L * request.warmup() + 50L * request.iterations());
        };
    }
}
