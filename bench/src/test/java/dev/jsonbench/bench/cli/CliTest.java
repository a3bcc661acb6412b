package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.run.Counts;
import dev.jsonbench.bench.run.Sizing;
import dev.jsonbench.fixtures.Fixtures;
import java.io.IOException;
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

    @ParameterizedTest
    @ValueSource(strings = {"run", "report", "profile", "decode", "validate", "list"})
    void everySubcommandHasHelp(String command) {
        Cli.Outcome outcome = Cli.run(command, "--help");
        assertThat(outcome.code()).isZero();
        assertThat(outcome.out()).startsWith("Usage: jsonbench " + command);
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        Cli.Outcome outcome = Cli.run("--help");
        assertThat(outcome.code()).isZero();
        assertThat(outcome.out()).contains("run", "profile", "decode", "validate", "list", "Exit codes: 0 ok, 1 failure, 2 usage error");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Outcome outcome = Cli.run();
        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err().lines()).singleElement().asString().contains("missing command");
    }

    @Test
    void anUnknownBackendIsOneClearLine() {
        Cli.Outcome outcome = Cli.run("run", "--backends", "testref,nosuch", "--out", dir.toString());
        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err().lines()).singleElement().asString()
                .startsWith("jsonbench: no JSON backend named 'nosuch'; available: ").contains("testref");
        assertThat(Cli.run("decode", "--backend", "nosuch", "x.json").err().lines()).singleElement().asString()
                .startsWith("jsonbench: no JSON backend named 'nosuch'");
        assertThat(Cli.run("profile", "--backend", "nosuch").code()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsOneClearLine() {
        Cli.Outcome run = Cli.run("run", "--backends", "testref", "--fixture", dir.resolve("nope.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().isEqualTo("jsonbench: no such file or directory: " + dir.resolve("nope.json"));
        Cli.Outcome decode = Cli.run("decode", "--backend", "testref", "nope.json");
        assertThat(decode.code()).isEqualTo(2);
        assertThat(decode.err()).isEqualTo("jsonbench: no such file: nope.json\n");
        Cli.Outcome validate = Cli.run("validate", "--backend", "testref", "nope.json");
        assertThat(validate.code()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo("jsonbench: no such file: nope.json\n");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Cli.Outcome mode = Cli.run("run", "--modes", "fast");
        assertThat(mode.code()).isEqualTo(2);
        assertThat(mode.err().lines()).singleElement().asString().contains("--modes").contains("fast").contains("typed, tree");
        assertThat(Cli.run("run", "--iterations", "0").err()).contains("--iterations must be at least 1");
        assertThat(Cli.run("run", "--iterations", "many").code()).isEqualTo(2);
        assertThat(Cli.run("run", "--format", "xml").code()).isEqualTo(2);
        assertThat(Cli.run("run", "--runs", "0").code()).isEqualTo(2);
        assertThat(Cli.run("run", "--warmup", "-1").code()).isEqualTo(2);
        assertThat(Cli.run("run", "--fork-timeout", "0").code()).isEqualTo(2);
        assertThat(Cli.run("run", "--heap", "lots").err()).contains("--heap must be a size such as 1g or 256m");
        assertThat(Cli.run("run", "--bogus").err()).contains("Unknown option: '--bogus'").contains("jsonbench run --help");
        assertThat(Cli.run("decode", "x.json").err()).contains("Missing required option: '--backend");
        assertThat(Cli.run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void runDefaultsAndQuick() {
        // on the bundled fixture; other documents get the same bytes decoded (SizingTest)
        assertThat(parseRun()).isEqualTo(new Counts(20_000, 20_000, 5, 1000, 20_000));
        assertThat(parseRun("--quick")).isEqualTo(new Counts(2000, 2000, 1, 1000, 2000));
        assertThat(parseRun("--quick", "--runs", "3")).isEqualTo(new Counts(2000, 2000, 3, 1000, 2000));
        assertThat(parseRun("--iterations", "500", "--warmup", "0")).isEqualTo(new Counts(500, 0, 5, 500, 0));
    }

    private static Counts parseRun(String... args) {
        CommandLine cli = new CommandLine(new JsonbenchCommand());
        CommandLine.ParseResult parsed = cli.parseArgs(concat("run", args));
        RunCommand run = (RunCommand) parsed.subcommand().commandSpec().userObject();
        return run.measure.sizing().forDocument(Sizing.FIXTURE_BYTES);
    }

    /** A file named {@code name} in the test's directory, holding {@code json}. */
    private Path document(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
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
        Cli.Outcome tree = Cli.run("decode", "--backend", "testref", file.toString());
        assertThat(tree.code()).isZero();
        JsonNode decoded = ResultsJson.MAPPER.readTree(tree.out());
        assertThat(decoded).isEqualTo(ResultsJson.MAPPER.readTree(Fixtures.apiResponse()));
        Cli.Outcome typed = Cli.run("decode", "--backend", "testref", "--mode", "typed", "--compact", file.toString());
        assertThat(typed.code()).isZero();
        assertThat(typed.out().lines()).hasSize(1);
        assertThat(ResultsJson.MAPPER.readTree(typed.out()).get("items").size()).isEqualTo(decoded.get("items").size());
    }

    @Test
    void decodeReportsARejectionAndExitsOne() throws Exception {
        Path file = document("bad.json", "{\"a\": }");
        Cli.Outcome outcome = Cli.run("decode", "--backend", "testref", file.toString());
        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err().lines()).singleElement().asString().startsWith("jsonbench: testref: ");
    }

    @Test
    void validateNamesEachRejectedFileWithItsReason() throws Exception {
        Path good = document("good.json", "[1, 2, 3]");
        Path bad = document("bad.json", "[1, 2,]");
        Cli.Outcome both = Cli.run("validate", "--backend", "testref", good.toString(), bad.toString());
        assertThat(both.code()).isEqualTo(1);
        java.util.List<String> lines = both.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("ok        " + good);
        assertThat(lines.get(1)).startsWith("rejected  " + bad + ": testref: ");
        assertThat(both.err()).isEqualTo("1 of 2 files accepted by testref\n");
        assertThat(Cli.run("validate", "--backend", "testref", good.toString()).code()).isZero();
    }

    @Test
    void listShowsBackendsWithVersionModesAndConfiguration() throws Exception {
        Cli.Outcome table = Cli.run("list");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("Backend", "Language", "Version", "Modes", "Default run", "\nConfiguration:\n")
                .containsPattern("testref +java +dev.jsonbench:jsonbench-testref +test +typed,tree +yes\n")
                .contains("\n  testref: test backend")
                .containsPattern("serde-json-owned +rust +serde_json +.+ +typed,tree +yes\n")
                .containsPattern("sonic-std +go +github.com/bytedance/sonic +.+ +typed,tree +no\n");
        JsonNode json = ResultsJson.MAPPER.readTree(Cli.run("list", "--format", "json").out());
        assertThat(json.findValuesAsText("name")).contains("testref", "encoding-json", "encoding-json-v2");
        JsonNode variant = json.findParents("name").stream().filter(n -> n.get("name").asText().equals("jsoniter-fastest"))
                .findFirst().orElseThrow();
        assertThat(variant.get("language").asText()).isEqualTo("go");
        assertThat(variant.get("default_run").asBoolean()).isFalse();

        Cli.Outcome javaOnly = Cli.run("list", "--languages", "java");
        assertThat(javaOnly.out()).contains("testref").doesNotContain("serde-json-owned");
    }

    @Test
    void unknownOptionsAndCommandsSuggestTheNearestOnes() {
        assertThat(Cli.run("run", "--backnds", "x").err()).contains("did you mean --backends");
        assertThat(Cli.run("rnu").err()).contains("did you mean run?");
        assertThat(Cli.run("lsit").err()).contains("did you mean list");
        assertThat(Cli.run("frobnicate").err()).doesNotContain("did you mean");
    }

    @Test
    void backendAndBackendsAreOneOptionEverywhere() {
        for (String command : new String[]{"run", "profile", "decode", "validate"}) {
            String help = Cli.run(command, "--help").out();
            assertThat(help).as(command).contains("--backend").contains("--backends");
        }
        assertThat(Cli.run("decode", "--backends", "testref", "nope.json").err()).contains("no such file: nope.json");
    }

    @Test
    void testIsACommandOfTheHelp() {
        assertThat(Cli.run("--help").out()).containsPattern("\\n +test +");
        Cli.Outcome help = Cli.run("help", "test");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: jsonbench test").contains("./jsonbench test");
        Cli.Outcome direct = Cli.run("test");
        assertThat(direct.code()).isEqualTo(2);
        assertThat(direct.err()).contains("run './jsonbench test'");
    }

    @Test
    void validatePrintsJsonOnRequest() throws Exception {
        Path good = document("good.json", "[1]");
        Path bad = document("bad.json", "[1,]");
        Cli.Outcome outcome = Cli.run("validate", "--backend", "testref", "--format", "json", good.toString(), bad.toString());
        assertThat(outcome.code()).isEqualTo(1);
        JsonNode json = ResultsJson.MAPPER.readTree(outcome.out());
        assertThat(json.size()).isEqualTo(2);
        assertThat(json.get(0).get("accepted").asBoolean()).isTrue();
        assertThat(json.get(1).get("accepted").asBoolean()).isFalse();
        assertThat(json.get(1).get("error").asText()).startsWith("testref: ");
        assertThat(json.get(1).get("offset").isNumber()).isTrue();
    }

    @Test
    void completionPrintsAShellScript() {
        Cli.Outcome outcome = Cli.run("completion");
        assertThat(outcome.code()).isZero();
        assertThat(outcome.out()).contains("complete -F").contains("jsonbench").contains("run");
    }

    @Test
    void listFitsItsWidthAndWideKeepsEverythingOnOneLine() {
        String narrow = Cli.run("list", "--languages", "java").out();
        String table = narrow.substring(0, narrow.indexOf("Configuration:"));
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Terminal.DEFAULT_WIDTH));
        assertThat(narrow).contains("\nConfiguration:\n").contains("\n  testref: test backend");
        String wide = Cli.run("list", "--languages", "java", "--wide").out();
        assertThat(wide.lines().findFirst().orElseThrow()).endsWith("Configuration");
    }
}
