package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.contestant.external.ProjectRoot;
import dev.jsonbench.bench.article.ArticleTable;
import dev.jsonbench.bench.article.ArticleClaims;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.protocol.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsonbench reproduce article --quick}, end to end: every article row, its claims, its status (never a time). */
class ReproduceArticleTest {

    @TempDir
    Path dir;

    static ArticleClaims claims() {
        return ArticleClaims.load(ProjectRoot.compareDirectory().orElseThrow(() -> new AssertionError(ProjectRoot.problem())));
    }

    /** The cells of the table row of {@code solution}. */
    static List<String> row(String markdown, String solution) {
        String line = markdown.lines().filter(l -> l.startsWith("| " + solution + " |")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + solution + " in\n" + markdown));
        return Arrays.stream(line.substring(2, line.length() - 2).split(" \\| ")).map(String::strip).toList();
    }

    @Test
    void quickReproductionHasEveryArticleRowWithItsClaimsAndStatus() throws Exception {
        Cli.Outcome outcome = Cli.run("reproduce", "article", "--quick", "--backends", "jackson", "--out", dir.toString());
        assertThat(outcome.code()).as(outcome.err()).isZero();
        String table = outcome.out();
        System.out.println(table);
        assertThat(dir.resolve("article.md")).hasContent(table.strip());
        ResultsDocument document = ResultsJson.read(dir.resolve("results.json"));
        assertThat(dir.resolve("results.md")).exists();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<section id=\"claims\">", "Claimed beside measured",
                "Go encoding/json");
        assertThat(document.config().command()).isEqualTo("reproduce article");
        assertThat(document.config().runs()).isEqualTo(1);
        assertThat(document.config().iterations()).isEqualTo(2000);
        assertThat(document.config().modes()).containsExactly(Mode.typed);
        assertThat(document.config().claims().iterations()).isEqualTo(100_000);
        Map<String, Result> results = document.results().stream().collect(Collectors.toMap(Result::runner, Function.identity()));

        ArticleClaims claims = claims();
        assertThat(claims.claims()).extracting(ArticleClaims.Claim::runner)
                .containsExactly("serde-json-owned", "encoding-json", "jsoniter-std", "sonic-default");
        assertThat(table).contains("| Solution | Time (100,000 parses) | vs serde_json | Peak Memory | Allocations (100,000 parses) "
                + "| Allocations per parse | Status |");
        assertThat(table).contains("scaled from the measured per-parse figures (this run made 2,000 parses per timed loop)");
        for (ArticleClaims.Claim claim : claims.claims()) {
            List<String> cells = row(table, claim.solution());
            Result result = results.get(claim.runner());
            assertThat(result).as(claim.runner()).isNotNull();
            assertThat(result.mode()).isEqualTo(Mode.typed);
            String claimedTime = "claimed " + Figures.millis(claim.timeMs()) + " ms";
            assertThat(cells.get(1)).contains(claimedTime);
            assertThat(cells.get(3)).contains("claimed " + Figures.mb(claim.peakMemoryMb()));
            assertThat(cells.get(4)).contains("claimed " + Figures.group(claim.allocations()));
            String tool = result.language() == Language.rust ? "cargo" : "go";
            if (Cli.present(tool)) {
                assertThat(result.status()).as(claim.runner() + ": " + result.reason()).isEqualTo(Status.ok);
                assertThat(result.verification().digestOk()).isTrue();
                assertThat(cells.get(6)).isEqualTo("ok, digest ok");
                assertThat(cells.get(1)).matches("[0-9,.]+ ms \\(claimed .*, ×[0-9.]+\\)");
                // a short warm-up may leave a Go count unsteady: then it is unverified, never a fraction
                assertThat(cells.get(5)).matches("([0-9,]+|unverified) \\(claimed [0-9,.]+\\)");
            } else {
                System.out.println("reproduce article: " + claim.runner() + " not measured: " + result.reason());
                assertThat(result.status()).isEqualTo(Status.skipped);
                assertThat(cells.get(6)).startsWith("skipped: " + tool + " not found");
            }
        }
        assertThat(row(table, "Rust serde_json").get(2)).startsWith(Cli.present("cargo") ? "1.00× (claimed 1.00×)" : "n/a");
        assertThat(row(table, "Go encoding/json").get(2)).endsWith("(claimed 6.53× slower)");

        List<String> jackson = row(table, "Java jackson");
        assertThat(jackson.get(6)).isEqualTo("ok, digest ok");
        assertThat(jackson.get(1)).matches("[0-9,.]+ ms");
        assertThat(jackson.get(4)).matches("[0-9,]+|unverified");
        assertThat(jackson.get(4).equals("unverified")).isEqualTo(!results.get("jackson").allocations().verified());

        assertThat(table).contains("## Environment", "| CPU |", "| JDK |", "| Go |", "| rustc |", "| Library: Java jackson |",
                "article-claims.json", "AMD EPYC 7763");
        assertThat(document.environment().toolchains().runnerBuilds()).isNotEmpty();
    }

    @Test
    void withoutGoAndRustTheirRowsSaySoAndShowNoMeasuredNumber() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("no-toolchains"));
        Cli.Outcome outcome = Cli.withToolchainPath(empty,
                () -> Cli.run("reproduce", "article", "--quick", "--backends", "jackson", "--out", dir.resolve("out").toString()));
        assertThat(outcome.code()).as(outcome.err()).isZero();
        String table = outcome.out();
        for (ArticleClaims.Claim claim : claims().claims()) {
            List<String> cells = row(table, claim.solution());
            String expected = claim.runner().startsWith("serde") ? "skipped: cargo not found (install Rust to include serde_json and sonic-rs)"
                    : "skipped: go not found (install Go to include encoding/json, jsoniter, sonic)";
            assertThat(cells.get(6)).isEqualTo(expected);
            assertThat(cells.get(1)).isEqualTo("not measured (claimed " + Figures.millis(claim.timeMs()) + " ms)");
            assertThat(cells.get(2)).startsWith("n/a (serde_json not measured)");
            assertThat(cells.get(3)).startsWith("not measured (claimed ");
            assertThat(cells.get(4)).startsWith("not measured (claimed ");
        }
        assertThat(row(table, "Java jackson").get(6)).isEqualTo("ok, digest ok");
        assertThat(row(table, "Java jackson").get(2)).isEqualTo("n/a (serde_json not measured)");
    }

    @Test
    void usageErrors() {
        Cli.Outcome none = Cli.run("reproduce");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("missing what to reproduce: article");
        assertThat(Cli.run("reproduce", "article", "--help").out()).startsWith("Usage: jsonbench reproduce article");
        Cli.Outcome unknown = Cli.run("reproduce", "article", "--backends", "serde-json-owned", "--out", dir.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("jsonbench: no Java backend named 'serde-json-owned'; available: ");
        assertThat(Cli.run("reproduce", "article", "--runs", "0").code()).isEqualTo(2);
    }
}
