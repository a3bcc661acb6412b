package dev.jsonbench.bench.article;

import static dev.jsonbench.bench.report.Figures.group;
import static dev.jsonbench.bench.report.Figures.millis;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.TextTable;
import dev.jsonbench.bench.report.html.ClaimsTable;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** What the table is, as the heading of article.md and report.html. */
    public static final String HEADING = "JSON parsing in Rust, Go and Java: the article's table, measured";

    /** The article's reference: its fastest row, serde_json into owned structs. */
    static final String REFERENCE = "serde-json-owned";

    private ArticleTable() {
    }

    /** One row: a claim (null for the Java backends, which the article did not measure) and its result, if any. */
    record Row(String solution, ArticleClaims.Claim claim, Result result) {
        boolean measured() {
            return result != null && result.ok() && result.timing().nsPerOp() != null;
        }
    }

    public static String markdown(ArticleClaims claims, ResultsDocument document) {
        List<Row> rows = rows(claims, document.results());
        int n = claims.iterations();
        Environment env = document.environment();
        Config config = document.config();
        long iterations = config.iterations();
        Optional<Config.Fixture> fixture = config.fixtures().stream().findFirst();

        StringBuilder out = new StringBuilder();
        out.append("# ").append(HEADING).append("\n\n");
        out.append("**Claimed** (").append(claims.file().getFileName()).append("): ").append(claimed(claims)).append("\n\n");
        out.append(String.format(Locale.ROOT, "**Measured here**: %s typed decodes of `%s`%s into the article's model per run, "
                        + "warm-up %s, median of %d %s per row, the runs of all rows interleaved; on %s (%s cores), %s.%s\n\n",
                group(iterations), fixture.map(Config.Fixture::name).orElse("?"),
                fixture.map(f -> " (" + group(f.bytes()) + " B)").orElse(""), group(config.warmup()), config.runs(),
                Figures.plural(config.runs(), "run"), env.cpuModel(), env.cores(), env.date(), scaling(claims, config)));
        out.append("Each cell: measured (claimed, measured/claimed).\n\n");

        out.append(TextTable.markdown(table(claims, rows), TextTable.Columns.FIGURES, 6)).append('\n');

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
            Result.Timing t = r.timing();
            details.add(new String[]{row.solution(), r.runner() + " (" + r.language() + ")", r.library(), r.libraryVersion(),
                    t.totalMs() == null ? "-" : millis(t.totalMs().min()) + " / " + millis(t.totalMs().median()) + " / "
                            + millis(t.totalMs().max()),
                    t.nsPerOp() == null ? "-" : group(Math.round(t.nsPerOp())),
                    r.allocations().bytesPerOp() == null ? "-" : group(Math.round(r.allocations().bytesPerOp())),
                    r.memory().gcCount() == null ? "-" : Long.toString(r.memory().gcCount()),
                    r.allocations().method() == null ? "-" : r.allocations().method(),
                    r.verification().digestOk() == null ? "-" : r.verification().digestOk() ? "ok " + r.verification().digest()
                            : "WRONG " + Objects.toString(r.verification().digest(), "")});
        }
        out.append(TextTable.markdown(details, TextTable.Columns.TEXT)).append('\n');

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
            notes.forEach((note, solutions) -> out.append("- ").append(String.join(", ", solutions)).append(": ")
                    .append(note).append('\n'));
        }
        out.append('\n');

        out.append("## Environment\n\n");
        List<String[]> e = new ArrayList<>();
        e.add(new String[]{"Item", "Value"});
        e.add(new String[]{"Date", str(env.date())});
        e.add(new String[]{"CPU", str(env.cpuModel()) + ", " + str(env.cores()) + " cores"
                + (env.cpuGovernor() == null ? "" : ", governor " + env.cpuGovernor())});
        if (env.memoryBytes() != null) {
            e.add(new String[]{"Memory", String.format(Locale.ROOT, "%.1f GB", env.memoryBytes() / 1e9)});
        }
        e.add(new String[]{"OS", str(env.os()) + ", kernel " + str(env.kernel()) + ", " + str(env.arch())});
        e.add(new String[]{"Load average (at the end)", str(env.loadAverage())});
        e.add(new String[]{"JDK", str(env.jdkVendor()) + " " + str(env.jdkVersion())});
        e.add(new String[]{"JVM flags (every Java run)", "`" + String.join(" ", env.jvmFlags()) + "`"});
        if (config.countJvmFlags() != null && !config.countJvmFlags().isEmpty()) {
            e.add(new String[]{"Java allocation count", "a separate fork per backend with `" + String.join(" ", config.countJvmFlags())
                    + "`, " + group(config.countIterations()) + " parses after " + group(config.countWarmup()) + " warm-up"});
        }
        e.add(new String[]{"Go", str(env.toolchains().goVersion())});
        e.add(new String[]{"rustc", str(env.toolchains().rustcVersion())});
        for (Row row : rows) {
            if (row.result() != null) {
                e.add(new String[]{"Library: " + row.solution(), row.result().library() + " " + row.result().libraryVersion()});
            }
        }
        e.add(new String[]{"jsonbench commit", str(env.gitCommit())
                + (Boolean.TRUE.equals(env.gitDirty()) ? " (with uncommitted changes)" : "")});
        out.append(TextTable.markdown(e, TextTable.Columns.TEXT));
        return out.toString();
    }

    /**
     * The article's table: a header, then per row each cell measured with the claimed value and the measured/claimed
     * ratio beside it (the article's rows in its order, then every Java backend, fastest first).
     */
    public static List<String[]> table(ArticleClaims claims, ResultsDocument document) {
        return table(claims, rows(claims, document.results()));
    }

    private static List<String[]> table(ArticleClaims claims, List<Row> rows) {
        int n = claims.iterations();
        Row reference = rows.stream().filter(r -> r.claim() != null && r.claim().runner().equals(REFERENCE)).findFirst()
                .or(() -> rows.stream().filter(r -> r.claim() != null).findFirst()).orElse(null);
        List<String[]> table = new ArrayList<>();
        table.add(new String[]{"Solution", "Time (" + group(n) + " parses)", "vs serde_json", "Peak Memory",
                "Allocations (" + group(n) + " parses)", "Allocations per parse", "Status"});
        for (Row row : rows) {
            table.add(cells(row, reference, n));
        }
        return table;
    }

    /** The article's table for report.html: what was claimed, how to read a cell, the table. */
    public static ClaimsTable claimsTable(ArticleClaims claims, ResultsDocument document) {
        return new ClaimsTable(HEADING, List.of(
                "Claimed (" + claims.file().getFileName() + "): " + claimed(claims),
                "Measured here: the run below. Each cell: measured (claimed, measured/claimed); vs serde_json: speed "
                        + "relative to serde_json measured in the same run." + scaling(claims, document.config())),
                table(claims, document));
    }

    /** Says so when this run's loop was not the article's number of parses; empty when it was. */
    private static String scaling(ArticleClaims claims, Config config) {
        int n = claims.iterations();
        return config.iterations() == n ? "" : String.format(Locale.ROOT, " Times and allocation totals below are per %s "
                + "parses, scaled from the measured per-parse figures (this run made %s parses per timed loop).", group(n),
                group(config.iterations()));
    }

    /** What the article measured and on what: its description, machine and toolchains. */
    public static String claimed(ArticleClaims claims) {
        StringBuilder out = new StringBuilder(claims.description()).append(" Machine: ").append(claims.machine());
        if (!claims.toolchains().isEmpty()) {
            List<String> tc = new ArrayList<>();
            claims.toolchains().forEach((k, v) -> tc.add(k + " " + v));
            out.append("; ").append(String.join(", ", tc));
        }
        return out.append('.').toString();
    }

    /** The article's rows in its order, then every Java backend, fastest first (those not ok last). */
    static List<Row> rows(ArticleClaims claims, List<Result> results) {
        List<Row> rows = new ArrayList<>();
        for (ArticleClaims.Claim claim : claims.claims()) {
            Result result = results.stream().filter(r -> r.runner().equals(claim.runner()) && r.language() != Language.java
                    && r.mode() == Mode.typed).findFirst().orElse(null);
            rows.add(new Row(claim.solution(), claim, result));
        }
        results.stream()
                .filter(r -> r.language() == Language.java && r.mode() == Mode.typed)
                .sorted(Comparator.<Result>comparingInt(r -> r.ok() && r.timing().nsPerOp() != null ? 0 : 1)
                        .thenComparingDouble(r -> r.timing().nsPerOp() == null ? Double.MAX_VALUE : r.timing().nsPerOp()))
                .forEach(r -> rows.add(new Row("Java " + r.runner(), null, r)));
        return rows;
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

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
            Matcher m = NUMBER.matcher(group.getFirst());
            StringBuilder merged = new StringBuilder();
            int i = 0;
            while (m.find()) {
                int position = i++;
                List<String> values = numbers.stream().map(list -> list.get(position)).toList();
                String replacement = values.stream().distinct().count() == 1 ? values.getFirst() : String.join(" / ", values);
                m.appendReplacement(merged, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(merged);
            out.add(merged + " (per run)");
        }
        return out;
    }

    static String[] cells(Row row, Row reference, int n) {
        ArticleClaims.Claim c = row.claim();
        Result r = row.result();
        String time;
        String peak;
        String allocations;
        String perParse;
        if (row.measured()) {
            double ms = r.timing().nsPerOp() * n / 1e6;
            time = withClaim(millis(ms) + " ms", c == null ? null : millis(c.timeMs()) + " ms", c == null ? null : ratio(ms, c.timeMs()));
            Long rss = r.memory().peakRssBytes();
            peak = rss == null ? "not measured" + claimOnly(c == null ? null : Figures.mb(c.peakMemoryMb()))
                    : withClaim(Figures.mb(rss / 1e6) + (r.memory().peakRssScope() == RssScope.process ? "*" : ""),
                    c == null ? null : Figures.mb(c.peakMemoryMb()), c == null ? null : ratio(rss / 1e6, c.peakMemoryMb()));
            Double perOp = r.allocations().perOp();
            if (perOp != null) {
                double total = perOp * n;
                allocations = withClaim(group(Math.round(total)), c == null ? null : group(c.allocations()),
                        c == null ? null : ratio(total, c.allocations()));
                perParse = withClaim(perOp(perOp), c == null ? null : perOp(c.allocations() / (double) n), null);
            } else {
                String why = r.allocations().method() != null && !r.allocations().verified() ? "unverified" : "not counted";
                allocations = why + claimOnly(c == null ? null : group(c.allocations()));
                perParse = why + claimOnly(c == null ? null : perOp(c.allocations() / (double) n));
            }
        } else {
            time = "not measured" + claimOnly(c == null ? null : millis(c.timeMs()) + " ms");
            peak = "not measured" + claimOnly(c == null ? null : Figures.mb(c.peakMemoryMb()));
            allocations = "not measured" + claimOnly(c == null ? null : group(c.allocations()));
            perParse = "not measured" + claimOnly(c == null ? null : perOp(c.allocations() / (double) n));
        }
        return new String[]{row.solution(), time, relative(row, reference), peak, allocations, perParse, status(r)};
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
            measured = speed(row.result().timing().nsPerOp() / reference.result().timing().nsPerOp());
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
            return Boolean.TRUE.equals(r.verification().digestOk()) ? "ok, digest ok" : "ok";
        }
        return r.status() + (r.reason() == null ? "" : ": " + r.reason());
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

    /** A per-parse figure: whole when within rounding of a whole number, else two decimals. */
    static String perOp(double value) {
        return Math.abs(value - Math.rint(value)) < 0.005 ? group(Math.round(value)) : String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String str(Object value) {
        return value == null ? "unknown" : String.valueOf(value);
    }
}
