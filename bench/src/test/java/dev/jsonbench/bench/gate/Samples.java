package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.Spread;
import dev.jsonbench.bench.report.Work;
import dev.jsonbench.bench.stats.MedianInterval;
import dev.jsonbench.bench.stats.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Results with known figures: rows of a given time per run and bytes per decode, documents of a given machine. */
public final class Samples {

    public static final String FIXTURE = "api-response.json";
    public static final String DIGEST = "0228fb587cc8b600";
    public static final long ITERATIONS = 1000;
    /** Five runs of about 20 µs per decode, a few percent apart. */
    public static final long[] RUNS_NS = {20_000_000, 20_400_000, 19_800_000, 20_200_000, 19_900_000};

    private Samples() {
    }

    /** An ok Java row: verified allocations of {@code bytesPerOp} bytes in {@code allocsPerOp} objects per decode. */
    public static Result row(String runner, Mode mode, long[] runsNs, double bytesPerOp, double allocsPerOp) {
        return row(runner, Language.java, mode, runsNs, new Result.Allocations(bytesPerOp, allocsPerOp, true, "JFR", null));
    }

    public static Result row(String runner, Language language, Mode mode, long[] runsNs, Result.Allocations allocations) {
        List<Long> runs = Arrays.stream(runsNs).boxed().toList();
        List<Result.Run> details = runs.stream().map(ns -> new Result.Run(ns, ns, 0.0, 0.0, 0.5, List.of())).toList();
        double[] values = Arrays.stream(runsNs).asDoubleStream().toArray();
        var interval = MedianInterval.of(values, 0.95).scaled(1.0 / ITERATIONS);
        double median = Stats.median(runs) / ITERATIONS;
        return new Result(runner, language, "g:" + runner, "1.0", "config", Work.strict_adapter, FIXTURE, mode, Status.ok,
                null, ITERATIONS, ITERATIONS,
                new Result.Timing(runs, details, Spread.ofNanosAsMillis(runs), median, interval, median, interval, 100.0, null),
                allocations, new Result.Memory(200_000_000L, RssScope.loop, 1L, 0.5, 60_000_000L, 14_000L, null, null, List.of()),
                new Result.Verification(DIGEST, true), List.of("-Xmx1g"), List.of("-Xmx1g", "-XX:-UseTLAB"), List.of(), List.of());
    }

    /** The same row with another status and reason (its figures kept). */
    public static Result withStatus(Result r, Status status, String reason) {
        return new Result(r.runner(), r.language(), r.library(), r.libraryVersion(), r.configuration(), r.work(), r.fixture(),
                r.mode(), status, reason, r.iterations(), r.warmup(), r.timing(), r.allocations(), r.memory(),
                r.verification(), r.jvmFlags(), r.countJvmFlags(), r.notes(), r.failures());
    }

    /** Every run multiplied by {@code factor}. */
    public static long[] times(long[] runs, double factor) {
        return Arrays.stream(runs).map(ns -> Math.round(ns * factor)).toArray();
    }

    public static ResultsDocument document(List<Result> results) {
        return document("test cpu", "25.0.3", DIGEST, results);
    }

    public static ResultsDocument document(String cpu, String jdk, String digest, List<Result> results) {
        Environment env = new Environment("2026-12-07T00:00:00Z", cpu, 2, 1L << 34, "Linux (Debian)", "6.1", "amd64",
                "0.5 0.4 0.3", null, "Eclipse Adoptium", jdk, "OpenJDK 64-Bit Server VM", "/jdk", List.of("-Xmx1g"),
                "abc", false, Map.of("jackson", "g:jackson:1.0"), Environment.Toolchains.NONE);
        List<String> runners = new ArrayList<>(results.stream().map(Result::runner).distinct().toList());
        Config config = new Config("run", runners, List.of(Language.java), List.of(Mode.typed, Mode.tree),
                List.of(new Config.Fixture(FIXTURE, "bundled: fixtures/" + FIXTURE, 2444, digest, "published", true, null,
                        "dev.jsonbench.fixtures.ApiResponse", null)),
                (int) ITERATIONS, (int) ITERATIONS, RUNS_NS.length, 1000, 1000, "as given", false, null, "interleaved", "/jdk/bin/java",
                "1g", List.of("-Xmx1g"), List.of("-Xmx1g", "-XX:-UseTLAB"), 0.95, "wall", null, "none", null);
        return new ResultsDocument(env, config, results);
    }

    public static ResultsFiles.Source source(String name, ResultsDocument document) {
        return new ResultsFiles.Source(name, document);
    }

    /** The default criteria: 5 %, exact bytes, 95 %, wall time. */
    public static Criteria criteria() {
        return new Criteria(Criteria.DEFAULT_THRESHOLD, Criteria.AllocThreshold.EXACT, 0.95,
                dev.jsonbench.bench.run.Analysis.TimeBasis.wall, false);
    }
}
