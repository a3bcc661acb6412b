package dev.jsonbench.bench.orchestra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Each contestant's {@code library:version}, for the environment of results.json. */
    public Map<String, String> libraryVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        contestants.forEach(c -> versions.put(c.name(), c.library() + ":" + c.libraryVersion()));
        return versions;
    }

    /**
     * How this plan measures, as results.json's {@code config} records it (bench/RESULTS.md) after the command's own
     * keys: modes, fixtures, counts, order, the Java forks' flags.
     *
     * @param bundledFixture whether the fixtures are the bundled document (its model known) rather than the user's
     * @param forkTimeoutS   the {@code --fork-timeout} given, or null
     */
    public Map<String, Object> describe(boolean bundledFixture, boolean quick, Integer forkTimeoutS, String heap) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("modes", modes);
        config.put("fixtures", fixtures.stream().map(f -> f.toConfig(bundledFixture)).toList());
        config.put("iterations", iterations);
        config.put("warmup", warmup);
        config.put("runs", runs);
        config.put("count_iterations", countIterations);
        config.put("count_warmup", countWarmup);
        config.put("quick", quick);
        config.put("fork_timeout_s", forkTimeoutS);
        config.put("order", "timed runs interleaved: round k runs every backend and mode once, starting one further "
                + "than round k-1; then one allocation-counting fork per Java backend and mode (Go and Rust count inside "
                + "their timed runs)");
        config.put("java", JavaContestant.currentJava());
        config.put("heap", heap);
        config.put("jvm_flags", JavaContestant.jvmFlags(heap));
        config.put("count_jvm_flags", contestants.stream().filter(Contestant::countsSeparately).findFirst()
                .map(c -> c.runtimeFlags(RunRequest.Kind.COUNT)).orElse(null));
        return config;
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
