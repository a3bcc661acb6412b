package dev.jsonbench.bench.cli;

import static dev.jsonbench.bench.gate.Samples.RUNS_NS;
import static dev.jsonbench.bench.gate.Samples.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.gate.ResultsDiff;
import dev.jsonbench.bench.gate.ResultsFiles;
import dev.jsonbench.bench.gate.Samples;
import dev.jsonbench.bench.gate.Verdict;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsonbench compare}: verdicts printed in every format, and the exit codes a CI job acts on. */
class CompareCommandTest {

    static final List<Result> BASE = List.of(
            row("jackson", Mode.typed, RUNS_NS, 18_456, 513),
            row("gson", Mode.typed, RUNS_NS, 28_384, 863),
            row("jackson", Mode.tree, RUNS_NS, 20_072, 540));

    @TempDir
    Path dir;

    Path write(String name, List<Result> rows) throws IOException {
        Path file = dir.resolve(name);
        ResultsJson.write(file, Samples.document(rows));
        return file;
    }

    @Test
    void aRunComparedWithItselfIsUnchangedEverywhereAndExitsZero() throws IOException {
        Path base = write("base.json", BASE);

        Cli.Outcome outcome = Cli.run("compare", base.toString(), base.toString());

        assertThat(outcome.code()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Verdict", "base wall ns/op", "No regression.")
                .doesNotContain("regressed", "improved");
        assertThat(outcome.out().lines().filter(l -> l.matches("(jackson|gson) (typed|tree) +~ .*"))).hasSize(3);
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void oneRowWithMoreBytesPerDecodeExitsThreeNamingThatRow() throws IOException {
        Path base = write("base.json", BASE);
        Path head = write("new.json", List.of(BASE.get(0), row("gson", Mode.typed, RUNS_NS, 28_448, 865), BASE.get(2)));

        Cli.Outcome outcome = Cli.run("compare", base.toString(), head.toString());

        assertThat(outcome.code()).isEqualTo(ExitCode.REGRESSION.code()).isEqualTo(3);
        assertThat(outcome.out()).containsPattern("gson typed +regressed .* 28,384 +28,448 +\\+64 +863 -> 865")
                .endsWith("1 regression: gson typed on api-response.json\n");
    }

    @Test
    void oneRowThirtyPercentSlowerExitsThreeNamingThatRow() throws IOException {
        Path base = write("base.json", BASE);
        Path head = write("new.json", List.of(BASE.get(0), BASE.get(1),
                row("jackson", Mode.tree, Samples.times(RUNS_NS, 1.3), 20_072, 540)));

        Cli.Outcome outcome = Cli.run("compare", base.toString(), head.toString(), "--format", "markdown");

        assertThat(outcome.code()).isEqualTo(3);
        assertThat(outcome.out()).startsWith("# jsonbench compare").contains("| jackson tree | regressed |", "| +30.0% |")
                .endsWith("1 regression: jackson tree on api-response.json\n");
        assertThat(Cli.run("compare", base.toString(), head.toString(), "--threshold", "40%").code()).isZero();
        assertThat(Cli.run("compare", base.toString(), head.toString(), "--alloc-only").code()).isZero();
    }

    @Test
    void theJsonFormatIsTheDiffAsOneDocument() throws IOException {
        Path base = write("base.json", BASE);
        Path head = write("new.json", List.of(BASE.get(0), row("gson", Mode.typed, RUNS_NS, 28_448, 865)));

        Cli.Outcome outcome = Cli.run("compare", base.toString(), head.toString(), "--format", "json");

        assertThat(outcome.code()).isEqualTo(3);
        JsonNode json = ResultsJson.MAPPER.readTree(outcome.out());
        assertThat(json.get("base").get("source").asText()).isEqualTo(base.toString());
        assertThat(json.get("criteria").get("threshold").asDouble()).isEqualTo(0.05);
        assertThat(json.get("rows")).hasSize(3);
        assertThat(json.get("rows").get(1).get("verdict").asText()).isEqualTo("regressed");
        assertThat(json.get("rows").get(1).get("allocations").get("bytes_change").asDouble()).isEqualTo(64);
        assertThat(json.get("rows").get(0).get("verdict").asText()).isEqualTo("~");
        assertThat(json.get("rows").get(2).get("verdict").asText()).isEqualTo("gone");
        assertThat(json.get("regressions").get(0).asText()).isEqualTo("gson typed on api-response.json");
        ResultsDiff read = ResultsJson.MAPPER.readValue(outcome.out(), ResultsDiff.class);
        assertThat(read.rows()).extracting(r -> r.verdict()).containsExactly(Verdict.unchanged, Verdict.regressed, Verdict.gone);
    }

    @Test
    void resultFoldersAndSavedBaselinesAreAcceptedToo() throws IOException {
        Files.createDirectories(dir.resolve("run"));
        write("run/results.json", BASE);
        Path baselines = dir.resolve("baselines");
        ResultsJson.write(baselines.resolve("main.json"), Samples.document(BASE));
        String before = System.getProperty(ResultsFiles.BASELINES_PROPERTY);
        System.setProperty(ResultsFiles.BASELINES_PROPERTY, baselines.toString());
        try {
            Cli.Outcome outcome = Cli.run("compare", "main", dir.resolve("run").toString());
            assertThat(outcome.code()).as(outcome.err()).isZero();
            assertThat(outcome.out()).contains(baselines.resolve("main.json").toString(), dir.resolve("run/results.json").toString());
        } finally {
            if (before == null) {
                System.clearProperty(ResultsFiles.BASELINES_PROPERTY);
            } else {
                System.setProperty(ResultsFiles.BASELINES_PROPERTY, before);
            }
        }
    }

    @Test
    void aFileThatCannotBeReadOrComparedExitsOneWithOneLine() throws IOException {
        Path base = write("base.json", BASE);
        Path schema1 = dir.resolve("old.json");
        Files.writeString(schema1, "{\"schema\": 1, \"results\": []}");
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{not json");
        Path merged = dir.resolve("merged.json");
        Files.writeString(merged, "{\"merged_schema\": 1, \"machines\": {}}");
        Path other = write("other.json", List.of(row("dsljson", Mode.typed, RUNS_NS, 14_352, 393)));

        assertOneLineFailure(Cli.run("compare", base.toString(), dir.resolve("missing.json").toString()),
                "no such results file, folder or saved baseline");
        assertOneLineFailure(Cli.run("compare", schema1.toString(), base.toString()), "is results schema 1");
        assertOneLineFailure(Cli.run("compare", base.toString(), garbage.toString()), "is not JSON");
        assertOneLineFailure(Cli.run("compare", base.toString(), merged.toString()), "results of several machines");
        assertOneLineFailure(Cli.run("compare", base.toString(), other.toString()), "nothing to compare");
        assertOneLineFailure(Cli.run("compare", dir.toString(), base.toString()), "a folder without results.json");
    }

    private static void assertOneLineFailure(Cli.Outcome outcome, String message) {
        assertThat(outcome.code()).as(outcome.err()).isEqualTo(1);
        assertThat(outcome.err().lines()).singleElement().asString().startsWith("jsonbench: ").contains(message);
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        Path base = write("base.json", BASE);
        assertThat(Cli.run("compare", base.toString()).code()).isEqualTo(2);
        Cli.Outcome threshold = Cli.run("compare", base.toString(), base.toString(), "--threshold", "5");
        assertThat(threshold.code()).isEqualTo(2);
        assertThat(threshold.err()).contains("--threshold is a percentage such as 5%");
        assertThat(Cli.run("compare", base.toString(), base.toString(), "--alloc-threshold", "x").code()).isEqualTo(2);
        assertThat(Cli.run("compare", base.toString(), base.toString(), "--confidence", "1.5").code()).isEqualTo(2);
        assertThat(Cli.run("compare", base.toString(), base.toString(), "--format", "html").code()).isEqualTo(2);
    }

    @Test
    void helpStatesTheExitCodes() {
        Cli.Outcome outcome = Cli.run("compare", "--help");
        assertThat(outcome.code()).isZero();
        assertThat(outcome.out()).startsWith("Usage: jsonbench compare")
                .contains("--threshold", "--alloc-threshold", "--alloc-only", "--sites");
        assertThat(outcome.out().replaceAll("\\s+", " ")).contains("Exit codes: 0 no regression, 3 a regression, 1 a file that cannot be read or compared, 2 usage");
    }
}
