package dev.jsonbench.bench.report;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.stats.Interval;
import java.util.List;
import java.util.Map;

/** Results and documents with known figures, for the report tests. */
final class SampleResults {

    private SampleResults() {
    }

    /** A typed result on the bundled fixture: measured when ok (2 ms median of 1, 2, 3 ms), else only its reason. */
    static Result result(String runner, Status status) {
        boolean ok = status == Status.ok;
        List<Long> runs = List.of(2_000_000L, 1_000_000L, 3_000_000L);
        List<Result.Run> details = runs.stream().map(ns -> new Result.Run(ns, ns - 100_000, 0.0, 0.0, 0.5, List.of())).toList();
        return new Result(runner, Language.java, "g:a", "1.0", "config", Work.strict_adapter, "api-response.json", Mode.typed,
                status, ok ? null : "because", 1000, 1000,
                ok ? new Result.Timing(runs, details, Spread.ofNanosAsMillis(runs), 2000.0, new Interval(1000, 3000, 0.75),
                        1900.0, new Interval(900, 2900, 0.75), 1222.0,
                        new Result.Relative(runner, 1.0, new Interval(1, 1, 0.95), 1.0, 1, false)) : null,
                ok ? new Result.Allocations(4096.0, 42.0, true, "JFR", null) : null,
                ok ? new Result.Memory(100_000_000L, RssScope.loop, 1L, 0.5, 60_000_000L, 3_000L, 8L << 20,
                        new Result.HeapPoint("2x", 16L << 20, 2500.0, new Interval(2000, 3000, 0.75), 70_000_000L, 9L,
                                List.of(2_500_000L)), List.of()) : null,
                ok ? new Result.Verification("0228fb587cc8b600", true) : null,
                List.of("-Xmx1g"), List.of("-Xmx1g", "-XX:-UseTLAB"), List.of(),
                ok ? List.of() : List.of("run 1 of 3: failed: because"));
    }

    static ResultsDocument document(Result... results) {
        Environment env = new Environment("2026-12-07T00:00:00Z", "test cpu", 2, 1L << 34, "Linux (Debian)", "6.1", "amd64",
                "0.5 0.4 0.3", null, "Eclipse Adoptium", "25.0.3", "OpenJDK 64-Bit Server VM", "/jdk", List.of("-Xmx1g"),
                "abc", false, Map.of("jackson", "g:a:1.0"), Environment.Toolchains.NONE);
        Config config = new Config("run", List.of("slow", "broken"), List.of(Language.java), List.of(Mode.typed),
                List.of(new Config.Fixture("api-response.json", "bundled", 2444, "0228fb587cc8b600", "published", true, null, "dev.jsonbench.fixtures.ApiResponse", null)),
                1000, 1000, 3, 1000, 1000, "1000 decodes per timed loop", false, null, "interleaved", "/jdk/bin/java", "1g", List.of("-Xmx1g"),
                List.of("-Xmx1g", "-XX:-UseTLAB"), 0.95, "wall", null, "fair", null);
        return new ResultsDocument(env, config, List.of(results));
    }
}
