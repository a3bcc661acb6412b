package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.protocol.Language;
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
        ResultsDocument document = ResultsJson.read(dir.resolve("results.json"));
        Map<String, Result> results = document.results().stream().collect(Collectors.toMap(Result::runner, Function.identity()));
        assertThat(results).containsOnlyKeys("testref", "serde-json-owned", "encoding-json");
        assertThat(document.config().languages()).containsExactly(Language.java, Language.rust, Language.go);
        assertThat(document.config().countJvmFlags()).contains("-XX:-UseTLAB");
        assertThat(document.environment().toolchains().runnerBuilds()).extracting(b -> b.binary())
                .anyMatch(b -> b.endsWith("jsonbench-rust")).anyMatch(b -> b.endsWith("jsonbench-go"));

        for (String runner : List.of("serde-json-owned", "encoding-json")) {
            Result r = results.get(runner);
            Language language = runner.startsWith("serde") ? Language.rust : Language.go;
            assertThat(r.language()).isEqualTo(language);
            if (!Cli.present(language == Language.rust ? "cargo" : "go")) {
                assertThat(r.status()).isEqualTo(Status.skipped);
                continue;
            }
            assertThat(r.status()).as(r.reason()).isEqualTo(Status.ok);
            assertThat(r.verification().digestOk()).isTrue();
            assertThat(r.jvmFlags()).isEmpty();
            assertThat(r.countJvmFlags()).isNull();
            assertThat(r.allocations().verified()).isTrue();
            assertThat(r.allocations().method()).isNotBlank();
            assertThat(r.allocations().perOp()).isPositive();
            assertThat(outcome.out()).contains(runner + " (typed)");
        }
    }

    @Test
    void aMissingToolchainIsSkippedNotAnError() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli.Outcome outcome = Cli.withToolchainPath(empty, () -> Cli.run("run", "--quick", "--backends",
                "testref,serde-json-owned,sonic-default", "--modes", "tree", "--out", dir.resolve("out").toString()));
        assertThat(outcome.code()).as(outcome.err()).isZero();
        ResultsDocument document = ResultsJson.read(dir.resolve("out/results.json"));
        Map<String, Result> results = document.results().stream().collect(Collectors.toMap(Result::runner, Function.identity()));
        assertThat(results.get("testref").status()).isEqualTo(Status.ok);
        assertThat(results.get("serde-json-owned").status()).isEqualTo(Status.skipped);
        assertThat(results.get("serde-json-owned").reason()).isEqualTo("cargo not found (install Rust to include serde_json and sonic-rs)");
        assertThat(results.get("sonic-default").status()).isEqualTo(Status.skipped);
        assertThat(results.get("sonic-default").reason()).isEqualTo("go not found (install Go to include encoding/json, jsoniter, sonic)");
        assertThat(outcome.out()).contains("serde-json-owned tree: SKIPPED - cargo not found (install Rust to include serde_json and sonic-rs)");
    }

    @Test
    void languageAndNameErrorsAreUsageErrors() {
        Cli.Outcome wrongLanguage = Cli.run("run", "--languages", "java", "--backends", "serde-json-owned", "--out", dir.toString());
        assertThat(wrongLanguage.code()).isEqualTo(2);
        assertThat(wrongLanguage.err().strip()).isEqualTo("jsonbench: 'serde-json-owned' is a rust backend, but --languages is java");
        Cli.Outcome unknown = Cli.run("run", "--languages", "cobol", "--out", dir.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).startsWith("jsonbench run: Invalid value for option '--languages'")
                .contains("expected one of [java, rust, go]", "'cobol'");
        Cli.Outcome nosuch = Cli.run("run", "--backends", "testref,nosuch", "--out", dir.toString());
        assertThat(nosuch.err().strip()).startsWith("jsonbench: no JSON backend named 'nosuch'; available: ")
                .contains("testref", "(java)", "serde-json-owned", "(rust)", "encoding-json", "(go)");
    }
}
