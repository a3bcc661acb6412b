package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jsonbench.bench.gate.ResultsFiles;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.run.Analysis;
import dev.jsonbench.bench.run.Counts;
import dev.jsonbench.bench.run.Plan;
import dev.jsonbench.bench.run.Sizing;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run --ci}, {@code --save-baseline} and {@code --baseline}: the preset's counts, and measure-then-judge in one step. */
class RunBaselineTest {

    @TempDir
    Path dir;

    private String before;

    @BeforeEach
    void baselinesInTheTemporaryDirectory() {
        before = System.getProperty(ResultsFiles.BASELINES_PROPERTY);
        System.setProperty(ResultsFiles.BASELINES_PROPERTY, dir.resolve("baselines").toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(ResultsFiles.BASELINES_PROPERTY);
        } else {
            System.setProperty(ResultsFiles.BASELINES_PROPERTY, before);
        }
    }

    @Test
    void theCiPresetCountsEveryAllocationAfterAFullWarmUpAndLetsGivenOptionsWin() {
        MeasureOptions ci = parse("--ci");
        assertThat(ci.sizing().forDocument(Sizing.FIXTURE_BYTES)).isEqualTo(new Counts(Sizing.CI_ITERATIONS,
                Sizing.CI_WARMUP, Sizing.CI_RUNS, 1000, Sizing.CI_WARMUP));
        assertThat(ci.memory()).isEqualTo(Plan.Heaps.none);
        assertThat(ci.analysis().basis()).isEqualTo(Analysis.TimeBasis.cpu);

        MeasureOptions given = parse("--ci", "--runs", "6", "--memory", "fair", "--time", "wall", "--warmup", "30000");
        assertThat(given.sizing().forDocument(Sizing.FIXTURE_BYTES)).isEqualTo(new Counts(Sizing.CI_ITERATIONS, 30_000, 6,
                1000, 30_000));
        assertThat(given.memory()).isEqualTo(Plan.Heaps.fair);
        assertThat(given.analysis().basis()).isEqualTo(Analysis.TimeBasis.wall);

        MeasureOptions plain = parse();
        assertThat(plain.memory()).isEqualTo(Plan.Heaps.fair);
        assertThat(plain.analysis().basis()).isEqualTo(Analysis.TimeBasis.wall);

        Cli.Outcome both = Cli.run("run", "--ci", "--quick");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--quick and --ci are two presets: give one");
    }

    private static MeasureOptions parse(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        CommandLine.ParseResult parsed = new CommandLine(new JsonbenchCommand()).parseArgs(all);
        return ((RunCommand) parsed.subcommand().commandSpec().userObject()).measure;
    }

    @Test
    void aSavedRunIsTheBaselineOfTheNextAndMoreBytesPerDecodeExitsThree() throws Exception {
        Cli.Outcome first = Cli.run("run", "--backends", "testref", "--modes", "tree", "--quick", "--memory", "none",
                "--out", dir.resolve("first").toString(), "--save-baseline", "main");
        assertThat(first.code()).as(first.err()).isZero();
        Path saved = dir.resolve("baselines/main.json");
        assertThat(first.err()).contains("Saved the baseline main as " + saved);
        assertThat(ResultsJson.read(saved)).isEqualTo(ResultsJson.read(dir.resolve("first/results.json")));

        // two quick runs need not allocate alike to the byte (unsteady counts): this one is about the plumbing
        Cli.Outcome second = Cli.run("run", "--backends", "testref", "--modes", "tree", "--quick", "--memory", "none",
                "--out", dir.resolve("second").toString(), "--baseline", "main", "--alloc-threshold", "50%");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("Base " + saved + " ", "testref tree", "No regression.");
        assertThat(dir.resolve("second/diff.md")).content().startsWith("# jsonbench compare");
        JsonNode diff = ResultsJson.MAPPER.readTree(dir.resolve("second/diff.json").toFile());
        assertThat(diff.get("rows").get(0).get("verdict").asText()).isIn("~", "improved");

        ObjectNode leaner = (ObjectNode) ResultsJson.MAPPER.readTree(saved.toFile());
        ObjectNode allocations = (ObjectNode) leaner.get("results").get(0).get("allocations");
        allocations.put("bytes_per_op", allocations.get("bytes_per_op").asDouble() / 3);
        Path lean = dir.resolve("lean.json");
        Files.writeString(lean, ResultsJson.MAPPER.writeValueAsString(leaner));
        Cli.Outcome regressed = Cli.run("run", "--backends", "testref", "--modes", "tree", "--quick", "--memory", "none",
                "--out", dir.resolve("third").toString(), "--baseline", lean.toString(), "--format", "json");
        assertThat(regressed.code()).as(regressed.err()).isEqualTo(ExitCode.REGRESSION.code());
        assertThat(ResultsJson.MAPPER.readValue(regressed.out(), ResultsDocument.class).results()).hasSize(1);
        assertThat(regressed.err()).contains("1 regression: testref tree on api-response.json");
    }

    @Test
    void aBaselineThatCannotBeReadFailsBeforeMeasuringAndABadNameIsAUsageError() {
        Cli.Outcome missing = Cli.run("run", "--backends", "testref", "--quick", "--out", dir.resolve("x").toString(),
                "--baseline", "nosuch");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().lines()).singleElement().asString()
                .contains("no such results file, folder or saved baseline: nosuch");
        assertThat(dir.resolve("x")).doesNotExist();

        Cli.Outcome badName = Cli.run("run", "--backends", "testref", "--quick", "--out", dir.resolve("y").toString(),
                "--save-baseline", "../main");
        assertThat(badName.code()).isEqualTo(2);
        assertThat(badName.err()).contains("a baseline name is letters, digits");
        assertThat(dir.resolve("y")).doesNotExist();
    }
}
