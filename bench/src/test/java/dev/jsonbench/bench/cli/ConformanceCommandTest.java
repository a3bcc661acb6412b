package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.report.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jsonbench conformance} end to end, through real forks: a backend that throws, hangs or halts its JVM costs
 * the documents it misbehaves on, never the others (the test backends misbehave only on documents they accept).
 */
class ConformanceCommandTest {

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Files.writeString(dir.resolve("y_array.json"), "[1]");
        Files.writeString(dir.resolve("n_trailing_comma.json"), "[1,]");
        Files.write(dir.resolve("i_bom.json"), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'});
        Files.writeString(dir.resolve("README.md"), "not a document");
        return dir;
    }

    @Test
    void everyBackendGetsAVerdictPerDocumentWhateverTheOthersDo() throws Exception {
        Cli.Outcome outcome = Cli.run("conformance", corpus().toString(), "--backends",
                "testref,fault-throw,fault-hang,fault-crash", "--timeout", "5", "--format", "json");
        assertThat(outcome.code()).as(outcome.err()).isEqualTo(1); // the fault-* test adapters do not conform
        JsonNode json = ResultsJson.MAPPER.readTree(outcome.out());
        JsonNode documents = json.get("documents");
        assertThat(documents).extracting(d -> d.get("name").asText())
                .containsExactly("i_bom.json", "n_trailing_comma.json", "y_array.json");
        assertThat(outcomes(documents, "testref")).isEqualTo("accepted rejected accepted");
        assertThat(outcomes(documents, "fault-throw")).isEqualTo("crashed rejected crashed");
        assertThat(outcomes(documents, "fault-hang")).isEqualTo("timed_out rejected timed_out");
        assertThat(outcomes(documents, "fault-crash")).isEqualTo("crashed rejected crashed");
        assertThat(documents.get(2).get("verdicts").get("fault-throw").get("detail").asText())
                .contains("IllegalStateException: boom from fault-throw");
        JsonNode testref = json.get("summaries").get(0);
        assertThat(testref.get("y_accepted").asInt()).isEqualTo(1);
        assertThat(testref.get("n_rejected").asInt()).isEqualTo(1);
        assertThat(testref.get("i_accepted").asInt()).isEqualTo(1);
    }

    @Test
    void theHtmlGridAndTheExitCodeOfAConformingBackend() throws Exception {
        Path html = dir.resolve("out/matrix.html");
        Cli.Outcome outcome = Cli.run("conformance", corpus().toString(), "--backends", "jackson,testref", "--format",
                "html", "--out", html.toString());
        assertThat(outcome.code()).as(outcome.err()).isZero();
        assertThat(outcome.out()).isEmpty();
        String page = Files.readString(html);
        assertThat(page).contains("<th title=\"strict adapter\">jackson</th>")
                .contains("<tr class=\"disagree\"><td class=\"doc\">i_bom.json</td><td class=\"v either-rejected\"");
    }

    @Test
    void theHostileInputsAreMeasuredInAForkEach() throws Exception {
        Cli.Outcome outcome = Cli.run("conformance", "--hostile", "--backends", "jackson", "--format", "json");
        assertThat(outcome.code()).as(outcome.err()).isZero();
        JsonNode row = ResultsJson.MAPPER.readTree(outcome.out()).get("rows").get(0);
        assertThat(row.get("column").get("name").asText()).isEqualTo("jackson");
        JsonNode cells = row.get("cells");
        assertThat(cells).hasSize(6);
        assertThat(cells.get("NESTED_ARRAYS").get("outcome").asText()).isEqualTo("rejected");
        assertThat(cells.get("NESTED_ARRAYS").get("message").asText()).contains("DecodeLimits.maxNestingDepth (512)");
        assertThat(cells.get("LONG_STRING").get("outcome").asText()).isEqualTo("accepted");
        assertThat(cells.get("COLLIDING_NAMES").get("outcome").asText()).isEqualTo("accepted");
        assertThat(cells.get("NESTED_IN_RECORD").get("outcome").asText()).isEqualTo("rejected");
        for (JsonNode cell : cells) {
            assertThat(cell.get("elapsed_ns").asLong()).isPositive();
            assertThat(cell.get("peak_rss_bytes").asLong()).isPositive();
        }
    }

    @Test
    void usageErrors() throws Exception {
        assertThat(Cli.run("conformance", dir.toString(), "--backends", "jackson").err())
                .contains("holds no document named y_*, n_* or i_*");
        assertThat(Cli.run("conformance", corpus().toString(), "--backends", "nosuch").code()).isEqualTo(2);
        assertThat(Cli.run("conformance", corpus().toString(), "--hostile").err()).contains("takes no DIR");
        assertThat(Cli.run("conformance", "--hostile", "--format", "html", "--backends", "nosuch").code()).isEqualTo(2);
        assertThat(Cli.run("fuzz", "--seconds", "0").err()).contains("--seconds and --input-timeout must be at least 1");
        assertThat(Cli.run("fuzz", "--seeds", dir.resolve("nosuch").toString()).err()).contains("is not a directory");
    }

    private static String outcomes(JsonNode documents, String backend) {
        StringBuilder out = new StringBuilder();
        for (JsonNode document : documents) {
            out.append(out.isEmpty() ? "" : " ").append(document.get("verdicts").get(backend).get("outcome").asText());
        }
        return out.toString();
    }
}
