package dev.jsonbench.bench.report.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.report.Spread;
import dev.jsonbench.bench.report.Work;
import dev.jsonbench.bench.stats.Interval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A results document shaped like a real run, for the report's tests: five Java backends, a Rust and a Go runner,
 * typed and tree, on two documents of different sizes; 5 runs each with intervals, ranks, ties and a noisy run; a heap
 * curve per Java backend; an unverified count; a failed, a wrong and a skipped row. The figures follow the README's
 * default run on the development machine.
 */
public final class SampleReport {

    static final String SMALL = "api-response.json";
    static final String LARGE = "generated-40k.json";
    static final long SMALL_BYTES = 2_444;
    static final long LARGE_BYTES = 40_117;

    /** One measured row: its time per decode on the small document, bytes and allocations per decode, peak RSS. */
    private record Figures(String runner, Language language, String library, Mode mode, double nsPerOp, double bytesPerOp,
                           Double allocsPerOp, long peakRssBytes) {
    }

    private static final List<Figures> MEASURED = List.of(
            new Figures("sonic-rs", Language.rust, "sonic-rs", Mode.typed, 17_043, 10_991, 49.0, 2_600_000),
            new Figures("simdjson", Language.java, "org.simdjson:simdjson-java", Mode.typed, 22_787, 28_336, 931.0, 740_000_000),
            new Figures("dsljson", Language.java, "com.dslplatform:dsl-json", Mode.typed, 27_168, 14_352, 393.0, 730_000_000),
            new Figures("jsoniter", Language.java, "com.jsoniter:jsoniter", Mode.typed, 28_399, 14_352, 393.0, 744_000_000),
            new Figures("jackson", Language.java, "com.fasterxml.jackson.core:jackson-databind", Mode.typed, 40_194, 18_456,
                    null, 739_000_000),
            new Figures("gson", Language.java, "com.google.code.gson:gson", Mode.typed, 54_297, 28_384, 863.0, 728_000_000),
            new Figures("encoding-json", Language.go, "encoding/json", Mode.typed, 129_047, 20_312.1, 537.0, 13_300_000),
            new Figures("sonic-rs", Language.rust, "sonic-rs", Mode.tree, 6_501, 10_188, 6.0, 2_400_000),
            new Figures("simdjson", Language.java, "org.simdjson:simdjson-java", Mode.tree, 27_223, 30_360, 970.0, 735_000_000),
            new Figures("jsoniter", Language.java, "com.jsoniter:jsoniter", Mode.tree, 28_042, 16_712, 432.0, 743_000_000),
            new Figures("jackson", Language.java, "com.fasterxml.jackson.core:jackson-databind", Mode.tree, 28_157, 20_072,
                    540.0, 735_000_000),
            new Figures("encoding-json", Language.go, "encoding/json", Mode.tree, 134_134, 21_584.1, 547.0, 13_400_000));

    private SampleReport() {
    }

    public static ResultsDocument realistic() {
        List<Result> results = new ArrayList<>();
        for (String fixture : List.of(SMALL, LARGE)) {
            double scale = fixture.equals(SMALL) ? 1 : LARGE_BYTES / (double) SMALL_BYTES * 0.9;
            for (Mode mode : Mode.values()) {
                List<Figures> rows = MEASURED.stream().filter(f -> f.mode() == mode)
                        .sorted(Comparator.comparingDouble(Figures::nsPerOp)).toList();
                double fastest = rows.getFirst().nsPerOp() * scale;
                Figures first = null;
                int rank = 0;
                for (Figures f : rows) {
                    boolean tie = first != null && f.nsPerOp() < first.nsPerOp() * 1.06;
                    if (!tie) {
                        rank++;
                        first = f;
                    }
                    results.add(ok(f, fixture, scale, fastest, rows.getFirst().runner(), rank, tie));
                }
            }
            results.add(notOk("gson", Language.java, "com.google.code.gson:gson", Mode.tree, fixture, Status.failed,
                    "run 2 of 5: failed: exited with code 134: # A fatal error has been detected by the Java Runtime"));
            results.add(notOk("serde-json-owned", Language.rust, "serde_json", Mode.typed, fixture, Status.skipped,
                    "cargo not found (install Rust to include serde_json)"));
        }
        results.add(notOk("dsljson", Language.java, "com.dslplatform:dsl-json", Mode.tree, LARGE, Status.wrong,
                "run 1 of 5: digest 9f00aa11 differs from the expected 0228fb58"));
        return new ResultsDocument(environment(), config(Map.of()), results);
    }

