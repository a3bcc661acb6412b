package dev.jsonbench.bench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.article.ArticleClaims;
import dev.jsonbench.bench.article.ArticleTable;
import dev.jsonbench.bench.report.AtomicFiles;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.CsvReport;
import dev.jsonbench.bench.report.MarkdownReport;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.report.html.ClaimsTable;
import dev.jsonbench.bench.report.html.HtmlReport;
import dev.jsonbench.bench.run.BenchException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jsonbench report}: renders a results.json again, without measuring. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders the results.json of an earlier run (or of another machine) again, without measuring: "
                + "report.html (one self-contained page: charts, ranking, environment, the command that measures it "
                + "again), results.md or results.csv. Prints the path of the file written."},
        footer = {"", "Exit codes: 0 written, 2 RESULTS missing, unreadable or not a results.json this version reads."})
final class ReportCommand implements Callable<Integer> {

    /** What can be rendered, and the file it goes to. */
    enum Format {
        html("report.html"),
        markdown("results.md"),
        csv("results.csv");

        private final String fileName;

        Format(String fileName) {
            this.fileName = fileName;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS", description = "A results.json file, or a directory holding one.")
    Path results;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the file goes (default: the directory of RESULTS).")
    Path out;

    @Override
    public Integer call() {
        Path file = Files.isDirectory(results) ? results.resolve("results.json") : results;
        ResultsDocument document = read(file);
        Path dir = out != null ? out : file.toAbsolutePath().getParent();
        Path target = dir.resolve(format.fileName);
        String text = switch (format) {
            case html -> HtmlReport.render(document, claims(document, spec.commandLine().getErr()));
            case markdown -> MarkdownReport.render(document);
            case csv -> CsvReport.render(document);
        };
        try {
            AtomicFiles.writeText(target, text);
        } catch (IOException e) {
            throw BenchException.usage("cannot write " + target + ": " + e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(target);
        stdout.flush();
        return ExitCode.OK.code();
    }

    /** The document in {@code file}; a usage error saying what is wrong with it otherwise. */
    static ResultsDocument read(Path file) {
        if (!Files.exists(file)) {
            throw BenchException.usage("no results file: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw BenchException.usage("cannot read " + file);
        }
        JsonNode tree;
        try {
            tree = ResultsJson.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw BenchException.usage(file + " is not JSON: " + oneLine(e));
        }
        JsonNode schema = tree == null ? null : tree.get("schema");
        if (schema == null || !schema.isInt()) {
            throw BenchException.usage(file + " is not a jsonbench results file (no schema number)");
        }
        if (schema.intValue() != ResultsDocument.SCHEMA) {
            throw BenchException.usage(file + " is results.json schema " + schema.intValue() + "; this jsonbench reads schema "
                    + ResultsDocument.SCHEMA + " (render it with the jsonbench that wrote it, or measure again)");
        }
        for (String part : new String[]{"environment", "config", "results"}) {
            if (!tree.hasNonNull(part)) {
                throw BenchException.usage(file + " is not a complete results file: no " + part);
            }
        }
        ResultsDocument document;
        try {
            document = ResultsJson.MAPPER.treeToValue(tree, ResultsDocument.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw BenchException.usage(file + " is not a valid results file: " + oneLine(e));
        }
        for (int i = 0; i < document.results().size(); i++) {
            Result r = document.results().get(i);
            if (r.runner() == null || r.fixture() == null || r.mode() == null || r.status() == null) {
                throw BenchException.usage(file + " is not a valid results file: result " + (i + 1)
                        + " lacks its runner, fixture, mode or status");
            }
        }
        return document;
    }

    /**
     * The article's table for a reproduction, from the claims file it names; null for a plain run, or (with a warning)
     * when that file cannot be read here.
     */
    private static ClaimsTable claims(ResultsDocument document, PrintWriter stderr) {
        Config.Claims claims = document.config().claims();
        if (claims == null) {
            return null;
        }
        Path file = Path.of(claims.file());
        try {
            if (!file.getFileName().toString().equals(ArticleClaims.FILE)) {
                throw BenchException.usage("not a claims file: " + file);
            }
            return ArticleTable.claimsTable(ArticleClaims.load(file.toAbsolutePath().getParent()), document);
        } catch (BenchException e) {
            stderr.println("jsonbench report: the claimed figures are left out: " + e.getMessage());
            stderr.flush();
            return null;
        }
    }

    private static String oneLine(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return String.valueOf(message).lines().findFirst().orElse("");
    }
}
