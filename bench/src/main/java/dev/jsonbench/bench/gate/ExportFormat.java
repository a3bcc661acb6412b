package dev.jsonbench.bench.gate;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jsonbench.bench.report.CsvReport;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.run.Analysis;
import dev.jsonbench.bench.stats.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Results in the formats CI services read ({@code bench/RESULTS.md} shows each shape). Only ok rows are exported: a
 * failed or wrong row has no figure to track.
 */
public enum ExportFormat {
    /**
     * The {@code customSmallerIsBetter} input of the github-action-benchmark action: a JSON array with one
     * {@code {"name", "unit", "value", "range", "extra"}} entry per figure (ns/op, B/op, allocs/op) per row.
     */
    github_benchmark("github-benchmark"),
    /**
     * Bencher Metric Format: {@code {"<benchmark>": {"<measure>": {"value", "lower_value", "upper_value"}}}} with the
     * measures {@code latency} (ns), {@code bytes-per-op}, {@code allocs-per-op} and {@code peak-rss} (bytes).
     */
    bmf("bmf"),
    /** One line per row, as {@code run --format csv} prints it. */
    csv("csv"),
    /**
     * results.json with the deterministic figures only (bytes/op, allocations/op, digests; no times, no memory, no notes),
     * ok rows only: a committed allocation baseline whose diff in review shows allocation changes and nothing else.
     */
    allocations("allocations");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format named {@code label}, e.g. github-benchmark. */
    public static ExportFormat named(String label) {
        for (ExportFormat format : values()) {
            if (format.label.equals(label)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + label + "'; formats: github-benchmark, bmf, csv, "
                + "allocations");
    }

    /** One entry of the github-action-benchmark input; {@code range} and {@code extra} are free text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GithubEntry(String name, String unit, double value, String range, String extra) {
    }

    /** One Bencher metric: the value with its optional bounds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BencherMetric(double value, Double lowerValue, Double upperValue) {
    }

    /** {@code document} in this format, its time per decode on {@code basis}. */
    public String render(ResultsDocument document, Analysis.TimeBasis basis) {
        return switch (this) {
            case github_benchmark -> ResultsJson.toJson(github(document, basis));
            case bmf -> ResultsJson.toJson(bencher(document, basis));
            case csv -> CsvReport.render(document);
            case allocations -> ResultsJson.toJson(allocationsOnly(document));
        };
    }

    static ResultsDocument allocationsOnly(ResultsDocument document) {
        List<Result> rows = document.results().stream().filter(Result::ok)
                .map(r -> new Result(r.runner(), r.language(), r.library(), r.libraryVersion(), r.configuration(), r.work(),
                        r.fixture(), r.mode(), r.status(), null, r.iterations(), r.warmup(), null, r.allocations(), null,
                        r.verification(), r.jvmFlags(), r.countJvmFlags(), List.of(), List.of()))
                .toList();
        return new ResultsDocument(document.environment(), document.config(), rows);
    }

    /** The rows not exported, with why: "gson tree (failed: run 1 of 5: ...)". */
    public static List<String> skipped(ResultsDocument document) {
        return document.results().stream().filter(r -> !r.ok())
                .map(r -> r.label() + " on " + r.fixture() + " (" + r.status() + (r.reason() == null ? "" : ": " + r.reason()) + ")")
                .toList();
    }

    static List<GithubEntry> github(ResultsDocument document, Analysis.TimeBasis basis) {
        List<GithubEntry> entries = new ArrayList<>();
        String extra = extra(document, basis);
        for (Result r : document.results()) {
            if (!r.ok()) {
                continue;
            }
            String name = name(r);
            Time time = Time.of(r, basis);
            if (time != null) {
                entries.add(new GithubEntry(name + ": time", "ns/op", time.median(),
                        time.interval() == null ? null : String.format(Locale.ROOT, "%s..%s (%s interval)",
                                ChangeFigures.number(time.interval().low()), ChangeFigures.number(time.interval().high()),
                                ChangeFigures.number(time.interval().level() * 100) + "%"), extra));
            }
            Result.Allocations a = r.allocations();
            if (a.bytesPerOp() != null) {
                entries.add(new GithubEntry(name + ": allocated bytes", "B/op", a.bytesPerOp(), null, extra));
            }
            if (a.perOp() != null) {
                entries.add(new GithubEntry(name + ": allocations", "allocs/op", a.perOp(), null, extra));
            }
        }
        return entries;
    }

    static Map<String, Map<String, BencherMetric>> bencher(ResultsDocument document, Analysis.TimeBasis basis) {
        Map<String, Map<String, BencherMetric>> benchmarks = new LinkedHashMap<>();
        for (Result r : document.results()) {
            if (!r.ok()) {
                continue;
            }
            Map<String, BencherMetric> measures = new LinkedHashMap<>();
            Time time = Time.of(r, basis);
            if (time != null) {
                measures.put("latency", new BencherMetric(time.median(),
                        time.interval() == null ? null : time.interval().low(),
                        time.interval() == null ? null : time.interval().high()));
            }
            Result.Allocations a = r.allocations();
            if (a.bytesPerOp() != null) {
                measures.put("bytes-per-op", new BencherMetric(a.bytesPerOp(), null, null));
            }
            if (a.perOp() != null) {
                measures.put("allocs-per-op", new BencherMetric(a.perOp(), null, null));
            }
            if (r.memory().peakRssBytes() != null) {
                measures.put("peak-rss", new BencherMetric(r.memory().peakRssBytes(), null, null));
            }
            benchmarks.put(name(r), measures);
        }
        return benchmarks;
    }

    /** "jackson typed on api-response.json" */
    static String name(Result r) {
        return r.label() + " on " + r.fixture();
    }

    /** The time per decode on a basis, with its interval; null when the row has none on it. */
    private record Time(double median, Interval interval) {
        static Time of(Result r, Analysis.TimeBasis basis) {
            Result.Timing t = r.timing();
            Double median = basis == Analysis.TimeBasis.cpu ? t.cpuNsPerOp() : t.nsPerOp();
            return median == null ? null
                    : new Time(median, basis == Analysis.TimeBasis.cpu ? t.cpuNsPerOpInterval() : t.nsPerOpInterval());
        }
    }

    /** How the figures were made, for the entries' tooltips. */
    private static String extra(ResultsDocument document, Analysis.TimeBasis basis) {
        Environment e = document.environment();
        return String.format(Locale.ROOT, "median of %d %s x %s decodes, %s time; %s %s; %s x%s; commit %s",
                document.config().runs(), Figures.plural(document.config().runs(), "run"),
                Figures.group(document.config().iterations()), basis, e.jdkVendor(), e.jdkVersion(), e.cpuModel(), e.cores(),
                e.gitCommit());
    }
}
