package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Mode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run measures and how.
 *
 * @param counts       the work of each process
 * @param forkTimeout  one limit for every process, or null for limits derived from the counts
 * @param logDirectory where each process's stderr is kept, or null
 */
public record Plan(List<Contestant> contestants, List<Mode> modes, List<BenchFixture> fixtures, Counts counts,
                   Duration forkTimeout, Path logDirectory) {

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

    /** The time limit of one process of this plan. */
    public Duration timeout(RunRequest request) {
        return timeout(request, forkTimeout);
    }

    /** {@code forkTimeout} when given, else a generous limit from the number of decodes the process performs. */
    public static Duration timeout(RunRequest request, Duration forkTimeout) {
        if (forkTimeout != null) {
            return forkTimeout;
        }
        long ops = (long) request.iterations() + request.warmup();
        return switch (request.measure()) {
            case time -> Duration.ofSeconds(120).plusMillis(2 * ops);
            // -XX:-UseTLAB is 3-5x slower, and every counted allocation writes an event.
            case count, profile -> Duration.ofSeconds(120).plusMillis(10L * request.warmup() + 50L * request.iterations());
        };
    }
}
