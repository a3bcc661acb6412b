package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsonbench generate} and {@code jsonbench run --suite}: seeded documents of any size and shape. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryShapeAtEverySizeExactlyWithItsSha256() throws Exception {
        Cli.Outcome outcome = Cli.run("generate", "--bytes", "1k,3000", "--shape", "api,nested", "--seed", "7",
                "--out", dir.toString());
        assertThat(outcome.code()).as(outcome.err()).isZero();
        for (String name : List.of("api-1k.json", "api-3000.json", "nested-1k.json", "nested-3000.json")) {
            Path file = dir.resolve(name);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).hasSize(name.contains("1k") ? 1024 : 3000);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(outcome.out()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + " +[0-9,]+ +" + sha);
        }
        // the same seed, the same bytes
        Path again = dir.resolve("again");
        assertThat(Cli.run("generate", "--bytes", "1k", "--shape", "nested", "--seed", "7", "--out", again.toString()).code())
                .isZero();
        assertThat(Files.readAllBytes(again.resolve("nested-1k.json"))).isEqualTo(Files.readAllBytes(dir.resolve("nested-1k.json")));
    }

    @Test
    void aSuiteIsWrittenInItsOrder() {
        Cli.Outcome outcome = Cli.run("generate", "--suite", "shapes", "--out", dir.toString());
        assertThat(outcome.code()).as(outcome.err()).isZero();
        assertThat(dir.resolve("numbers-64k.json")).hasSize(64 * 1024);
        assertThat(outcome.out().lines().skip(2).map(l -> l.substring(l.lastIndexOf('/') + 1, l.indexOf(".json") + 5)).toList())
                .containsExactly("api-64k.json", "numbers-64k.json", "strings-64k.json", "nested-64k.json", "wide-64k.json");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(Cli.run("generate", "--out", dir.toString()).err()).contains("give --bytes");
        assertThat(Cli.run("generate", "--suite", "sizes", "--bytes", "1k", "--out", dir.toString()).err())
                .contains("--suite cannot be combined");
        assertThat(Cli.run("generate", "--bytes", "10", "--shape", "api", "--out", dir.toString()).err())
                .contains("too small for the api shape");
        assertThat(Cli.run("generate", "--bytes", "lots", "--out", dir.toString()).code()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void aSuiteRunMeasuresEveryShapeInTreeModeAndTheApiShapeTypedToo() throws Exception {
        Path out = dir.resolve("run");
        Cli.Outcome outcome = Cli.run("run", "--suite", "shapes", "--backends", "testref", "--iterations", "3", "--warmup", "3",
                "--runs", "1", "--memory", "none", "--out", out.toString());
        assertThat(outcome.code()).as(outcome.err()).isZero();
        ResultsDocument document = ResultsJson.read(out.resolve("results.json"));
        assertThat(out.resolve("documents/wide-64k.json")).exists();
        assertThat(document.config().fixtures()).extracting(f -> f.name())
                .containsExactly("api-64k.json", "numbers-64k.json", "strings-64k.json", "nested-64k.json", "wide-64k.json");
        for (Result r : document.results()) {
            boolean apiTyped = r.fixture().startsWith("api") || r.mode() == Mode.tree;
            assertThat(r.status()).as(r.label() + " on " + r.fixture() + ": " + r.reason()).isEqualTo(apiTyped ? Status.ok : Status.skipped);
            if (apiTyped) {
                assertThat(r.timing().mbPerS()).isPositive();
            }
        }
    }
}
