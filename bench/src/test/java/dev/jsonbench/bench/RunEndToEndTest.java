package dev.jsonbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsWriter;
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
    void aQuickRunMeasuresEveryBackendInBothModes() throws Exception {
        assertThat(JsonDecoders.available()).as("the five adapters must be on the class path").containsAll(BACKENDS);

        CliTest.Outcome outcome = CliTest.cli("run", "--quick", "--backends", String.join(",", BACKENDS),
                "--out", dir.toString(), "--format", "json");
        assertThat(outcome.code()).as(outcome.err()).isZero();

        ResultsDocument document = ResultsWriter.readJson(dir.resolve("results.json"));
        assertThat(dir.resolve("results.md")).exists();
        assertThat(ResultsWriter.JSON.readValue(outcome.out(), ResultsDocument.class)).isEqualTo(document);
        assertThat(document.schema()).isEqualTo(1);
        assertThat(document.environment()).containsKeys("cpu_model", "cores", "os", "kernel", "jdk_vendor",
                "jdk_version", "jvm_flags", "git_commit", "date", "backends");
        assertThat(document.config()).containsEntry("iterations", 2000).containsEntry("runs", 1).containsEntry("quick", true);

        assertThat(document.results()).hasSize(10);
        assertThat(document.results()).extracting(Result::runner).containsOnly(BACKENDS.toArray(String[]::new));
        for (Result r : document.results()) {
            String what = r.label() + " " + ResultsWriter.JSON.writeValueAsString(r);
            assertThat(r.status()).as(what).isEqualTo("ok");
            assertThat(r.reason()).as(what).isNull();
            assertThat(r.language()).isEqualTo("java");
            assertThat(r.library()).as(what).contains(":");
            assertThat(r.libraryVersion()).as(what).isNotBlank();
            assertThat(r.digestOk()).as(what).isTrue();
            assertThat(r.digest()).as(what).isEqualTo("0228fb587cc8b600");
            assertThat(r.iterations()).isEqualTo(2000);
            assertThat(r.runsNs()).as(what).hasSize(1);
            assertThat(r.totalMs()).as(what).isNotNull();
            assertThat(r.nsPerOp()).as(what).isPositive();
            assertThat(r.mbPerS()).as(what).isPositive();
            assertThat(r.allocBytesPerOp()).as(what).isPositive();
            assertThat(r.allocsVerified()).as(what).isTrue();
            assertThat(r.allocsPerOp()).as(what).isPositive();
            assertThat(r.allocsMethod()).as(what).contains("jdk.ObjectAllocationOutsideTLAB");
            assertThat(r.peakRssBytes()).as(what).isPositive();
            assertThat(r.peakRssScope()).as(what).isIn("loop", "process");
            assertThat(r.gcCount()).as(what).isNotNull();
            assertThat(r.gcPauseMs()).as(what).isNotNull();
            assertThat(r.jvmFlags()).as(what).contains("-Xmx1g");
            assertThat(r.countJvmFlags()).as(what).contains("-XX:-UseTLAB");
            assertThat(r.failures()).as(what).isEmpty();
        }
        JsonNode json = ResultsWriter.JSON.readTree(dir.resolve("results.json").toFile());
        for (JsonNode r : json.get("results")) {
            assertThat(r.has("allocs_per_op") && r.has("peak_rss_bytes") && r.has("gc_pause_ms")).isTrue();
        }
    }
}
