package dev.jsonbench.bench.report;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ranking both the terminal table and results.md print: per document, the ok results typed before tree and
 * fastest first, in the shape of the well-known table (Solution | Time | Peak Memory | Allocations, with ns/op
 * and bytes/op added); results that are not ok never enter it and are listed after it with their reason.
 */
final class Ranking {

    static final String[] HEADERS = {"Solution", "Time", "ns/op", "Peak Memory", "Allocations", "allocs/op", "bytes/op"};

    private Ranking() {
    }

    /** The results of each document, in the order the documents were measured. */
    static Map<String, List<Result>> byFixture(List<Result> results) {
        return results.stream().collect(Collectors.groupingBy(Result::fixture, LinkedHashMap::new, Collectors.toList()));
    }

    /** The ok results, typed before tree, fastest first. */
    static List<Result> ranked(List<Result> results) {
        return results.stream()
                .filter(Result::ok)
                .sorted(Comparator.comparing(Result::mode, Comparator.comparingInt(Mode::ordinal))
                        .thenComparingDouble(r -> r.timing().totalMs() == null ? Double.MAX_VALUE : r.timing().totalMs().median()))
                .toList();
    }

    /** The header row and one row per ranked result. */
    static List<String[]> rows(List<Result> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        ranked(results).forEach(r -> rows.add(row(r)));
        return rows;
    }

    static String headline(ResultsDocument document, String fixture, List<Result> results) {
        int runs = document.config().runs();
        Result any = results.getFirst();
        String size = document.config().fixture(fixture).map(f -> " (" + Figures.group(f.bytes()) + " B)").orElse("");
        return String.format(Locale.ROOT, "%s decodes of %s%s, warm-up %s, median of %d %s (min-max)",
                Figures.group(any.iterations()), fixture, size, Figures.group(any.warmup()), runs, Figures.plural(runs, "run"));
    }

    /** How the figures were made, one line each. */
    static List<String> footer(ResultsDocument document) {
        Environment env = document.environment();
        Config config = document.config();
        List<String> lines = new ArrayList<>();
        lines.add("Machine: " + env.cpuModel() + ", " + env.cores() + " cores, " + env.os() + ", kernel " + env.kernel());
        lines.add("JDK: " + env.jdkVendor() + " " + env.jdkVersion());
        lines.add("JVM flags (every timed fork): " + String.join(" ", env.jvmFlags()));
        if (config.countJvmFlags() != null) {
            List<String> extra = config.countJvmFlags().stream().filter(f -> !env.jvmFlags().contains(f)).toList();
            lines.add("Allocations: counted in a separate fork per backend and mode (same flags plus " + String.join(" ", extra)
                    + ", JFR), over " + Figures.group(config.countIterations()) + " ops after "
                    + Figures.group(config.countWarmup()) + " warm-up ops; shown only when verified; Allocations = allocs/op x iterations");
        }
        document.results().stream()
                .filter(r -> r.language() != Language.java && r.allocations().method() != null)
                .map(r -> r.language() + ": " + r.allocations().method()).distinct().reduce((a, b) -> a + "; " + b)
                .ifPresent(m -> lines.add("Allocations (Go, Rust): counted by the runner inside each timed run (" + m + ")"));
        lines.add("Peak Memory: the process's peak RSS (VmHWM) during the timed loop (* = whole process), under the heap flags above");
        return lines;
    }

    private static String[] row(Result r) {
        Result.Timing t = r.timing();
        Result.Allocations a = r.allocations();
        Result.Memory m = r.memory();
        return new String[]{
                r.runner() + " (" + r.mode() + ")",
                t.totalMs() == null ? "-" : String.format(Locale.ROOT, "%s ms (%s-%s)", Figures.millis(t.totalMs().median()),
                        Figures.millis(t.totalMs().min()), Figures.millis(t.totalMs().max())),
                t.nsPerOp() == null ? "-" : Figures.group(Math.round(t.nsPerOp())),
                m.peakRssBytes() == null ? "-" : Figures.mib(m.peakRssBytes()) + (m.peakRssScope() == RssScope.process ? "*" : ""),
                a.perOp() != null ? Figures.group(Math.round(a.perOp() * r.iterations()))
                        : a.method() != null && !a.verified() ? "unverified" : "-",
                a.perOp() == null ? "-" : Figures.count(a.perOp()),
                a.bytesPerOp() == null ? "-" : Figures.decimal(a.bytesPerOp()),
        };
    }
}
