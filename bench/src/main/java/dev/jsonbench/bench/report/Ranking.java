package dev.jsonbench.bench.report;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.stats.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two tables every report (terminal, results.md, report.html) prints per document, ok results only (the others are listed after
 * them with their reason): the ranking by time with intervals, ratios and ties, and the memory and allocations of the
 * same rows.
 */
public final class Ranking {

    static final String[] SPEED = {"Rank", "Solution", "ns/op", "interval", "vs reference", "interval", "MB/s", "Work"};
    static final String[] MEMORY = {"Solution", "allocs/op", "bytes/op", "retained", "runtime RSS", "peak RSS",
            "min heap", "fair heap ns/op", "fair peak RSS"};

    private Ranking() {
    }

    /** The results of each document, in the order the documents were measured. */
    public static Map<String, List<Result>> byFixture(List<Result> results) {
        return results.stream().collect(Collectors.groupingBy(Result::fixture, LinkedHashMap::new, Collectors.toList()));
    }

    /** The ok results, typed before tree, then by rank and time. */
    public static List<Result> ranked(List<Result> results) {
        return results.stream()
                .filter(Result::ok)
                .sorted(Comparator.comparing(Result::mode, Comparator.comparingInt(Mode::ordinal))
                        .thenComparingInt(r -> r.timing().relative() == null ? Integer.MAX_VALUE : r.timing().relative().rank())
                        .thenComparingDouble(r -> r.timing().nsPerOp() == null ? Double.MAX_VALUE : r.timing().nsPerOp()))
                .toList();
    }

    static List<String[]> speedRows(List<Result> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(SPEED);
        for (Result r : ranked(results)) {
            Result.Timing t = r.timing();
            Result.Relative rel = t.relative();
            boolean noisy = t.runs().stream().anyMatch(run -> !run.flags().isEmpty());
            rows.add(new String[]{
                    rel == null ? "-" : rel.rank() + (rel.tie() ? "~" : ""),
                    r.runner() + " (" + r.mode() + ")" + (noisy ? " !" : ""),
                    t.nsPerOp() == null ? "-" : Figures.group(Math.round(t.nsPerOp())),
                    range(t.nsPerOpInterval(), 1),
                    rel == null ? "-" : rel.reference().equals(r.runner()) ? "reference" : ratio(rel.ratio()),
                    rel == null || rel.reference().equals(r.runner()) || rel.interval().level() == 0 ? ""
                            : ratioRange(rel.interval()),
                    t.mbPerS() == null ? "-" : String.format(Locale.ROOT, "%,.1f", t.mbPerS()),
                    r.work() == null ? "" : r.work().label()});
        }
        return rows;
    }

    public static List<String[]> memoryRows(List<Result> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(MEMORY);
        for (Result r : ranked(results)) {
            Result.Allocations a = r.allocations();
            Result.Memory m = r.memory();
            Result.HeapPoint fair = m.fairHeap();
            rows.add(new String[]{
                    r.runner() + " (" + r.mode() + ")",
                    a.perOp() != null ? Figures.count(a.perOp()) : a.method() != null ? "unverified" : "-",
                    a.bytesPerOp() == null ? "-" : Figures.decimal(a.bytesPerOp()),
                    m.retainedBytes() == null ? "-" : Figures.bytes(m.retainedBytes()),
                    m.runtimeRssBytes() == null ? "-" : Figures.bytes(m.runtimeRssBytes()),
                    m.peakRssBytes() == null ? "-" : Figures.bytes(m.peakRssBytes()) + (m.peakRssScope() == RssScope.process ? "*" : ""),
                    m.minHeapBytes() == null ? "-" : Figures.bytes(m.minHeapBytes()),
                    fair == null || fair.nsPerOp() == null ? "-" : Figures.group(Math.round(fair.nsPerOp())),
                    fair == null || fair.peakRssBytes() == null ? "-" : Figures.bytes(fair.peakRssBytes())});
        }
        return rows;
    }

