package dev.jsonbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.report.ResultsWriter;
import dev.jsonbench.fixtures.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Parsing, help, exit codes and one-line errors; nothing here forks a benchmark. */
class CliTest {

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
    }

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "profile", "decode", "validate", "list"})
    void everySubcommandHasHelp(String command) {
        Outcome outcome = cli(command, "--help");
        assertThat(outcome.code()).isZero();
        assertThat(outcome.out()).startsWith("Usage: jsonbench " + command);
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        Outcome outcome = cli("--help");
        assertThat(outcome.code()).isZero();
        assertThat(outcome.out()).contains("run", "profile", "decode", "validate", "list", "Exit codes: 0 ok, 1 failure, 2 usage error");
    }

    @Test
    void noCommandIsAUsageError() {
        Outcome outcome = cli();
        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err().lines()).singleElement().asString().contains("missing command");
    }

    @Test
    void anUnknownBackendIsOneClearLine() {
        Outcome outcome = cli("run", "--backends", "testref,nosuch", "--out", dir.toString());
        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err().lines()).singleElement().asString()
                .startsWith("jsonbench: no JSON backend named 'nosuch'; available: ").contains("testref");
        assertThat(cli("decode", "--backend", "nosuch", "x.json").err().lines()).singleElement().asString()
                .startsWith("jsonbench: no JSON backend named 'nosuch'");
        assertThat(cli("profile", "--backend", "nosuch").code()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsOneClearLine() {
        Outcome run = cli("run", "--backends", "testref", "--fixture", dir.resolve("nope.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().isEqualTo("jsonbench: no such file or directory: " + dir.resolve("nope.json"));
        Outcome decode = cli("decode", "--backend", "testref", "nope.json");
        assertThat(decode.code()).isEqualTo(2);
        assertThat(decode.err()).isEqualTo("jsonbench: no such file: nope.json\n");
        Outcome validate = cli("validate", "--backend", "testref", "nope.json");
        assertThat(validate.code()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo("jsonbench: no such file: nope.json\n");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Outcome mode = cli("run", "--modes", "fast");
        assertThat(mode.code()).isEqualTo(2);
        assertThat(mode.err().lines()).singleElement().asString().contains("--modes").contains("fast").contains("typed, tree");
        assertThat(cli("run", "--iterations", "0").err()).contains("--iterations must be at least 1");
        assertThat(cli("run", "--iterations", "many").code()).isEqualTo(2);
        assertThat(cli("run", "--format", "xml").code()).isEqualTo(2);
        assertThat(cli("run", "--runs", "0").code()).isEqualTo(2);
        assertThat(cli("run", "--warmup", "-1").code()).isEqualTo(2);
        assertThat(cli("run", "--fork-timeout", "0").code()).isEqualTo(2);
        assertThat(cli("run", "--heap", "lots").err()).contains("--heap must be a size such as 1g or 256m");
        assertThat(cli("run", "--bogus").err()).contains("Unknown option: '--bogus'").contains("jsonbench run --help");
        assertThat(cli("decode", "x.json").err()).contains("Missing required option: '--backend=NAME'");
        assertThat(cli("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void runDefaultsAndQuick() {
        RunCommand.Counts defaults = parseRun();
        assertThat(defaults).isEqualTo(new RunCommand.Counts(100_000, 5, 100_000, 1000, 20_000, java.util.List.of("typed", "tree")));
        assertThat(parseRun("--quick")).isEqualTo(new RunCommand.Counts(2000, 1, 2000, 1000, 2000, java.util.List.of("typed", "tree")));
        assertThat(parseRun("--quick", "--runs", "3", "--modes", "tree")).isEqualTo(new RunCommand.Counts(2000, 3, 2000, 1000, 2000, java.util.List.of("tree")));
        assertThat(parseRun("--iterations", "500", "--warmup", "0")).isEqualTo(new RunCommand.Counts(500, 5, 0, 500, 0, java.util.List.of("typed", "tree")));
    }

    private static RunCommand.Counts parseRun(String... args) {
        CommandLine cli = new CommandLine(new Main());
        CommandLine.ParseResult parsed = cli.parseArgs(concat("run", args));
        RunCommand run = (RunCommand) parsed.subcommand().commandSpec().userObject();
        return run.counts();
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    void decodePrintsTheValueAsJson() throws Exception {
        Path file = dir.resolve("f.json");
        Files.write(file, Fixtures.apiResponse());
        Outcome tree = cli("decode", "--backend", "testref", file.toString());
        assertThat(tree.code()).isZero();
        JsonNode decoded = ResultsWriter.JSON.readTree(tree.out());
        assertThat(decoded).isEqualTo(ResultsWriter.JSON.readTree(Fixtures.apiResponse()));
        Outcome typed = cli("decode", "--backend", "testref", "--mode", "typed", "--compact", file.toString());
        assertThat(typed.code()).isZero();
        assertThat(typed.out().lines()).hasSize(1);
        assertThat(ResultsWriter.JSON.readTree(typed.out()).get("items").size()).isEqualTo(decoded.get("items").size());
    }

    @Test
    void decodeReportsARejectionAndExitsOne() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"a\": }");
        Outcome outcome = cli("decode", "--backend", "testref", file.toString());
        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err().lines()).singleElement().asString().startsWith("jsonbench: testref: ");
    }

    @Test
    void validateNamesEachRejectedFileWithItsReason() throws Exception {
        Path good = dir.resolve("good.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(good, "[1, 2, 3]");
        Files.writeString(bad, "[1, 2,]");
        Outcome both = cli("validate", "--backend", "testref", good.toString(), bad.toString());
        assertThat(both.code()).isEqualTo(1);
        java.util.List<String> lines = both.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("ok        " + good);
        assertThat(lines.get(1)).startsWith("rejected  " + bad + ": testref: ");
        assertThat(both.err()).isEqualTo("1 of 2 files accepted by testref\n");
        assertThat(cli("validate", "--backend", "testref", good.toString()).code()).isZero();
    }

    @Test
    void listShowsBackendsWithVersionModesAndConfiguration() throws Exception {
        Outcome table = cli("list");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("Backend", "Language", "Version", "Modes", "Default run", "Configuration")
                .containsPattern("testref +java +dev.jsonbench:jsonbench-testref +test +typed,tree +yes +test backend")
                .containsPattern("serde-json-owned +rust +serde_json +.+ +typed,tree +yes ")
                .containsPattern("sonic-std +go +github.com/bytedance/sonic +.+ +typed,tree +no ");
        JsonNode json = ResultsWriter.JSON.readTree(cli("list", "--format", "json").out());
        assertThat(json.findValuesAsText("name")).contains("testref", "encoding-json", "encoding-json-v2");
        JsonNode variant = json.findParents("name").stream().filter(n -> n.get("name").asText().equals("jsoniter-fastest"))
                .findFirst().orElseThrow();
        assertThat(variant.get("language").asText()).isEqualTo("go");
        assertThat(variant.get("default_run").asBoolean()).isFalse();

        Outcome javaOnly = cli("list", "--languages", "java");
        assertThat(javaOnly.out()).contains("testref").doesNotContain("serde-json-owned");
    }
}
