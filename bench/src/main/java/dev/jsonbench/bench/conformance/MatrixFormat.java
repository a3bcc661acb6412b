package dev.jsonbench.bench.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsonbench.bench.report.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The matrix as text: {@code table} (terminal) and {@code markdown} give each backend's counts and the list of
 * disagreements, {@code json} everything (every verdict with its message), {@code html} the full grid of documents
 * against backends ({@link MatrixHtml}).
 */
public enum MatrixFormat {
    table, markdown, json, html;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public String render(Matrix matrix) {
        return switch (this) {
            case table -> title(matrix) + "\n" + TextTable.aligned(summaryRows(matrix), TextTable.Columns.FIGURES)
                    + "\n" + disagreementsText(matrix, "  ");
            case markdown -> "# Conformance matrix\n\n" + title(matrix) + "\n\n"
                    + TextTable.markdown(summaryRows(matrix), TextTable.Columns.FIGURES, 1, 2) + "\n"
                    + disagreementsText(matrix, "- ");
            case json -> json(matrix);
            case html -> MatrixHtml.render(matrix);
        };
    }

    /** "210 documents in DIR: 45 y_ (must accept), 150 n_ (must reject), 15 i_ (either); at most 10 s per document" */
    static String title(Matrix matrix) {
        Map<Corpus.Expectation, Long> counts = matrix.documents().stream()
                .collect(Collectors.groupingBy(Corpus.Document::expectation, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (Corpus.Expectation e : Corpus.Expectation.values()) {
            parts.add(counts.getOrDefault(e, 0L) + " " + e + "_ (" + e.meaning() + ")");
        }
        return matrix.documents().size() + " documents in " + matrix.corpus() + ": " + String.join(", ", parts)
                + "; at most " + matrix.limitS() + " s per document and backend";
    }

    static List<String[]> summaryRows(Matrix matrix) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Backend", "Kind", "Language", "y accepted", "n rejected", "i accepted", "Crashes",
                "Timeouts", "No verdict"});
        for (Matrix.Summary s : matrix.summaries()) {
            Column c = s.column();
            if (c.unavailable() != null) {
                rows.add(new String[]{c.name(), c.kind(), c.language().name(), c.unavailable(), "", "", "", "", ""});
                continue;
            }
            rows.add(new String[]{c.name(), c.kind(), c.language().name(), s.yAccepted() + "/" + s.yTotal(),
                    s.nRejected() + "/" + s.nTotal(), s.iAccepted() + "/" + s.iTotal(), String.valueOf(s.crashes()),
                    String.valueOf(s.timeouts()), String.valueOf(s.noVerdict())});
        }
        return rows;
    }

    private static String disagreementsText(Matrix matrix, String bullet) {
        List<Matrix.Disagreement> disagreements = matrix.disagreements();
        StringBuilder out = new StringBuilder();
        out.append(disagreements.isEmpty() ? "The backends agree on every document.\n"
                : "Disagreements (" + disagreements.size() + " documents):\n");
        for (Matrix.Disagreement d : disagreements) {
            out.append(bullet).append(d.document().name()).append(" (").append(d.document().expectation().meaning())
                    .append("): ").append(answers(d)).append('\n');
        }
        return out.toString();
    }

    /** "accepted by a, b; rejected by c" (accepted values told apart by their digest when they differ). */
    static String answers(Matrix.Disagreement d) {
        long acceptedValues = d.answers().stream().filter(a -> a.outcome() == Verdict.Outcome.accepted).count();
        return d.answers().stream().map(a -> label(a, acceptedValues > 1) + " by " + String.join(", ", a.backends()))
                .collect(Collectors.joining("; "));
    }

    static String label(Matrix.Answer answer, boolean showValue) {
        String outcome = answer.outcome().name().replace('_', ' ');
        return showValue && answer.outcome() == Verdict.Outcome.accepted ? outcome + " (value " + (answer.digest() == null ? "without digest" : answer.digest()) + ")"
                : outcome;
    }

    private static String json(Matrix matrix) {
        List<DocumentRow> documents = new ArrayList<>();
        for (int d = 0; d < matrix.documents().size(); d++) {
            Corpus.Document document = matrix.documents().get(d);
            Map<String, Verdict> verdicts = new LinkedHashMap<>();
            for (int c = 0; c < matrix.columns().size(); c++) {
                verdicts.put(matrix.columns().get(c).name(), matrix.verdicts().get(c).get(d));
            }
            documents.add(new DocumentRow(document.name(), document.expectation(), verdicts));
        }
        try {
            return JSON.writeValueAsString(new Report(matrix.corpus().toString(), matrix.limitS(), matrix.columns(),
                    matrix.summaries(), documents, matrix.disagreements())) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the matrix as JSON", e);
        }
    }

    /** The JSON document: the whole matrix. */
    private record Report(String corpus, long limitSeconds, List<Column> backends, List<Matrix.Summary> summaries,
                          List<DocumentRow> documents, List<Matrix.Disagreement> disagreements) {
    }

    /** One document and every backend's verdict on it. */
    private record DocumentRow(String name, Corpus.Expectation expectation, Map<String, Verdict> verdicts) {
    }
}