    public static String headline(ResultsDocument document, String fixture, List<Result> results) {
        Config c = document.config();
        Result any = results.getFirst();
        String size = c.fixture(fixture).map(f -> " (" + Figures.group(f.bytes()) + " B)").orElse("");
        double level = results.stream().map(r -> r.timing().nsPerOpInterval()).filter(java.util.Objects::nonNull)
                .mapToDouble(Interval::level).min().orElse(c.confidence());
        return String.format(Locale.ROOT, "%s decodes of %s%s, warm-up %s, median of %d %s %s; ranked by %s "
                        + "time against %s", Figures.group(any.iterations()), fixture, size, Figures.group(any.warmup()),
                c.runs(), Figures.plural(c.runs(), "run"),
                level > 0 ? "with " + percent(level) + " intervals" : "(too few for an interval)", c.timeBasis(),
                c.reference() == null ? "the fastest" : c.reference());
    }

    /** How to read the tables and how the figures were made, one line each. */
    public static List<String> footer(ResultsDocument document) {
        Environment env = document.environment();
        Config config = document.config();
        List<String> lines = new ArrayList<>();
        lines.add("Rank: results not significantly slower (Mann-Whitney, " + percent(config.confidence())
                + ") than the first of a rank share it (~); vs reference: Hodges-Lehmann ratio of the runs with its interval; "
                + "! = a run ran on a busy machine (notes)");
        lines.add("Machine: " + env.cpuModel() + ", " + env.cores() + " cores, " + env.os() + ", kernel " + env.kernel());
        lines.add("JDK: " + env.jdkVendor() + " " + env.jdkVersion() + "; JVM flags (every timed fork): "
                + String.join(" ", env.jvmFlags()));
        if (config.countJvmFlags() != null) {
            List<String> extra = config.countJvmFlags().stream().filter(f -> !env.jvmFlags().contains(f)).toList();
            lines.add("Allocations (Java): a separate fork per backend and mode (same flags plus " + String.join(" ", extra)
                    + ", JFR), " + Figures.group(config.countIterations()) + " decodes after "
                    + Figures.group(config.countWarmup()) + "; shown only when verified (whole numbers, equal to the timed "
                    + "runs' bytes)");
        }
        document.results().stream()
                .filter(r -> r.language() != Language.java && r.allocations().method() != null)
                .map(r -> r.language() + ": " + r.allocations().method()).distinct().reduce((a, b) -> a + "; " + b)
                .ifPresent(m -> lines.add("Allocations (Go, Rust): a separate counting run (" + m + ")"));
        lines.add("Memory: retained = bytes one result keeps alive; runtime RSS = the process before the first decode; "
                + "peak RSS = the timed loop's VmHWM under the fork's own heap (* = whole process); min heap = the smallest "
                + "-Xmx that completes the loop; fair heap = twice it");
        return lines;
    }

    /** Notes that say the same thing of several rows, once, with the rows: "note (jackson typed, gson tree)". */
    public static List<String> groupedNotes(List<Result> results) {
        Map<String, Set<String>> notes = new LinkedHashMap<>();
        for (Result r : results) {
            r.notes().forEach(n -> notes.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(r.label()));
            r.failures().forEach(f -> notes.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(r.label()));
        }
        List<String> lines = new ArrayList<>();
        notes.forEach((note, rows) -> lines.add(note + " (" + String.join(", ", rows) + ")"));
        return lines;
    }

    /** "low-high"; "-" without an interval or with no confidence at all (one run). */
    public static String range(Interval interval, double factor) {
        return interval == null || interval.level() == 0 ? "-" : Figures.group(Math.round(interval.low() * factor)) + "-"
                + Figures.group(Math.round(interval.high() * factor));
    }

    public static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio >= 10 ? "%.1fx" : "%.2fx", ratio);
    }

    public static String ratioRange(Interval interval) {
        return String.format(Locale.ROOT, "%.2f-%.2f", interval.low(), interval.high());
    }

    public static String percent(double level) {
        double p = 100 * level;
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%.2f%%", p);
    }
}