    private static Result ok(Figures f, String fixture, double scale, double fastestNs, String reference, int rank, boolean tie) {
        double ns = f.nsPerOp() * scale;
        long iterations = fixture.equals(SMALL) ? 100_000 : 6_000;
        List<Long> runsNs = new ArrayList<>();
        List<Result.Run> runs = new ArrayList<>();
        double[] spread = {1.0, 0.93, 1.08, 0.97, 1.21};
        for (int i = 0; i < spread.length; i++) {
            long elapsed = Math.round(ns * spread[i] * iterations);
            boolean noisy = f.runner().equals("gson") && i == 4;
            runsNs.add(elapsed);
            runs.add(new Result.Run(elapsed, Math.round(elapsed / (noisy ? 1.4 : 1.02)), 3.0, noisy ? 7.5 : 0.4,
                    1.1 + 0.2 * i, noisy ? List.of("waited: wall 1.40x its CPU time", "steal 7.5%") : List.of()));
        }
        double ratio = ns / fastestNs;
        double bytes = fixture.equals(SMALL) ? SMALL_BYTES : LARGE_BYTES;
        boolean java = f.language() == Language.java;
        Long minHeap = java ? (f.runner().equals("jackson") ? 5L : 3L) << 20 : null;
        List<Result.HeapPoint> curve = java ? curve(minHeap, ns, f.peakRssBytes()) : List.of();
        Result.Allocations allocations = f.allocsPerOp() != null
                ? new Result.Allocations(f.bytesPerOp() * scale, f.allocsPerOp() * scale, true, method(f.language()), null)
                : new Result.Allocations(f.bytesPerOp() * scale, null, false, method(f.language()),
                "514180 allocations and 18559384 bytes over 1000 decodes are not whole numbers per decode");
        return new Result(f.runner(), f.language(), f.library(), "1.0", "defaults", Work.strict_adapter, fixture, f.mode(),
                Status.ok, null, iterations, iterations,
                new Result.Timing(runsNs, runs, Spread.ofNanosAsMillis(runsNs), ns, new Interval(ns * 0.93, ns * 1.21, 0.9375),
                        ns * 0.98, new Interval(ns * 0.92, ns * 1.1, 0.9375), bytes * 1e3 / ns,
                        new Result.Relative(reference, ratio, f.runner().equals(reference) ? new Interval(1, 1, 0.95)
                                : new Interval(ratio * 0.9, ratio * 1.1, 0.95), tie ? 0.3 : 0.008, rank, tie)),
                allocations,
                new Result.Memory(f.peakRssBytes(), java ? RssScope.loop : RssScope.process, 12L, 40.0,
                        java ? 60_000_000L : 2_000_000L, java ? 14_000L : 12_000L, minHeap,
                        java ? curve.get(1) : null, curve),
                new Result.Verification("0228fb587cc8b600", true), java ? List.of("-Xms1g", "-Xmx1g") : List.of(),
                java ? List.of("-Xms1g", "-Xmx1g", "-XX:-UseTLAB") : null,
                f.allocsPerOp() == null ? List.of("allocation count unverified, not reported") : List.of(), List.of());
    }

    /** Time and peak RSS at 1.5, 2, 4 and 8 times the minimal heap: slower and smaller on a small heap. */
    private static List<Result.HeapPoint> curve(long minHeap, double ns, long peakRss) {
        List<Result.HeapPoint> curve = new ArrayList<>();
        double[] multiples = {1.5, 2, 4, 8};
        for (double m : multiples) {
            long heap = (long) Math.ceil(minHeap * m / (1 << 20)) << 20;
            double slower = ns * (1 + 1.2 / m);
            curve.add(new Result.HeapPoint(m == Math.rint(m) ? (long) m + "x" : m + "x", heap, slower,
                    new Interval(slower * 0.95, slower * 1.1, 0.9375), 60_000_000L + heap, (long) (400 / m),
                    List.of(Math.round(slower * 1000))));
        }
        return curve;
    }

