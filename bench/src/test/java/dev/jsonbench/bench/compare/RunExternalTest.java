package dev.jsonbench.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsonbench run} with Go and Rust runners beside a Java backend (never a time asserted). */
class RunExternalTest {

    @TempDir
    Path dir;

    @Test
    void goAndRustRunnersLandInResultsJsonWithTheJavaOnes() throws Exception {
        Cli.Outcome outcome = Cli.run("run", "--quick", "--backends", "testref,serde-json-owned,encoding-json", "--modes", "typed",
                "--out", dir.toString());
        assertThat(outcome.code()).as(outcome.err()).isZero();
        ResultsDocument document = ResultsWriter.readJson(dir.resolve("results.json"));
        Map<String, Result> results = document.results().stream().collect(Collectors.toMap(Result::runner, Function.identity()));
        assertThat(results).containsOnlyKeys("testref", "serde-json-owned", "encoding-json");
        assertThat(document.config()).containsEntry("languages", List.of("java", "rust", "go"));
        assertThat(document.config().get("count_jvm_flags")).asList().contains("-XX:-UseTLAB");
        assertThat(document.environment()).containsKeys("go_version", "rustc_version", "cargo_version", "runner_builds");

        for (String runner : List.of("serde-json-owned", "encoding-json")) {
            Result r = results.get(runner);
            String language = runner.startsWith("serde") ? "rust" : "go";
            assertThat(r.language()).isEqualTo(language);
            if (!Cli.present(language.equals("rust") ? "cargo" : "go")) {
                assertThat(r.status()).isEqualTo("skipped");
                continue;
            }
            assertThat(r.status()).as(r.reason()).isEqualTo("ok");
            assertThat(r.digestOk()).isTrue();
            assertThat(r.jvmFlags()).isEmpty();
            assertThat(r.countJvmFlags()).isNull();
            assertThat(r.allocsVerified()).isTrue();
            assertThat(r.allocsMethod()).isNotBlank();
            assertThat(r.allocsPerOp()).isPositive();
            assertThat(outcome.out()).contains(runner + " (typed)");
        }
    }

    @Test
    void aMissingToolchainIsSkippedNotAnError() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli.Outcome outcome = Cli.withToolchainPath(empty, () -> Cli.run("run", "--quick", "--backends",
                "testref,serde-json-owned,sonic-default", "--modes", "tree", "--out", dir.resolve("out").toString()));
        assertThat(outcome.code()).as(outcome.err()).isZero();
        ResultsDocument document = ResultsWriter.readJson(dir.resolve("out/results.json"));
        Map<String, Result> results = document.results().stream().collect(Collectors.toMap(Result::runner, Function.identity()));
        assertThat(results.get("testref").status()).isEqualTo("ok");
        assertThat(results.get("serde-json-owned").status()).isEqualTo("skipped");
        assertThat(results.get("serde-json-owned").reason()).isEqualTo("cargo not found (install Rust to include serde_json)");
        assertThat(results.get("sonic-default").status()).isEqualTo("skipped");
        assertThat(results.get("sonic-default").reason()).isEqualTo("go not found (install Go to include encoding/json, jsoniter, sonic)");
        assertThat(outcome.out()).contains("serde-json-owned tree: SKIPPED - cargo not found (install Rust to include serde_json)");
    }

    @Test
    void languageAndNameErrorsAreUsageErrors() {
        Cli.Outcome wrongLanguage = Cli.run("run", "--languages", "java", "--backends", "serde-json-owned", "--out", dir.toString());
        assertThat(wrongLanguage.code()).isEqualTo(2);
        assertThat(wrongLanguage.err().strip()).isEqualTo("jsonbench: 'serde-json-owned' is a rust backend, but --languages is java");
        Cli.Outcome unknown = Cli.run("run", "--languages", "cobol", "--out", dir.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("jsonbench: unknown language 'cobol' in --languages; choose among java, rust, go");
        Cli.Outcome nosuch = Cli.run("run", "--backends", "testref,nosuch", "--out", dir.toString());
        assertThat(nosuch.err().strip()).startsWith("jsonbench: no JSON backend named 'nosuch'; available: ")
                .contains("testref", "(java)", "serde-json-owned", "(rust)", "encoding-json", "(go)");
    }
}
