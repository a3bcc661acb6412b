package dev.jsonbench.bench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.ResultsDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RerunCommandTest {

    private static final ResultsDocument REALISTIC = SampleReport.realistic();

    @Test
    void spellsOutEverySettingOfARunOverSeveralDocumentsLeavingTheirCountsToTheirSizes() {
        assertThat(RerunCommand.of(REALISTIC)).contains("./jsonbench run"
                + " --backends sonic-rs,simdjson,dsljson,jsoniter,jackson,gson,encoding-json,serde-json-owned"
                + " --modes typed,tree --fixture /data/docs --runs 5 --heap 1g --time wall --confidence 0.95 --memory curve");
    }

    @Test
    void spellsOutTheCountsOfOneDocumentAndTheUsersType() {
        Config config = SampleReport.config(Map.of("fixtures", List.of(new Config.Fixture("order.json", "/data/order.json",
                700, "0228", "majority", true, null, "List<com.acme.Order>", List.of("/app/classes", "/app/lib/x.jar")))));

        assertThat(RerunCommand.of(new ResultsDocument(REALISTIC.environment(), config, REALISTIC.results())).orElseThrow())
                .contains(" --fixture /data/order.json --type 'List<com.acme.Order>' --classpath /app/classes:/app/lib/x.jar"
                        + " --iterations 100000 --warmup 100000 --count-iterations 1000 --count-warmup 20000 --runs 5 ");
    }

    @Test
    void namesTheLanguagesOnlyWhenNotAllTookPartAndEveryOptionThatWasGiven() {
        Config config = SampleReport.config(Map.of("languages", List.of("java"), "modes", List.of("tree"), "quick", true,
                "fork_timeout_s", 300, "reference", "jackson", "time_basis", "cpu",
                "fixtures", List.of(REALISTIC.config().fixtures().getFirst())));

        assertThat(RerunCommand.of(new ResultsDocument(REALISTIC.environment(), config, REALISTIC.results())).orElseThrow())
                .contains(" --languages java --modes tree --fixture /data/docs/api-response.json ",
                        " --quick --heap 1g --fork-timeout 300 --time cpu --reference jackson ");
    }

    @Test
    void theBundledDocumentNeedsNoFixtureOption() {
        Config config = SampleReport.config(Map.of("fixtures", List.of(new Config.Fixture("api-response.json",
                "bundled: fixtures/src/main/resources/dev/jsonbench/fixtures/api-response.json", 2444, "0228", "published",
                true, null, "dev.jsonbench.fixtures.ApiResponse", null))));

        assertThat(RerunCommand.of(new ResultsDocument(REALISTIC.environment(), config, REALISTIC.results())).orElseThrow())
                .doesNotContain("--fixture");
    }

    @Test
    void aReproductionNamesItsJavaBackendsOnlyTheArticlesRunnersComeWithIt() {
        Config config = SampleReport.config(Map.of("command", "reproduce article", "backends",
                List.of("serde-json-owned", "encoding-json", "jackson", "gson"), "modes", List.of("typed"),
                "fixtures", List.of(REALISTIC.config().fixtures().getFirst())));
        List<dev.jsonbench.bench.report.Result> results = List.of(
                SampleReport.notOk("serde-json-owned", Language.rust, "serde_json", Mode.typed, "a.json", Status.skipped, "x"),
                SampleReport.notOk("encoding-json", Language.go, "encoding/json", Mode.typed, "a.json", Status.skipped, "x"),
                SampleReport.notOk("jackson", Language.java, "jackson", Mode.typed, "a.json", Status.skipped, "x"),
                SampleReport.notOk("gson", Language.java, "gson", Mode.typed, "a.json", Status.skipped, "x"));

        assertThat(RerunCommand.of(new ResultsDocument(REALISTIC.environment(), config, results)).orElseThrow())
                .startsWith("./jsonbench reproduce article --backends jackson,gson --iterations 100000 ")
                .doesNotContain("--modes").doesNotContain("--fixture");
    }

    @Test
    void quotesWhatAShellWouldSplitOrExpand() {
        assertThat(RerunCommand.quoted("/data/my docs")).isEqualTo("'/data/my docs'");
        assertThat(RerunCommand.quoted("it's $HOME")).isEqualTo("'it'\\''s $HOME'");
        assertThat(RerunCommand.quoted("jackson,gson")).isEqualTo("jackson,gson");
        assertThat(RerunCommand.quoted("")).isEqualTo("''");
    }
}
