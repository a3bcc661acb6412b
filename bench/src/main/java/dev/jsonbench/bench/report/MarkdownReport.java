package dev.jsonbench.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** results.md: the ranking per document, then every result's details, its notes, the environment and the configuration. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(ResultsDocument document) {
        StringBuilder out = new StringBuilder("# jsonbench results\n\n");
        Map<String, List<Result>> byFixture = Ranking.byFixture(document.results());
        for (Map.Entry<String, List<Result>> group : byFixture.entrySet()) {
            List<Result> results = group.getValue();
            out.append("## ").append(Ranking.headline(document, group.getKey(), results)).append("\n\n");
            out.append(TextTable.markdown(Ranking.speedRows(results), TextTable.Columns.FIGURES, 1, 7)).append('\n');
            out.append(TextTable.markdown(Ranking.memoryRows(results), TextTable.Columns.FIGURES)).append('\n');
            List<Result> others = results.stream().filter(r -> !r.ok()).toList();
            if (!others.isEmpty()) {
                out.append("Not ranked:\n\n");
                for (Result r : others) {
                    out.append("- **").append(r.label()).append("**: ").append(r.status())
                            .append(r.reason() == null ? "" : " - " + TextTable.escape(r.reason())).append('\n');
                }
                out.append('\n');
            }
        }
        out.append("## Details\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Result", "Library", "Version", "MB/s", "GC count", "GC pause (ms)", "Digest", "Configuration"});
        for (Result r : document.results()) {
            Result.Verification v = r.verification();
            rows.add(new String[]{r.label() + (byFixture.size() > 1 ? " [" + r.fixture() + "]" : ""), r.library(),
                    r.libraryVersion(),
                    r.timing().mbPerS() == null ? "-" : Figures.decimal(r.timing().mbPerS()),
                    r.memory().gcCount() == null ? "-" : Long.toString(r.memory().gcCount()),
                    r.memory().gcPauseMs() == null ? "-" : Figures.decimal(r.memory().gcPauseMs()),
                    v.digestOk() == null ? "-" : v.digestOk() ? "ok " + v.digest() : "WRONG " + Objects.toString(v.digest(), ""),
                    Objects.toString(r.configuration(), "")});
        }
        out.append(TextTable.markdown(rows, TextTable.Columns.TEXT)).append('\n');
        List<String> notes = Ranking.groupedNotes(document.results());
        if (!notes.isEmpty()) {
            out.append("### Notes\n\n");
            notes.forEach(n -> out.append("- ").append(TextTable.escape(n)).append('\n'));
            out.append('\n');
        }
        out.append("## Environment\n\n").append(fields(document.environment())).append('\n');
        out.append("## Configuration\n\n").append(fields(document.config())).append('\n');
        Ranking.footer(document).forEach(line -> out.append("- ").append(TextTable.escape(line)).append('\n'));
        return out.toString();
    }

    /** Every field of a record as it appears in results.json: one row each, lists joined by spaces. */
    private static String fields(Record record) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Item", "Value"});
        JsonNode node = ResultsJson.MAPPER.valueToTree(record);
        node.properties().forEach(field -> rows.add(new String[]{field.getKey(), text(field.getValue())}));
        return TextTable.markdown(rows, TextTable.Columns.TEXT);
    }

    private static String text(JsonNode value) {
        if (value.isArray() && value.valueStream().allMatch(JsonNode::isValueNode)) {
            return String.join(" ", value.valueStream().map(JsonNode::asText).toList());
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
