package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.report.TextTable;
import dev.jsonbench.bench.stats.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A {@link ResultsDiff} as a terminal table, as markdown or as JSON: the same rows, verdicts, warnings and notes. */
public enum DiffReport {
    table(diff -> text(diff, false)),
    markdown(diff -> text(diff, true)),
    json(ResultsJson::toJson);

    private final Function<ResultsDiff, String> renderer;

    DiffReport(Function<ResultsDiff, String> renderer) {
        this.renderer = renderer;
    }

    public String render(ResultsDiff diff) {
        return renderer.apply(diff);
    }

    private static String text(ResultsDiff diff, boolean markdown) {
        StringBuilder out = new StringBuilder();
        String title = "Base " + side(diff.base()) + " against new " + side(diff.head());
        out.append(markdown ? "# jsonbench compare\n\n" + title + "\n\n" : title + "\n");
        out.append("Judged on: ").append(diff.criteria().describe()).append(markdown ? "\n\n" : "\n");
        if (!diff.warnings().isEmpty()) {
            out.append(markdown ? "**Warnings**\n\n" : "Warnings:\n");
            diff.warnings().forEach(w -> out.append(markdown ? "- " + TextTable.escape(w) : "  ! " + w).append('\n'));
            out.append(markdown ? "\n" : "");
        }
        out.append(markdown ? "" : "\n");
        boolean severalDocuments = diff.rows().stream().map(RowDiff::fixture).distinct().count() > 1;
        List<String[]> rows = figures(diff, severalDocuments);
        out.append(markdown ? TextTable.markdown(rows, TextTable.Columns.FIGURES, 1)
                : TextTable.aligned(rows, TextTable.Columns.FIGURES)).append('\n');
        List<String[]> memory = diff.criteria().allocOnly() ? List.of() : memory(diff, severalDocuments);
        if (memory.size() > 1) {
            out.append(markdown ? "Memory (shown, not judged)\n\n" + TextTable.markdown(memory, TextTable.Columns.FIGURES)
                    : "Memory (shown, not judged)\n" + TextTable.aligned(memory, TextTable.Columns.FIGURES)).append('\n');
        }
        if (diff.timeGeomean() != null) {
            long timed = diff.rows().stream().filter(r -> r.time() != null).count();
            out.append(String.format(Locale.ROOT, "Geometric mean of the time ratios (new / base): %.3f (%s) over %d %s%n",
                    diff.timeGeomean(), ChangeFigures.percent(diff.timeGeomean()), timed, Figures.plural(timed, "row")));
        }
        List<String> notes = groupedNotes(diff.rows());
        if (!notes.isEmpty()) {
            out.append(markdown ? "\nNotes:\n\n" : "Notes:\n");
            notes.forEach(n -> out.append(markdown ? "- " + TextTable.escape(n) : "- " + n).append('\n'));
        }
        out.append(markdown ? "\n" : "");
        out.append(diff.regressed()
                ? diff.regressions().size() + " " + Figures.plural(diff.regressions().size(), "regression") + ": "
                + String.join(", ", diff.regressions())
                : "No regression.").append('\n');
        return out.toString();
    }

    /** "results/a/results.json (2026-12-07T10:00:00Z, commit 1a2b3c4d+, 5 runs x 100,000)" */
    private static String side(ResultsDiff.Side side) {
        String commit = side.gitCommit() == null ? "" : ", commit " + side.gitCommit().substring(0, Math.min(10,
                side.gitCommit().length())) + (Boolean.TRUE.equals(side.gitDirty()) ? "+" : "");
        return side.source() + " (" + side.date() + commit + ", " + side.runs() + " " + Figures.plural(side.runs(), "run")
                + " x " + Figures.group(side.iterations()) + ")";
    }

    private static List<String[]> figures(ResultsDiff diff, boolean severalDocuments) {
        boolean time = !diff.criteria().allocOnly();
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Row", "Verdict"));
        if (time) {
            String basis = diff.criteria().timeBasis() + " ";
            header.addAll(List.of("base " + basis + "ns/op", "new " + basis + "ns/op", "time", "interval", "p"));
        }
        header.addAll(List.of("base B/op", "new B/op", "B/op", "allocs/op"));
        rows.add(header.toArray(String[]::new));
        for (RowDiff r : diff.rows()) {
            List<String> cells = new ArrayList<>(List.of(label(r, severalDocuments), r.verdict().label()));
            if (time) {
                TimeChange t = r.time();
                cells.addAll(t == null ? List.of("-", "-", "-", "", "") : List.of(
                        ChangeFigures.nanos(t.baseNsPerOp(), t.baseInterval()),
                        ChangeFigures.nanos(t.newNsPerOp(), t.newInterval()),
                        ChangeFigures.percent(t.ratio()), interval(t.ratioInterval(), diff.criteria().confidence()),
                        String.format(Locale.ROOT, "%.3f", t.pValue())));
            }
            AllocationChange a = r.allocations();
            cells.addAll(a == null ? List.of("-", "-", "-", "-") : List.of(
                    ChangeFigures.count(a.baseBytesPerOp()), ChangeFigures.count(a.newBytesPerOp()),
                    ChangeFigures.signed(a.bytesChange()),
                    ChangeFigures.pair(a.baseAllocsPerOp() == null ? null : ChangeFigures.count(a.baseAllocsPerOp()),
                            a.newAllocsPerOp() == null ? null : ChangeFigures.count(a.newAllocsPerOp()))));
            rows.add(cells.toArray(String[]::new));
        }
        return rows;
    }

    /** The ratio's interval, with its coverage when too few runs made it narrower than the level asked for. */
    private static String interval(Interval interval, double confidence) {
        String range = ChangeFigures.percentRange(interval);
        return interval.level() < confidence - 1e-9 ? range + " (" + ChangeFigures.number(interval.level() * 100) + "%)" : range;
    }

    private static List<String[]> memory(ResultsDiff diff, boolean severalDocuments) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Row", "peak RSS", "retained per result"});
        for (RowDiff r : diff.rows()) {
            MemoryChange m = r.memory();
            if (m != null) {
                rows.add(new String[]{label(r, severalDocuments),
                        ChangeFigures.pair(bytes(m.basePeakRssBytes()), bytes(m.newPeakRssBytes())),
                        ChangeFigures.pair(bytes(m.baseRetainedBytes()), bytes(m.newRetainedBytes()))});
            }
        }
        return rows;
    }

    private static String label(RowDiff r, boolean severalDocuments) {
        return r.label() + (severalDocuments ? " [" + r.fixture() + "]" : "");
    }

    private static String bytes(Long value) {
        return value == null ? null : Figures.bytes(value);
    }

    /** Notes that say the same thing of several rows, once: "note (jackson typed, gson tree)". */
    private static List<String> groupedNotes(List<RowDiff> rows) {
        Map<String, Set<String>> notes = new LinkedHashMap<>();
        rows.forEach(r -> r.notes().forEach(n -> notes.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(r.label())));
        List<String> lines = new ArrayList<>();
        notes.forEach((note, labels) -> lines.add(note + " (" + String.join(", ", labels) + ")"));
        return lines;
    }
}
