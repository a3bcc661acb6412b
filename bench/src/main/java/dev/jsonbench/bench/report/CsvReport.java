package dev.jsonbench.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One line per result, RFC 4180 quoting, figures in plain units (ms, ns, bytes). */
public final class CsvReport {

    static final String[] COLUMNS = {"fixture", "runner", "language", "library", "library_version", "mode",
            "status", "reason", "iterations", "warmup", "total_ms_median", "total_ms_min", "total_ms_max", "ns_per_op",
            "mb_per_s", "alloc_bytes_per_op", "allocs_per_op", "allocs_verified", "peak_rss_bytes", "peak_rss_scope",
            "gc_count", "gc_pause_ms", "digest", "digest_ok"};

    private CsvReport() {
    }

    public static String render(ResultsDocument document) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Result r : document.results()) {
            Spread total = r.timing().totalMs();
            Object[] values = {r.fixture(), r.runner(), r.language(), r.library(), r.libraryVersion(), r.mode(),
                    r.status(), r.reason(), r.iterations(), r.warmup(),
                    total == null ? null : total.median(), total == null ? null : total.min(), total == null ? null : total.max(),
                    r.timing().nsPerOp(), r.timing().mbPerS(), r.allocations().bytesPerOp(), r.allocations().perOp(),
                    r.allocations().verified(), r.memory().peakRssBytes(), r.memory().peakRssScope(), r.memory().gcCount(),
                    r.memory().gcPauseMs(), r.verification().digest(), r.verification().digestOk()};
            List<String> cells = new ArrayList<>();
            for (Object v : values) {
                cells.add(cell(v));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
