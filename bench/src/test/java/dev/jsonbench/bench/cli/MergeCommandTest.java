package dev.jsonbench.bench.cli;

import static dev.jsonbench.bench.gate.Samples.RUNS_NS;
import static dev.jsonbench.bench.gate.Samples.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.gate.MergedResults;
import dev.jsonbench.bench.gate.Samples;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsonbench merge} and {@code jsonbench export} on files: shapes, keys, and what they refuse. */
class MergeCommandTest {

    @TempDir
    Path dir;

    Path write(String name, String cpu, List<Result> rows) throws IOException {
        Path file = dir.resolve(name);
        ResultsJson.write(file, Samples.document(cpu, "25.0.3", Samples.DIGEST, rows));
        return file;
    }

    @Test
    void resultsOfTwoMachinesAreKeyedByMachineAndSetSideBySideUnranked() throws IOException {
        Path x86 = write("x86.json", "AMD EPYC 7763", List.of(row("jackson", Mode.typed, RUNS_NS, 18_456, 513),
                row("gson", Mode.typed, Samples.times(RUNS_NS, 2), 28_384, 863)));
        Path arm = write("arm.json", "Neoverse-N1", List.of(row("jackson", Mode.typed, Samples.times(RUNS_NS, 3), 18_456, 513)));

        Cli.Outcome outcome = Cli.run("merge", x86.toString(), arm.toString(), "--out", dir.resolve("merged").toString());

        assertThat(outcome.code()).as(outcome.err()).isZero();
        JsonNode json = ResultsJson.MAPPER.readTree(dir.resolve("merged/merged.json").toFile());
        assertThat(json.get("merged_schema").asInt()).isEqualTo(MergedResults.MERGED_SCHEMA);
        List<String> machines = List.copyOf(json.get("machines").propertyStream().map(java.util.Map.Entry::getKey).toList());
        assertThat(machines).hasSize(2);
        assertThat(machines.get(0)).startsWith("AMD EPYC 7763 x2, amd64");
        assertThat(machines.get(1)).startsWith("Neoverse-N1 x2");
        JsonNode first = json.get("machines").get(machines.get(0)).get(0);
        assertThat(first.get("source").asText()).isEqualTo(x86.toString());
        assertThat(first.get("document").get("schema").asInt()).isEqualTo(2);
        assertThat(first.get("document").get("results")).hasSize(2);

        assertThat(outcome.out()).contains("#1 wall ns/op", "#2 wall ns/op", "never ranked together");
        assertThat(outcome.out()).containsPattern("jackson typed \\[api-response.json\\] +20,000 +18,456 +60,000 +18,456");
        assertThat(outcome.out()).containsPattern("gson typed \\[api-response.json\\] +40,000 +28,384 +- +-");
        String markdown = Files.readString(dir.resolve("merged/merged.md"));
        assertThat(markdown).startsWith("# jsonbench results of 2 machines").contains("## Machines", "## Side by side",
                "## Machine 1: " + x86, "## Machine 2: " + arm, "### jsonbench results");
    }

    @Test
    void twoFilesOfOneMachineStayTogetherUnlessTheyMeasuredTheSameRow() throws IOException {
        Path java = write("java.json", "AMD EPYC 7763", List.of(row("jackson", Mode.typed, RUNS_NS, 18_456, 513)));
        Path more = write("more.json", "AMD EPYC 7763", List.of(row("gson", Mode.typed, RUNS_NS, 28_384, 863)));
        Path again = write("again.json", "AMD EPYC 7763", List.of(row("jackson", Mode.typed, RUNS_NS, 18_456, 513)));

        Cli.Outcome together = Cli.run("merge", java.toString(), more.toString(), "--out", dir.resolve("m1").toString());
        assertThat(together.code()).as(together.err()).isZero();
        JsonNode machines = ResultsJson.MAPPER.readTree(dir.resolve("m1/merged.json").toFile()).get("machines");
        assertThat(machines.size()).isEqualTo(1);
        assertThat(machines.elements().next()).hasSize(2);

        Cli.Outcome twice = Cli.run("merge", java.toString(), again.toString(), "--out", dir.resolve("m2").toString());
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err().lines()).singleElement().asString()
                .contains(java + " and " + again + " both measured jackson typed on api-response.json");
        assertThat(dir.resolve("m2")).doesNotExist();
        assertThat(Cli.run("merge", java.toString()).code()).isEqualTo(2);
    }

    @Test
    void mergeAndExportHaveHelpWithTheirExitCodes() {
        for (String command : new String[]{"merge", "export"}) {
            Cli.Outcome help = Cli.run(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("Usage: jsonbench " + command).contains("Exit codes: 0 ok, 1 a file that cannot be read");
        }
    }

    @Test
    void exportWritesAFileOrPrintsAndNamesWhatItLeftOut() throws IOException {
        Path file = write("results.json", "AMD EPYC 7763", List.of(row("jackson", Mode.typed, RUNS_NS, 18_456, 513),
                Samples.withStatus(row("gson", Mode.typed, RUNS_NS, 28_384, 863), dev.jsonbench.bench.protocol.Status.wrong,
                        "digest differs")));

        Cli.Outcome printed = Cli.run("export", file.toString(), "--format", "github-benchmark");
        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(ResultsJson.MAPPER.readTree(printed.out())).hasSize(3);
        assertThat(printed.err()).contains("not exported (no figures): gson typed on api-response.json (wrong: digest differs)");

        Cli.Outcome written = Cli.run("export", file.toString(), "--format", "bmf", "--out", dir.resolve("bmf.json").toString());
        assertThat(written.code()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(ResultsJson.MAPPER.readTree(dir.resolve("bmf.json").toFile()).has("jackson typed on api-response.json")).isTrue();

        Cli.Outcome unknown = Cli.run("export", file.toString(), "--format", "junit");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown export format 'junit'; formats: github-benchmark, bmf, csv");
        assertThat(Cli.run("export", dir.resolve("none.json").toString(), "--format", "bmf").code()).isEqualTo(1);
    }
}
