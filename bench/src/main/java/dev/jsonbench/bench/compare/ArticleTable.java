package dev.jsonbench.bench.compare;

import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The article's table (Solution | Time | Peak Memory | Allocations) with every cell measured in this run and the
 * article's claimed value beside it, the measured/claimed ratio, and speed relative to serde_json measured in the
 * same run; as markdown ready for a blog post, followed by the details and the environment.
 *
 * <p>Times and allocation totals are given for the article's number of parses ({@link ArticleClaims#iterations()}),
 * from the measured per-parse figures: with the default 100,000 iterations that is exactly the measured total; a
 * shorter run ({@code --quick}) is scaled and says so. A row that was skipped or failed shows no measured number.
 */
public final class ArticleTable {

    /** The article's reference: its fastest row, serde_json into owned structs. */
    static final String REFERENCE = "serde-json-owned";

    private ArticleTable() {
    }

    /** One row: a claim (null for the Java backends, which the article did not measure) and its result, if any. */
    record Row(String solution, ArticleClaims.Claim claim, Result result) {
        boolean measured() {
            return result != null && result.ok() && result.nsPerOp() != null;
        }
    }

    public static String markdown(ArticleClaims claims, ResultsDocument document) {
        List<Row> rows = rows(claims, document.results());
        Optional<Row> reference = rows.stream().filter(r -> r.claim() != null && r.claim().runner().equals(REFERENCE)).findFirst()
                .or(() -> rows.stream().filter(r -> r.claim() != null).findFirst());
        int n = claims.iterations();
        Map<String, Object> env = document.environment();
        Map<String, Object> config = document.config();
        long iterations = number(config.get("iterations"));

        StringBuilder out = new StringBuilder();
        out.append("# JSON parsing in Rust, Go and Java: the article's table, measured\n\n");
        out.append("**Claimed** (").append(claims.file().getFileName()).append("): ").append(escape(claims.description()))
                .append(" Machine: ").append(escape(claims.machine()));
        if (!claims.toolchains().isEmpty()) {
            List<String> tc = new ArrayList<>();
            claims.toolchains().forEach((k, v) -> tc.add(k + " " + v));
            out.append("; ").append(String.join(", ", tc));
        }
        out.append(".\n\n");
        out.append(String.format(Locale.ROOT, "**Measured here**: %s typed decodes of `%s`%s into the article's model per run, "
                        + "warm-up %s, median of %s run%s per row, the runs of all rows interleaved; on %s (%s cores), %s.%s\n\n",
                group(iterations), fixtureName(config), fixtureBytes(config), group(number(config.get("warmup"))),
                config.get("runs"), Objects.equals(config.get("runs"), 1) ? "" : "s", env.get("cpu_model"), env.get("cores"),
                env.get("date"),
                iterations == n ? "" : String.format(Locale.ROOT, " Times and allocation totals below are per %s parses, "
                        + "scaled from the measured per-parse figures (this run made %s parses per timed loop).", group(n), group(iterations))));
        out.append("Each cell: measured (claimed, measured/claimed).\n\n");

        List<String[]> table = new ArrayList<>();
        table.add(new String[]{"Solution", "Time (" + group(n) + " parses)", "vs serde_json", "Peak Memory",
                "Allocations (" + group(n) + " parses)", "Allocations per parse", "Status"});
        for (Row row : rows) {
            table.add(cells(row, reference.orElse(null), n));
        }
        out.append(markdownTable(table, true)).append('\n');

        out.append("## Details\n\n");
        List<String[]> details = new ArrayList<>();
        details.add(new String[]{"Solution", "Runner", "Library", "Version", "Time min / median / max (ms, " + group(iterations)
                + " parses)", "ns/parse", "Bytes/parse", "GC count", "Allocations counted by", "Digest"});
        for (Row row : rows) {
            Result r = row.result();
            if (r == null) {
                details.add(new String[]{row.solution(), row.claim().runner(), "-", "-", "-", "-", "-", "-", "-", "-"});
                continue;
            }
            details.add(new String[]{row.solution(), r.runner() + " (" + r.language() + ")", escape(r.library()),
                    escape(r.libraryVersion()),
                    r.totalMs() == null ? "-" : millis(r.totalMs().min()) + " / " + millis(r.totalMs().median()) + " / " + millis(r.totalMs().max()),
                    r.nsPerOp() == null ? "-" : group(Math.round(r.nsPerOp())),
                    r.allocBytesPerOp() == null ? "-" : group(Math.round(r.allocBytesPerOp())),
                    r.gcCount() == null ? "-" : Long.toString(r.gcCount()),
                    r.allocsMethod() == null ? "-" : escape(r.allocsMethod()),
                    r.digestOk() == null ? "-" : r.digestOk() ? "ok " + r.digest() : "WRONG " + Objects.toString(r.digest(), "")});
        }
        out.append(markdownTable(details, false)).append('\n');

        out.append("## How to read it\n\n");
        out.append("- **Time**: wall time of the timed loop (monotonic clock), median over the runs; every run is a fresh "
                + "process (one JVM per Java run), after a warm-up of as many parses on the same bytes. "
                + "*vs serde_json* compares with serde_json's median measured in this same run; in brackets, the same ratio "
                + "from the article's figures.\n");
        out.append("- **Peak Memory**: the process's peak resident set (`VmHWM`, reset just before the timed loop) in MB "
                + "(10^6 bytes); `*` marks a whole-process peak (reset refused). A JVM's figure is mostly the part of its fixed "
                + "heap the loop touched (flags below), not what the parser retains. The article does not say how it measured; "
                + "its cited source samples VmRSS.\n");
        out.append("- **Allocations**: heap allocations per parse from each language's exact counter (column *Allocations counted by*), "
                + "times " + group(n) + " for the total, so that it compares like for like with the article's totals. "
                + "Owned `String`/`Vec`/`Value` fields cannot be filled without allocating, so no owned serde_json decode makes 0.\n");
        out.append("- A row that was skipped or failed shows no measured figure: its status says why.\n");
        Map<String, Set<String>> notes = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.result() != null) {
                mergeRuns(row.result().notes()).forEach(note -> notes.computeIfAbsent(note, k -> new LinkedHashSet<>()).add(row.solution()));
            }
        }
        if (!notes.isEmpty()) {
            out.append("\nRunner notes:\n\n");
            notes.forEach((note, solutions) -> out.append("- ").append(escape(String.join(", ", solutions))).append(": ")
                    .append(escape(note)).append('\n'));
        }
        out.append('\n');

        out.append("## Environment\n\n");
        List<String[]> e = new ArrayList<>();
        e.add(new String[]{"Item", "Value"});
        e.add(new String[]{"Date", str(env.get("date"))});
        e.add(new String[]{"CPU", str(env.get("cpu_model")) + ", " + str(env.get("cores")) + " cores"
                + (env.get("cpu_governor") == null ? "" : ", governor " + env.get("cpu_governor"))});
        if (env.get("memory_bytes") instanceof Number mem) {
            e.add(new String[]{"Memory", String.format(Locale.ROOT, "%.1f GB", mem.doubleValue() / 1e9)});
        }
        e.add(new String[]{"OS", str(env.get("os")) + ", kernel " + str(env.get("kernel")) + ", " + str(env.get("arch"))});
        e.add(new String[]{"Load average (at the end)", str(env.get("load_average"))});
        e.add(new String[]{"JDK", str(env.get("jdk_vendor")) + " " + str(env.get("jdk_version"))});
        e.add(new String[]{"JVM flags (every Java run)", "`" + join(env.get("jvm_flags")) + "`"});
        if (config.get("count_jvm_flags") instanceof List<?> countFlags && !countFlags.isEmpty()) {
            e.add(new String[]{"Java allocation count", "a separate fork per backend with `" + join(countFlags) + "`, "
                    + group(number(config.get("count_iterations"))) + " parses after " + group(number(config.get("count_warmup")))
                    + " warm-up"});
        }
        e.add(new String[]{"Go", str(env.get("go_version"))});
        e.add(new String[]{"rustc", str(env.get("rustc_version"))});
        for (Row row : rows) {
            if (row.result() != null) {
                e.add(new String[]{"Library: " + row.solution(), escape(row.result().library() + " " + row.result().libraryVersion())});
            }
        }
        e.add(new String[]{"jsonbench commit", str(env.get("git_commit"))
                + (Boolean.TRUE.equals(env.get("git_dirty")) ? " (with uncommitted changes)" : "")});
        out.append(markdownTable(e, false));
        return out.toString();
    }

    /** The article's rows in its order, then every Java backend, fastest first (those not ok last). */
    static List<Row> rows(ArticleClaims claims, List<Result> results) {
        List<Row> rows = new ArrayList<>();
        for (ArticleClaims.Claim claim : claims.claims()) {
            Result result = results.stream().filter(r -> r.runner().equals(claim.runner()) && !r.language().equals("java")
                    && r.mode().equals("typed")).findFirst().orElse(null);
            rows.add(new Row(claim.solution(), claim, result));
        }
        results.stream()
                .filter(r -> r.language().equals("java") && r.mode().equals("typed"))
                .sorted(Comparator.<Result>comparingInt(r -> r.ok() && r.nsPerOp() != null ? 0 : 1)
                        .thenComparingDouble(r -> r.nsPerOp() == null ? Double.MAX_VALUE : r.nsPerOp()))
                .forEach(r -> rows.add(new Row("Java " + r.runner(), null, r)));
        return rows;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    /**
     * A result's notes with those that differ only in their numbers (one per run, e.g. each run's CPU time) merged
     * into one: "thread CPU time 3620 / 2237 / 3827 ns".
     */
    static List<String> mergeRuns(List<String> notes) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String note : notes) {
            groups.computeIfAbsent(NUMBER.matcher(note).replaceAll("#"), k -> new ArrayList<>()).add(note);
        }
        List<String> out = new ArrayList<>();
        for (List<String> group : groups.values()) {
            if (group.size() == 1) {
                out.add(group.getFirst());
                continue;
            }
            List<List<String>> numbers = group.stream().map(n -> NUMBER.matcher(n).results().map(r -> r.group()).toList()).toList();
            java.util.regex.Matcher m = NUMBER.matcher(group.getFirst());
            StringBuilder merged = new StringBuilder();
            int i = 0;
            while (m.find()) {
                int position = i++;
                List<String> values = numbers.stream().map(list -> list.get(position)).toList();
                String replacement = values.stream().distinct().count() == 1 ? values.getFirst() : String.join(" / ", values);
                m.appendReplacement(merged, java.util.regex.Matcher.quoteReplacement(replacement));
            }
            m.appendTail(merged);
            out.add(merged + " (per run)");
        }
        return out;
    }

    static String[] cells(Row row, Row reference, int n) {
        ArticleClaims.Claim c = row.claim();
        Result r = row.result();
        boolean m = row.measured();
        String time;
        String relative;
        String peak;
        String allocations;
        String perParse;
        if (m) {
            double ms = r.nsPerOp() * n / 1e6;
            time = withClaim(millis(ms) + " ms", c == null ? null : millis(c.timeMs()) + " ms", c == null ? null : ratio(ms, c.timeMs()));
            peak = r.peakRssBytes() == null ? "not measured" + claimOnly(c == null ? null : mb(c.peakMemoryMb()))
                    : withClaim(mb(r.peakRssBytes() / 1e6) + ("process".equals(r.peakRssScope()) ? "*" : ""),
                    c == null ? null : mb(c.peakMemoryMb()), c == null ? null : ratio(r.peakRssBytes() / 1e6, c.peakMemoryMb()));
            if (r.allocsPerOp() != null) {
                double total = r.allocsPerOp() * n;
                allocations = withClaim(group(Math.round(total)), c == null ? null : group(c.allocations()),
                        c == null ? null : ratio(total, c.allocations()));
                perParse = withClaim(perOp(r.allocsPerOp()), c == null ? null : perOp(c.allocations() / (double) n), null);
            } else {
                String why = r.allocsMethod() != null && !r.allocsVerified() ? "unverified" : "not counted";
                allocations = why + claimOnly(c == null ? null : group(c.allocations()));
                perParse = why + claimOnly(c == null ? null : perOp(c.allocations() / (double) n));
            }
        } else {
            time = "not measured" + claimOnly(c == null ? null : millis(c.timeMs()) + " ms");
            peak = "not measured" + claimOnly(c == null ? null : mb(c.peakMemoryMb()));
            allocations = "not measured" + claimOnly(c == null ? null : group(c.allocations()));
            perParse = "not measured" + claimOnly(c == null ? null : perOp(c.allocations() / (double) n));
        }
        relative = relative(row, reference);
        return new String[]{row.solution(), time, relative, peak, allocations, perParse, status(r)};
    }

    static String relative(Row row, Row reference) {
        String claimed = row.claim() != null && reference != null && reference.claim() != null
                ? speed(row.claim().timeMs() / reference.claim().timeMs()) : null;
        String measured;
        if (reference == null || !reference.measured()) {
            measured = "n/a (serde_json not measured)";
        } else if (!row.measured()) {
            measured = "not measured";
        } else {
            measured = speed(row.result().nsPerOp() / reference.result().nsPerOp());
        }
        return claimed == null ? measured : measured + " (claimed " + claimed + ")";
    }

    /** "1.00×", "4.31× slower", "1.20× faster" */
    static String speed(double timeRatio) {
        if (Math.abs(timeRatio - 1) < 0.005) {
            return "1.00×";
        }
        return timeRatio > 1 ? String.format(Locale.ROOT, "%.2f× slower", timeRatio)
                : String.format(Locale.ROOT, "%.2f× faster", 1 / timeRatio);
    }

    static String status(Result r) {
        if (r == null) {
            return "not run";
        }
        if (r.ok()) {
            return Boolean.TRUE.equals(r.digestOk()) ? "ok, digest ok" : "ok";
        }
        return r.status() + (r.reason() == null ? "" : ": " + escape(r.reason()));
    }

    private static String withClaim(String measured, String claimed, String ratio) {
        if (claimed == null) {
            return measured;
        }
        return measured + " (claimed " + claimed + (ratio == null ? "" : ", " + ratio) + ")";
    }

    private static String claimOnly(String claimed) {
        return claimed == null ? "" : " (claimed " + claimed + ")";
    }

    /** measured/claimed as "×1.46"; "n/a" against a claimed 0. */
    static String ratio(double measured, double claimed) {
        if (claimed == 0) {
            return "ratio n/a";
        }
        double x = measured / claimed;
        return x >= 10 ? String.format(Locale.ROOT, "×%.0f", x) : String.format(Locale.ROOT, "×%.2f", x);
    }

    static String millis(double ms) {
        return ms >= 100 ? group(Math.round(ms)) : String.format(Locale.ROOT, "%.1f", ms);
    }

    static String mb(double mb) {
        return String.format(Locale.ROOT, "%,.1f MB", mb);
    }

    static String perOp(double value) {
        return Math.abs(value - Math.rint(value)) < 0.005 ? group(Math.round(value)) : String.format(Locale.ROOT, "%,.2f", value);
    }

    static String group(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static String str(Object value) {
        return value == null ? "unknown" : escape(String.valueOf(value));
    }

    private static String join(Object values) {
        return values instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList()) : str(values);
    }

    private static String fixtureName(Map<String, Object> config) {
        return firstFixture(config).map(f -> String.valueOf(f.get("name"))).orElse("?");
    }

    private static String fixtureBytes(Map<String, Object> config) {
        return firstFixture(config).filter(f -> f.get("bytes") instanceof Number)
                .map(f -> " (" + group(((Number) f.get("bytes")).longValue()) + " B)").orElse("");
    }

    private static Optional<Map<?, ?>> firstFixture(Map<String, Object> config) {
        if (config.get("fixtures") instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?> map) {
            return Optional.of(map);
        }
        return Optional.empty();
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    static String markdownTable(List<String[]> rows, boolean figures) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            out.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            if (i == 0) {
                String[] rule = new String[rows.getFirst().length];
                for (int c = 0; c < rule.length; c++) {
                    rule[c] = c == 0 || c == rule.length - 1 || !figures ? "---" : "---:";
                }
                out.append("| ").append(String.join(" | ", rule)).append(" |\n");
            }
        }
        return out.toString();
    }
}
