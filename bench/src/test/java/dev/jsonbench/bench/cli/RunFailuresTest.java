package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure paths, through real forks: a backend that throws, one that hangs, one that decodes wrongly, one
 * whose JVM dies, one that prints garbage on stdout. Each is reported with its reason, the good backend's
 * result is still written, and the exit status is 1.
 */
class RunFailuresTest {

    @TempDir
    Path dir;

    @Test
    void everyFailureIsReportedAndTheOtherResultsAreStillWritten() throws Exception {
        Cli.Outcome outcome = Cli.run("run", "--backends",
                "testref,fault-throw,fault-hang,fault-wrong,fault-crash,fault-garbage", "--modes", "tree", "--runs", "2",
                "--iterations", "200", "--warmup", "200", "--fork-timeout", "30", "--out", dir.toString());

        assertThat(outcome.code()).as(outcome.err()).isEqualTo(1);
        ResultsDocument document = ResultsJson.read(dir.resolve("results.json"));
        assertThat(dir.resolve("results.md")).exists();
        Map<String, Result> results = document.results().stream().collect(Collectors.toMap(Result::runner, Function.identity()));

        assertThat(results.get("testref").status()).isEqualTo(Status.ok);
        assertThat(results.get("testref").allocations().verified() || results.get("testref").allocations().problem() != null)
                .as("a count is either verified or says why not").isTrue();

        assertThat(results.get("fault-throw").status()).isEqualTo(Status.failed);
        assertThat(results.get("fault-throw").reason()).isEqualTo("run 1 of 2: decode failed: IllegalStateException: boom from fault-throw");

        assertThat(results.get("fault-throw").notes()).contains("1 later run not started after the first failure");

        assertThat(results.get("fault-hang").status()).isEqualTo(Status.failed);
        assertThat(results.get("fault-hang").reason()).startsWith("run 1 of 2: timed out after 30 s");

        assertThat(results.get("fault-wrong").status()).isEqualTo(Status.wrong);
        assertThat(results.get("fault-wrong").verification().digestOk()).isFalse();
        assertThat(results.get("fault-wrong").reason()).contains("differs from the expected 0228fb587cc8b600");

        assertThat(results.get("fault-crash").status()).isEqualTo(Status.failed);
        assertThat(results.get("fault-crash").reason()).isEqualTo("run 1 of 2: exited with code 3");

        assertThat(results.get("fault-garbage").status()).isEqualTo(Status.failed);
        assertThat(results.get("fault-garbage").reason()).startsWith("run 1 of 2: unparseable output: 'garbage on stdout");

        String table = outcome.out();
        String ranking = table.substring(0, table.indexOf("Not ranked:"));
        assertThat(ranking).contains("testref (tree)").doesNotContain("fault-");
        assertThat(outcome.err()).contains("fault-hang tree: run 1 of 2: failed: timed out after 30 s");
        assertThat(Files.list(dir.resolve("logs"))).isNotEmpty();
    }
}
