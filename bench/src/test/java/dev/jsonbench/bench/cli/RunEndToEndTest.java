package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.protocol.Language;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jsonbench run --quick} over the five backends: statuses, digests and every figure present (never a time). */
class RunEndToEndTest {

    static final List<String> BACKENDS = List.of("dsljson", "gson", "jackson", "jsoniter", "simdjson");

    @TempDir
    Path dir;

    @Test
    void aWarmedUpCountVerifiesAsAWholeNumberEqualToTheTimedBytes() throws Exception {
        // Gson: its code settles in one JIT state (Jackson's tree decode lands in one of two, 40 B per decode apart,
        // depending on when C2 finishes, which a busy machine changes; the full run reports that row as unverified)
        Cli.Outcome outcome = Cli.run("run", "--backends", "gson", "--modes", "tree", "--iterations", "20000",
                "--warmup", "20000", "--runs", "1", "--memory", "none", "--out", dir.resolve("warm").toString());
        assertThat(outcome.code()).as(outcome.err()).isZero();
        Result r = ResultsJson.read(dir.resolve("warm/results.json")).results().getFirst();
        assertThat(r.allocations().verified()).as(r.allocations().problem()).isTrue();
        assertThat(r.allocations().perOp() % 1).isZero();
        assertThat(r.memory().retainedBytes()).isPositive();
        assertThat(r.memory().minHeapBytes()).isNull();
    }

    @Test
    void aQuickRunMeasuresEveryBackendInBothModes() throws Exception {
        assertThat(JsonDecoders.available()).as("the five adapters must be on the class path").containsAll(BACKENDS);

        Cli.Outcome outcome = Cli.run("run", "--quick", "--backends", String.join(",", BACKENDS),
                "--out", dir.toString(), "--format", "json");
        assertThat(outcome.code()).as(outcome.err()).isZero();

        ResultsDocument document = ResultsJson.read(dir.resolve("results.json"));
        assertThat(dir.resolve("results.md")).exists();
        assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        assertThat(ResultsJson.MAPPER.readValue(outcome.out(), ResultsDocument.class)).isEqualTo(document);
        assertThat(document.schema()).isEqualTo(ResultsDocument.SCHEMA);
        assertThat(document.environment().cpuModel()).isNotBlank();
        assertThat(document.environment().cores()).isPositive();
        assertThat(document.environment().jdkVersion()).startsWith("25");
        assertThat(document.environment().jvmFlags()).contains("-Xmx1g");
        assertThat(document.environment().backends()).containsKeys(BACKENDS.toArray(String[]::new));
        assertThat(document.config().iterations()).isEqualTo(2000);
        assertThat(document.config().runs()).isEqualTo(1);
        assertThat(document.config().quick()).isTrue();

        assertThat(document.results()).hasSize(10);
        assertThat(document.results()).extracting(Result::runner).containsOnly(BACKENDS.toArray(String[]::new));
        for (Result r : document.results()) {
            String what = r.label() + " " + ResultsJson.MAPPER.writeValueAsString(r);
            assertThat(r.status()).as(what).isEqualTo(Status.ok);
            assertThat(r.reason()).as(what).isNull();
            assertThat(r.language()).isEqualTo(Language.java);
            assertThat(r.library()).as(what).contains(":");
            assertThat(r.libraryVersion()).as(what).isNotBlank();
            assertThat(r.verification().digestOk()).as(what).isTrue();
            assertThat(r.verification().digest()).as(what).isEqualTo("0228fb587cc8b600");
            assertThat(r.iterations()).isEqualTo(2000);
            assertThat(r.timing().runsNs()).as(what).hasSize(1);
            assertThat(r.timing().totalMs()).as(what).isNotNull();
            assertThat(r.timing().nsPerOp()).as(what).isPositive();
            assertThat(r.timing().mbPerS()).as(what).isPositive();
            assertThat(r.allocations().bytesPerOp()).as(what).isPositive();
            // 2,000 warm-up decodes are rarely a steady state: a count is printed only when it verifies, else says why
            if (r.allocations().verified()) {
                assertThat(r.allocations().perOp()).as(what).isPositive();
                assertThat(r.allocations().perOp() % 1).as(what).isZero();
            } else {
                assertThat(r.allocations().perOp()).as(what).isNull();
                assertThat(r.allocations().problem()).as(what).isNotBlank();
            }
            assertThat(r.allocations().method()).as(what).contains("jdk.ObjectAllocationOutsideTLAB");
            assertThat(r.memory().peakRssBytes()).as(what).isPositive();
            assertThat(r.memory().peakRssScope()).as(what).isNotNull();
            assertThat(r.memory().gcCount()).as(what).isNotNull();
            assertThat(r.memory().gcPauseMs()).as(what).isNotNull();
            assertThat(r.jvmFlags()).as(what).contains("-Xmx1g");
            assertThat(r.countJvmFlags()).as(what).contains("-XX:-UseTLAB");
            assertThat(r.failures()).as(what).isEmpty();
        }
        JsonNode json = ResultsJson.MAPPER.readTree(dir.resolve("results.json").toFile());
        for (JsonNode r : json.get("results")) {
            // a figure not measured is written as null, never left out
            assertThat(r.get("allocations").has("per_op") && r.get("memory").has("peak_rss_bytes")
                    && r.get("memory").has("gc_pause_ms")).isTrue();
        }
    }
}
