package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.contestant.external.ProjectRoot;
import dev.jsonbench.bench.article.ArticleClaims;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.report.html.SampleReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsonbench report}: a results.json rendered again, and every way RESULTS can be wrong. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private Path results(ResultsDocument document) throws Exception {
        Path file = dir.resolve("results.json");
        ResultsJson.write(file, document);
        return file;
    }

    @Test
    void rendersReportHtmlBesideTheResultsAndPrintsItsPath() throws Exception {
        results(SampleReport.realistic());

        Cli.Outcome outcome = Cli.run("report", dir.toString());

        assertThat(outcome.code()).as(outcome.err()).isZero();
        assertThat(outcome.out().strip()).isEqualTo(dir.resolve("report.html").toString());
        assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>")
                .contains("api-response.json", "Measure it again");
    }

    @Test
    void writesMarkdownOrCsvWhereAsked() throws Exception {
        Path file = results(SampleReport.realistic());
        Path out = dir.resolve("elsewhere");

        assertThat(Cli.run("report", file.toString(), "--format", "markdown", "--out", out.toString()).code()).isZero();
        assertThat(Cli.run("report", file.toString(), "--format", "csv", "--out", out.toString()).code()).isZero();

        assertThat(Files.readString(out.resolve("results.md"))).startsWith("# jsonbench results");
        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(1 + SampleReport.realistic().results().size());
    }

    @Test
    void aReproductionGetsTheArticlesTableFromTheClaimsFileItNames() throws Exception {
        Path claims = ProjectRoot.compareDirectory().orElseThrow().resolve(ArticleClaims.FILE).toAbsolutePath();
        ResultsDocument original = SampleReport.realistic();
        results(new ResultsDocument(original.environment(), SampleReport.config(Map.of("command", "reproduce article",
                "claims", Map.of("file", claims.toString(), "iterations", 100_000))), original.results()));

        Cli.Outcome outcome = Cli.run("report", dir.toString());

        assertThat(outcome.code()).as(outcome.err()).isZero();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<section id=\"claims\">", "Go encoding/json",
                "(claimed 1,847 ms");
    }

    @Test
    void aReproductionWhoseClaimsFileIsGoneIsStillRenderedAndSaysSo() throws Exception {
        ResultsDocument original = SampleReport.realistic();
        results(new ResultsDocument(original.environment(), SampleReport.config(Map.of("command", "reproduce article",
                "claims", Map.of("file", "/gone/compare/article-claims.json", "iterations", 100_000))), original.results()));

        Cli.Outcome outcome = Cli.run("report", dir.toString());

        assertThat(outcome.code()).isZero();
        assertThat(outcome.err()).contains("the claimed figures are left out");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("could not be read when this page was made");
    }

    @Test
    void whatIsNotAResultsFileIsAUsageErrorOfOneLine() throws Exception {
        assertUsageError(Cli.run("report", dir.resolve("nope.json").toString()), "no results file: ");
        assertUsageError(Cli.run("report", dir.toString()), "no results file: " + dir.resolve("results.json"));
        Files.writeString(dir.resolve("results.json"), "{not json");
        assertUsageError(Cli.run("report", dir.toString()), "is not JSON: ");
        Files.writeString(dir.resolve("results.json"), "[1, 2]");
        assertUsageError(Cli.run("report", dir.toString()), "is not a jsonbench results file (no schema number)");
        Files.writeString(dir.resolve("results.json"), "{\"schema\": 1, \"results\": []}");
        assertUsageError(Cli.run("report", dir.toString()), "is results.json schema 1; this jsonbench reads schema 2");
        Files.writeString(dir.resolve("results.json"), "{\"schema\": 2, \"config\": {}, \"results\": []}");
        assertUsageError(Cli.run("report", dir.toString()), "is not a complete results file: no environment");
        Files.writeString(dir.resolve("results.json"), "{\"schema\": 2, \"environment\": {}, \"config\": {}, \"results\": [{\"mode\": \"fast\"}]}");
        assertUsageError(Cli.run("report", dir.toString()), "is not a valid results file: ");
        Files.writeString(dir.resolve("results.json"), """
                {"schema": 2, "environment": {"jvm_flags": [], "backends": {}},
                 "config": {"backends": [], "languages": [], "modes": [], "fixtures": [], "jvm_flags": []},
                 "results": [{"mode": "tree", "jvm_flags": [], "notes": [], "failures": []}]}
                """);
        assertUsageError(Cli.run("report", dir.toString()), "result 1 lacks its runner, fixture, mode or status");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void aSparseResultsFileIsRenderedWithWhatItHolds() throws Exception {
        Files.writeString(dir.resolve("results.json"), """
                {"schema": 2, "environment": {"jvm_flags": [], "backends": {}},
                 "config": {"backends": [], "languages": [], "modes": [], "fixtures": [], "jvm_flags": []},
                 "results": [
                   {"runner": "jackson", "fixture": "a.json", "mode": "typed", "status": "ok", "jvm_flags": [],
                    "notes": [], "failures": []},
                   {"runner": "gson", "fixture": "a.json", "mode": "tree", "status": "failed", "jvm_flags": [],
                    "notes": [], "failures": []}]}
                """);

        Cli.Outcome outcome = Cli.run("report", dir.toString());

        assertThat(outcome.code()).as(outcome.err()).isZero();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("jackson", "gson tree", "unknown",
                "The results do not say which command measured them.");
    }

    private static void assertUsageError(Cli.Outcome outcome, String message) {
        assertThat(outcome.code()).as(outcome.err()).isEqualTo(2);
        assertThat(outcome.err().lines()).singleElement().asString().startsWith("jsonbench: ").contains(message);
    }
}
