package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.MarkdownReport;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.TextTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * merged.md and the terminal summary of {@link MergedResults}: the machines, every row's figures side by side in a
 * fixed order (document, mode, runner: never by speed), then each machine's own report, ranked within itself.
 */
public final class MergedReport {

    static final String NOT_RANKED = "Figures of different machines are set side by side, never ranked together: each "
            + "machine's ranking is in its own section, and times of different machines do not compare.";

    private MergedReport() {
    }

    /** The machines and the side-by-side table, as aligned text. */
    public static String table(MergedResults merged) {
        return TextTable.aligned(machines(merged), TextTable.Columns.TEXT) + "\n"
                + TextTable.aligned(sideBySide(merged), TextTable.Columns.FIGURES) + "\n" + NOT_RANKED + "\n";
    }

    public static String markdown(MergedResults merged) {
        StringBuilder out = new StringBuilder("# jsonbench results of ").append(merged.machines().size()).append(' ')
                .append(Figures.plural(merged.machines().size(), "machine")).append("\n\n").append(NOT_RANKED).append("\n\n");
        out.append("## Machines\n\n").append(TextTable.markdown(machines(merged), TextTable.Columns.TEXT)).append('\n');
        out.append("## Side by side\n\n").append(TextTable.markdown(sideBySide(merged), TextTable.Columns.FIGURES)).append('\n');
        int number = 1;
        for (Map.Entry<String, List<ResultsFiles.Source>> machine : merged.machines().entrySet()) {
            for (ResultsFiles.Source source : machine.getValue()) {
                out.append("## Machine ").append(number).append(": ").append(source.source()).append("\n\n");
                // each source's own report, its headings two levels down
                out.append(MarkdownReport.render(source.document()).replaceAll("(?m)^#", "###")).append('\n');
            }
            number++;
        }
        return out.toString();
    }

    private static List<String[]> machines(MergedResults merged) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Machine", "CPU", "Cores", "Arch", "OS", "JDK", "Results"});
        int number = 1;
        for (List<ResultsFiles.Source> sources : merged.machines().values()) {
            Environment e = sources.getFirst().document().environment();
            rows.add(new String[]{"#" + number++, e.cpuModel(), String.valueOf(e.cores()), e.arch(), e.os(),
                    e.jdkVendor() + " " + e.jdkVersion(),
                    String.join(" ", sources.stream().map(s -> s.source() + " (" + s.document().environment().date() + ")")
                            .toList())});
        }
        return rows;
    }

    /** One line per row (document, mode, runner), wall ns/op and bytes/op per machine; "-" where a machine lacks it. */
    private static List<String[]> sideBySide(MergedResults merged) {
        List<Map<String, Result>> byMachine = new ArrayList<>();
        Map<String, Result> allRows = new LinkedHashMap<>();
        for (List<ResultsFiles.Source> sources : merged.machines().values()) {
            Map<String, Result> rows = new LinkedHashMap<>();
            sources.forEach(s -> s.document().results().forEach(r -> rows.put(key(r), r)));
            byMachine.add(rows);
            rows.forEach(allRows::putIfAbsent);
        }
        List<String> header = new ArrayList<>(List.of("Row"));
        for (int m = 1; m <= byMachine.size(); m++) {
            header.add("#" + m + " wall ns/op");
            header.add("#" + m + " B/op");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(header.toArray(String[]::new));
        allRows.values().stream()
                .sorted(Comparator.comparing(Result::fixture).thenComparing(Result::mode).thenComparing(Result::runner))
                .forEach(row -> {
                    List<String> cells = new ArrayList<>(List.of(row.label() + " [" + row.fixture() + "]"));
                    for (Map<String, Result> machine : byMachine) {
                        Result r = machine.get(key(row));
                        boolean ok = r != null && r.ok();
                        cells.add(!ok ? r == null ? "-" : r.status().name()
                                : r.timing().nsPerOp() == null ? "-" : Figures.group(Math.round(r.timing().nsPerOp())));
                        cells.add(!ok || r.allocations().bytesPerOp() == null ? "-" : Figures.decimal(r.allocations().bytesPerOp()));
                    }
                    rows.add(cells.toArray(String[]::new));
                });
        return rows;
    }

    private static String key(Result r) {
        return r.fixture() + "\n" + r.mode() + "\n" + r.runner();
    }
}
