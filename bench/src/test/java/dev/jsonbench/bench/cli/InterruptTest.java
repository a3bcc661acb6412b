package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped with SIGTERM keeps what it measured: finished rows as they are, the rest interrupted. */
class InterruptTest {

    @TempDir
    Path dir;

    @Test
    void aTerminatedRunWritesItsFinishedRowsAndMarksTheRestInterrupted() throws Exception {
        Path out = dir.resolve("out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules=jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                "dev.jsonbench.bench.Main", "run", "--backends", "testref,fault-slowcount", "--modes", "tree",
                "--iterations", "200", "--warmup", "200", "--runs", "1", "--memory", "none", "--out", out.toString());
        Process cli = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        StringBuilder log = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.append(line).append('\n');
                if (line.contains("fault-slowcount tree: counting allocations")) {
                    Thread.sleep(2000); // the counting fork is under way, and hangs
                    // SIGTERM, as kill sends it (Process.destroy would also close the streams read here)
                    new ProcessBuilder("kill", "-TERM", Long.toString(cli.pid())).start().waitFor();
                }
            }
        }
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).as(log.toString()).isTrue();
        assertThat(cli.exitValue()).as(log.toString()).isEqualTo(143);
        assertThat(log).contains("jsonbench: stopping", "Wrote ");

        ResultsDocument document = ResultsJson.read(out.resolve("results.json"));
        Map<String, Result> results = document.results().stream().collect(Collectors.toMap(Result::runner, Function.identity()));
        assertThat(results.get("testref").status()).isEqualTo(Status.ok);
        Result slow = results.get("fault-slowcount");
        assertThat(slow.status()).isEqualTo(Status.interrupted);
        assertThat(slow.reason()).isEqualTo("interrupted after 1 of 1 run, before the allocation count");
        assertThat(slow.timing().runsNs()).hasSize(1);
        assertThat(out.resolve("results.md")).content().contains("fault-slowcount tree").contains("interrupted");
    }
}