    private static String method(Language language) {
        return switch (language) {
            case java -> "JFR jdk.ObjectAllocationOutsideTLAB with -XX:-UseTLAB, benchmark thread, marked window";
            case go -> "runtime.ReadMemStats (Mallocs, TotalAlloc)";
            case rust -> "counting global allocator (alloc+realloc)";
        };
    }

    static Result notOk(String runner, Language language, String library, Mode mode, String fixture, Status status,
                        String reason) {
        return new Result(runner, language, library, "1.0", "defaults", Work.strict_adapter, fixture, mode, status, reason,
                100_000, 100_000, null, null, null, null, List.of(), null, List.of(),
                status == Status.skipped ? List.of() : List.of(reason));
    }

    static Environment environment() {
        Map<String, String> backends = new LinkedHashMap<>();
        MEASURED.forEach(f -> backends.put(f.runner(), f.library() + ":1.0"));
        return new Environment("2026-12-07T09:41:00Z", "Intel(R) Xeon(R) Processor @ 2.00GHz", 2, 25_276_182_528L,
                "Linux (Debian GNU/Linux 12 (bookworm))", "6.18.44", "amd64", "1.52 1.21 0.98 3/212 28346", "performance",
                "Eclipse Adoptium", "25.0.3+9-LTS", "OpenJDK 64-Bit Server VM 25.0.3+9-LTS", "/usr/lib/jvm/temurin-25",
                List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "--add-modules=jdk.incubator.vector"), "0123456789abcdef", false,
                backends, new Environment.Toolchains("go version go1.26.8 linux/amd64", "rustc 1.95.0", "cargo 1.95.0",
                List.of(new Environment.RunnerBuild("compare/go/bin/jsonbench-go", "go build -o bin/jsonbench-go .",
                        Status.ok, null, false, Map.of("GOAMD64", "v3", "CGO_ENABLED", "0")))));
    }

    /**
     * The configuration of the sample run, read from JSON as results.json holds it (so that a field added to
     * {@link Config} later leaves this sample valid), with {@code changes} to its fields (snake case, as in the file).
     */
    public static Config config(Map<String, Object> changes) {
        String json = """
                {"command": "run", "backends": ["sonic-rs", "simdjson", "dsljson", "jsoniter", "jackson", "gson",
                   "encoding-json", "serde-json-owned"],
                 "languages": ["java", "rust", "go"], "modes": ["typed", "tree"],
                 "fixtures": [
                   {"name": "%s", "path": "/data/docs/%s", "bytes": %d, "digest": "0228fb587cc8b600",
                    "digest_source": "published", "typed": true},
                   {"name": "%s", "path": "/data/docs/%s", "bytes": %d, "digest": "77aa", "digest_source": "majority",
                    "typed": true}],
                 "iterations": 100000, "warmup": 100000, "runs": 5, "count_iterations": 1000, "count_warmup": 20000,
                 "quick": false, "fork_timeout_s": null, "order": "timed runs interleaved", "java": "/usr/bin/java",
                 "heap": "1g", "jvm_flags": ["-Xms1g", "-Xmx1g"], "count_jvm_flags": ["-Xms1g", "-Xmx1g", "-XX:-UseTLAB"],
                 "confidence": 0.95, "time_basis": "wall", "reference": null, "memory": "curve"}
                """.formatted(SMALL, SMALL, SMALL_BYTES, LARGE, LARGE, LARGE_BYTES);
        try {
            ObjectNode config = (ObjectNode) ResultsJson.MAPPER.readTree(json);
            changes.forEach((field, value) -> config.set(field, ResultsJson.MAPPER.valueToTree(value)));
            return ResultsJson.MAPPER.treeToValue(config, Config.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
