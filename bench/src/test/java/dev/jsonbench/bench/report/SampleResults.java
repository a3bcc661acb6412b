package dev.jsonbench.bench.report;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.Status;
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
        return new Result(runner, Language.java, "g:a", "1.0", "config", "api-response.json", Mode.typed, status,
                ok ? null : "because", 1000, 1000,
                ok ? new Result.Timing(runs, Spread.ofNanosAsMillis(runs), 2000.0, 1222.0) : null,
                ok ? new Result.Allocations(4096.0, 42.0, true, "JFR") : null,
                ok ? new Result.Memory(100_000_000L, RssScope.loop, 1L, 0.5) : null,
                ok ? new Result.Verification("0228fb587cc8b600", true) : null,
                List.of("-Xmx1g"), List.of("-Xmx1g", "-XX:-UseTLAB"), List.of(),
                ok ? List.of() : List.of("run 1 of 3: failed: because"));
    }

    static ResultsDocument document(Result... results) {
        Environment env = new Environment("2026-12-07T00:00:00Z", "test cpu", 2, 1L << 34, "Linux (Debian)", "6.1", "amd64",
                "0.5 0.4 0.3", null, "Eclipse Adoptium", "25.0.3", "OpenJDK 64-Bit Server VM", "/jdk", List.of("-Xmx1g"),
                "abc", false, Map.of("jackson", "g:a:1.0"), Environment.Toolchains.NONE);
        Config config = new Config("run", List.of("slow", "broken"), List.of(Language.java), List.of(Mode.typed),
                List.of(new Config.Fixture("api-response.json", "bundled", 2444, "0228fb587cc8b600", "published", true, null)),
                1000, 1000, 3, 1000, 1000, false, null, "interleaved", "/jdk/bin/java", "1g", List.of("-Xmx1g"),
                List.of("-Xmx1g", "-XX:-UseTLAB"), null);
        return new ResultsDocument(env, config, List.of(results));
    }
}
