package dev.jsonbench.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal report: per document, the ranking by time and the memory of the same rows, the results not ranked with
 * their reason; then the notes (each once, with its rows) and how the figures were made.
 */
public final class TableReport {

    private TableReport() {
    }

    public static String render(ResultsDocument document) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Result>> group : Ranking.byFixture(document.results()).entrySet()) {
            List<Result> results = group.getValue();
            out.append(Ranking.headline(document, group.getKey(), results)).append('\n');
            out.append(TextTable.aligned(Ranking.speedRows(results), TextTable.Columns.FIGURES)).append('\n');
            out.append(TextTable.aligned(Ranking.memoryRows(results), TextTable.Columns.FIGURES));
            List<Result> others = results.stream().filter(r -> !r.ok()).toList();
            if (!others.isEmpty()) {
                out.append("Not ranked:\n");
                for (Result r : others) {
                    out.append("  ").append(r.label()).append(": ").append(r.status().name().toUpperCase(Locale.ROOT))
                            .append(r.reason() == null ? "" : " - " + r.reason()).append('\n');
                }
            }
            out.append('\n');
        }
        List<String> notes = Ranking.groupedNotes(document.results().stream().filter(Result::ok).toList());
        if (!notes.isEmpty()) {
            out.append("Notes:\n");
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
            out.append('\n');
        }
        Ranking.footer(document).forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }
}
