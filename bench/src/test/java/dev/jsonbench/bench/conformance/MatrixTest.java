package dev.jsonbench.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.run.ForkOutcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts, disagreements and every format of a matrix made by hand. */
class MatrixTest {

    private static final List<Corpus.Document> DOCUMENTS = List.of(
            new Corpus.Document("y_one.json", Path.of("y_one.json"), Corpus.Expectation.y),
            new Corpus.Document("n_two.json", Path.of("n_two.json"), Corpus.Expectation.n),
            new Corpus.Document("i_three.json", Path.of("i_three.json"), Corpus.Expectation.i));

    private static Column column(String name, boolean strict) {
        return new Column(name, Language.java, strict, "lib:" + name, "1.0", "defaults <b>", null);
    }

    static Matrix sample() {
        return new Matrix(Path.of("corpus"), DOCUMENTS,
                List.of(column("strict", true), column("lenient", false), column("other", false)),
                List.of(List.of(Verdict.accepted("aaaa"), Verdict.rejected("no"), Verdict.rejected("no")),
                        List.of(Verdict.accepted("aaaa"), Verdict.accepted("bbbb"), Verdict.of(Verdict.Outcome.crashed, "boom")),
                        List.of(Verdict.accepted("cccc"), Verdict.of(Verdict.Outcome.timed_out, "over 10 s"),
                                Verdict.rejected("no"))),
                10);
    }

    @Test
    void summariesCountWhatEachFileNameAsks() {
        List<Matrix.Summary> summaries = sample().summaries();
        assertThat(summaries.get(0)).extracting(Matrix.Summary::yAccepted, Matrix.Summary::nRejected,
                Matrix.Summary::iAccepted, Matrix.Summary::crashes).containsExactly(1, 1, 0, 0);
        assertThat(summaries.get(0).conforms()).isTrue();
        assertThat(summaries.get(1)).extracting(Matrix.Summary::nRejected, Matrix.Summary::crashes, Matrix.Summary::nTotal)
                .containsExactly(0, 1, 1);
        assertThat(summaries.get(2).timeouts()).isEqualTo(1);
        assertThat(sample().strictAdaptersConform()).isTrue();
    }

    @Test
    void disagreementsGroupTheBackendsByAnswerAndValue() {
        List<Matrix.Disagreement> disagreements = sample().disagreements();
        assertThat(disagreements).extracting(d -> d.document().name()).containsExactly("y_one.json", "n_two.json", "i_three.json");
        assertThat(MatrixFormat.answers(disagreements.get(0)))
                .isEqualTo("accepted (value aaaa) by strict, lenient; accepted (value cccc) by other");
        assertThat(MatrixFormat.answers(disagreements.get(1)))
                .isEqualTo("rejected by strict; accepted by lenient; timed out by other");
    }

    @Test
    void everyFormatCarriesTheMatrix() throws Exception {
        Matrix matrix = sample();
        String table = MatrixFormat.table.render(matrix);
        assertThat(table).contains("3 documents in corpus: 1 y_ (must accept), 1 n_ (must reject), 1 i_ (either)")
                .containsPattern("lenient\\s+library defaults\\s+java\\s+1/1\\s+0/1\\s+0/1\\s+1\\s+0")
                .contains("Disagreements (3 documents):");
        assertThat(MatrixFormat.markdown.render(matrix)).contains("| strict | strict adapter | java | 1/1 |")
                .contains("- n_two.json (must reject): rejected by strict");
        JsonNode json = ResultsJson.MAPPER.readTree(MatrixFormat.json.render(matrix));
        assertThat(json.get("documents").get(1).get("verdicts").get("other").get("outcome").asText()).isEqualTo("timed_out");
        assertThat(json.get("summaries")).hasSize(3);
        String html = MatrixFormat.html.render(matrix);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("defaults &lt;b&gt;")
                .contains("<tr class=\"disagree\"><td class=\"doc\">n_two.json</td><td class=\"v ok\" title=\"no\">reject</td>"
                        + "<td class=\"v bad\" title=\"digest bbbb\">accept</td>");
    }

    @Test
    void aRunnerProcessBecomesAVerdict() {
        List<String> command = List.of("runner");
        assertThat(Verdicts.ofProcess(new ForkOutcome(command, 0, false, 10, "{\"protocol\": 2, \"runner\": \"r\", "
                + "\"language\": \"go\", \"library\": \"l\", \"library_version\": \"1\", \"accepted\": false, "
                + "\"error\": \"bad\", \"digest\": null}\n", "", 1))).isEqualTo(Verdict.rejected("bad"));
        assertThat(Verdicts.ofProcess(new ForkOutcome(command, 101, false, 10, "", "panicked at src/x.rs", 1)).outcome())
                .isEqualTo(Verdict.Outcome.crashed);
        assertThat(Verdicts.ofProcess(new ForkOutcome(command, 1, false, 10, "", "cannot read", 1)).outcome())
                .isEqualTo(Verdict.Outcome.no_verdict);
        assertThat(Verdicts.ofProcess(new ForkOutcome(command, -1, true, 10, "", "", 1)))
                .isEqualTo(Verdict.of(Verdict.Outcome.timed_out, "over 10 s: killed"));
        assertThat(Verdicts.ofProcess(new ForkOutcome(command, 0, false, 10, "garbage", "", 1)).outcome())
                .isEqualTo(Verdict.Outcome.no_verdict);
    }
}
