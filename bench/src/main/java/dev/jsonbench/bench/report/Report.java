package dev.jsonbench.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a {@link ResultsDocument}: the terminal table (the shape of the well-known one, Solution | Time |
 * Peak Memory | Allocations, with ns/op and bytes/op added), markdown and CSV. Results that are not {@code ok}
 * never enter a ranking: they are listed after it with their status and reason.
 */
public final class Report {

    private Report() {
    }

    public static String render(ResultsDocument document, Format format) {
        return switch (format) {
            case table -> table(document);
            case markdown -> markdown(document);
            case csv -> csv(document);
            case json -> {
                try {
                    yield ResultsWriter.JSON.writeValueAsString(document) + "\n";
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    // ---------------------------------------------------------------- terminal

    static final String[] HEADERS = {"Solution", "Time", "ns/op", "Peak Memory", "Allocations", "allocs/op", "bytes/op"};

    public static String table(ResultsDocument document) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Result>> group : byFixture(document.results()).entrySet()) {
            List<Result> results = group.getValue();
            out.append(headline(document, group.getKey(), results)).append('\n');
            List<Result> ranked = ranked(results);
            List<String[]> rows = new ArrayList<>();
            rows.add(HEADERS);
            for (Result r : ranked) {
                rows.add(row(r));
            }
            out.append(align(rows, true));
            List<Result> others = results.stream().filter(r -> !r.ok()).toList();
            if (!others.isEmpty()) {
                out.append("Not ranked:\n");
                for (Result r : others) {
                    out.append("  ").append(r.label()).append(": ").append(r.status().toUpperCase(Locale.ROOT))
                            .append(r.reason() == null ? "" : " - " + r.reason()).append('\n');
                }
            }
            out.append('\n');
        }
        out.append(footer(document));
        return out.toString();
    }

    private static String headline(ResultsDocument document, String fixture, List<Result> results) {
        Object runs = document.config().get("runs");
        Result any = results.getFirst();
        return String.format(Locale.ROOT, "%s decodes of %s%s, warm-up %s, median of %s run%s (min-max)",
                group(any.iterations()), fixture, fixtureSize(document, fixture), group(any.warmup()), runs,
                Objects.equals(runs, 1) ? "" : "s");
    }

    private static String fixtureSize(ResultsDocument document, String fixture) {
        if (document.config().get("fixtures") instanceof List<?> fixtures) {
            for (Object f : fixtures) {
                if (f instanceof Map<?, ?> map && fixture.equals(map.get("name")) && map.get("bytes") instanceof Number n) {
                    return " (" + group(n.longValue()) + " B)";
                }
            }
        }
        return "";
    }

    private static String footer(ResultsDocument document) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> env = document.environment();
        out.append("Machine: ").append(env.get("cpu_model")).append(", ").append(env.get("cores")).append(" cores, ")
                .append(env.get("os")).append(", kernel ").append(env.get("kernel")).append('\n');
        out.append("JDK: ").append(env.get("jdk_vendor")).append(' ').append(env.get("jdk_version")).append('\n');
        if (env.get("jvm_flags") instanceof List<?> flags) {
            out.append("JVM flags (every timed fork): ").append(join(flags)).append('\n');
        }
        Object countFlags = document.config().get("count_jvm_flags");
        if (countFlags instanceof List<?> flags) {
            List<?> extra = env.get("jvm_flags") instanceof List<?> base
                    ? flags.stream().filter(f -> !base.contains(f)).toList() : flags;
            out.append("Allocations: counted in a separate fork per backend and mode (same flags plus ").append(join(extra))
                    .append(", JFR), over ").append(group(number(document.config().get("count_iterations"))))
                    .append(" ops after ").append(group(number(document.config().get("count_warmup"))))
                    .append(" warm-up ops; shown only when verified; Allocations = allocs/op x iterations\n");
        }
        document.results().stream().filter(r -> !r.language().equals("java") && r.allocsMethod() != null)
                .map(r -> r.language() + ": " + r.allocsMethod()).distinct().reduce((a, b) -> a + "; " + b)
                .ifPresent(m -> out.append("Allocations (Go, Rust): counted by the runner inside each timed run (").append(m).append(")\n"));
        out.append("Peak Memory: the process's peak RSS (VmHWM) during the timed loop (* = whole process), under the heap flags above\n");
        return out.toString();
    }

    private static String[] row(Result r) {
        return new String[]{
                r.runner() + " (" + r.mode() + ")",
                r.totalMs() == null ? "-" : String.format(Locale.ROOT, "%s ms (%s-%s)", millis(r.totalMs().median()),
                        millis(r.totalMs().min()), millis(r.totalMs().max())),
                r.nsPerOp() == null ? "-" : group(Math.round(r.nsPerOp())),
                r.peakRssBytes() == null ? "-" : mib(r.peakRssBytes()) + ("process".equals(r.peakRssScope()) ? "*" : ""),
                allocations(r),
                r.allocsPerOp() == null ? "-" : count(r.allocsPerOp()),
                r.allocBytesPerOp() == null ? "-" : decimal(r.allocBytesPerOp()),
        };
    }

    private static String allocations(Result r) {
        if (r.allocsPerOp() != null) {
            return group(Math.round(r.allocsPerOp() * r.iterations()));
        }
        return r.allocsMethod() != null && !r.allocsVerified() ? "unverified" : "-";
    }

    // ---------------------------------------------------------------- markdown

    public static String markdown(ResultsDocument document) {
        StringBuilder out = new StringBuilder("# jsonbench results\n\n");
        for (Map.Entry<String, List<Result>> group : byFixture(document.results()).entrySet()) {
            List<Result> results = group.getValue();
            out.append("## ").append(headline(document, group.getKey(), results)).append("\n\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(HEADERS);
            ranked(results).forEach(r -> rows.add(row(r)));
            out.append(markdownTable(rows)).append('\n');
            List<Result> others = results.stream().filter(r -> !r.ok()).toList();
            if (!others.isEmpty()) {
                out.append("Not ranked:\n\n");
                for (Result r : others) {
                    out.append("- **").append(r.label()).append("**: ").append(r.status())
                            .append(r.reason() == null ? "" : " - " + escape(r.reason())).append('\n');
                }
                out.append('\n');
            }
        }
        out.append("## Details\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Result", "Library", "Version", "MB/s", "GC count", "GC pause (ms)", "Digest", "Configuration"});
        for (Result r : document.results()) {
            rows.add(new String[]{r.label() + fixtureSuffix(document, r), r.library(), r.libraryVersion(),
                    r.mbPerS() == null ? "-" : decimal(r.mbPerS()),
                    r.gcCount() == null ? "-" : Long.toString(r.gcCount()),
                    r.gcPauseMs() == null ? "-" : decimal(r.gcPauseMs()),
                    r.digestOk() == null ? "-" : r.digestOk() ? "ok " + r.digest() : "WRONG " + Objects.toString(r.digest(), ""),
                    escape(Objects.toString(r.configuration(), ""))});
        }
        out.append(markdownTable(rows, false)).append('\n');
        Set<String> notes = new LinkedHashSet<>();
        for (Result r : document.results()) {
            r.notes().forEach(n -> notes.add(r.label() + ": " + n));
            r.failures().forEach(f -> notes.add(r.label() + ": " + f));
        }
        if (!notes.isEmpty()) {
            out.append("### Notes\n\n");
            notes.forEach(n -> out.append("- ").append(escape(n)).append('\n'));
            out.append('\n');
        }
        out.append("## Environment\n\n");
        List<String[]> env = new ArrayList<>();
        env.add(new String[]{"Item", "Value"});
        document.environment().forEach((k, v) -> env.add(new String[]{k, escape(v instanceof List<?> l ? join(l) : String.valueOf(v))}));
        out.append(markdownTable(env, false)).append('\n');
        out.append("## Configuration\n\n");
        List<String[]> config = new ArrayList<>();
        config.add(new String[]{"Item", "Value"});
        document.config().forEach((k, v) -> config.add(new String[]{k, escape(v instanceof List<?> l ? join(l) : String.valueOf(v))}));
        out.append(markdownTable(config, false)).append('\n');
        out.append(footer(document).lines().map(l -> "- " + escape(l)).reduce((a, b) -> a + "\n" + b).orElse("")).append('\n');
        return out.toString();
    }

    private static String fixtureSuffix(ResultsDocument document, Result r) {
        return byFixture(document.results()).size() > 1 ? " [" + r.fixture() + "]" : "";
    }

    // ---------------------------------------------------------------- csv

    static final String[] CSV_COLUMNS = {"fixture", "runner", "language", "library", "library_version", "mode",
            "status", "reason", "iterations", "warmup", "total_ms_median", "total_ms_min", "total_ms_max", "ns_per_op",
            "mb_per_s", "alloc_bytes_per_op", "allocs_per_op", "allocs_verified", "peak_rss_bytes", "peak_rss_scope",
            "gc_count", "gc_pause_ms", "digest", "digest_ok"};

    public static String csv(ResultsDocument document) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
        for (Result r : document.results()) {
            Object[] values = {r.fixture(), r.runner(), r.language(), r.library(), r.libraryVersion(), r.mode(),
                    r.status(), r.reason(), r.iterations(), r.warmup(),
                    r.totalMs() == null ? null : r.totalMs().median(), r.totalMs() == null ? null : r.totalMs().min(),
                    r.totalMs() == null ? null : r.totalMs().max(), r.nsPerOp(), r.mbPerS(), r.allocBytesPerOp(),
                    r.allocsPerOp(), r.allocsVerified(), r.peakRssBytes(), r.peakRssScope(), r.gcCount(),
                    r.gcPauseMs(), r.digest(), r.digestOk()};
            List<String> cells = new ArrayList<>();
            for (Object v : values) {
                cells.add(csvCell(v));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    // ---------------------------------------------------------------- helpers

    static Map<String, List<Result>> byFixture(List<Result> results) {
        Map<String, List<Result>> groups = new LinkedHashMap<>();
        for (Result r : results) {
            groups.computeIfAbsent(r.fixture(), f -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** The ok results, typed before tree, fastest first. */
    static List<Result> ranked(List<Result> results) {
        List<String> modeOrder = List.of("typed", "tree");
        return results.stream()
                .filter(Result::ok)
                .sorted(Comparator.<Result>comparingInt(r -> modeOrder.indexOf(r.mode()) < 0 ? 99 : modeOrder.indexOf(r.mode()))
                        .thenComparingDouble(r -> r.totalMs() == null ? Double.MAX_VALUE : r.totalMs().median()))
                .toList();
    }

    /** A left-aligned first column, right-aligned figures, a rule under the header. */
    public static String alignTable(List<String[]> rows) {
        return align(rows, true);
    }

    /** Every column left-aligned (text, not figures). */
    public static String textTable(List<String[]> rows) {
        return align(rows, true, true);
    }

    public static String markdownRows(List<String[]> rows) {
        return markdownTable(rows);
    }

    static String align(List<String[]> rows, boolean rule) {
        return align(rows, rule, false);
    }

    static String align(List<String[]> rows, boolean rule, boolean allLeft) {
        int columns = rows.getFirst().length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                boolean left = allLeft || c == 0 || i == 0;
                String cell = row[c];
                String pad = " ".repeat(width[c] - cell.length());
                line.append(left ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (i == 0 && rule) {
                int total = 0;
                for (int w : width) {
                    total += w;
                }
                out.append("-".repeat(Math.min(total + 2 * (columns - 1), 120))).append('\n');
            }
        }
        return out.toString();
    }

    static String markdownTable(List<String[]> rows) {
        return markdownTable(rows, true);
    }

    static String markdownTable(List<String[]> rows, boolean figures) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            out.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            if (i == 0) {
                String[] rule = new String[rows.get(0).length];
                for (int c = 0; c < rule.length; c++) {
                    rule[c] = c == 0 || !figures ? "---" : "---:";
                }
                out.append("| ").append(String.join(" | ", rule)).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String join(List<?> values) {
        return String.join(" ", values.stream().map(String::valueOf).toList());
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    public static String group(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String millis(double ms) {
        return ms >= 100 ? group(Math.round(ms)) : String.format(Locale.ROOT, "%.1f", ms);
    }

    static String decimal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return group((long) value);
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A per-op count: whole, or with four decimals so that an unsteady count shows as one. */
    static String count(double value) {
        return value == Math.rint(value) ? group((long) value) : String.format(Locale.ROOT, "%,.4f", value);
    }

    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
