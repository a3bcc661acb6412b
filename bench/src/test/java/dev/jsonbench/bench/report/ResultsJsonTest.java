package dev.jsonbench.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.protocol.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.json written and read back, and the atomic writes behind every result file. */
class ResultsJsonTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContractFieldsInOrderAndReadsThemBack() throws IOException {
        Path file = dir.resolve("results.json");
        ResultsDocument written = SampleResults.document(SampleResults.result("jackson", Status.ok),
                SampleResults.result("gson", Status.failed));
        ResultsJson.write(file, written);

        JsonNode json = ResultsJson.MAPPER.readTree(file.toFile());
        assertThat(json.get("schema").asInt()).isEqualTo(ResultsDocument.SCHEMA);
        assertThat(fieldNames(json)).containsExactly("schema", "environment", "config", "results");
        JsonNode first = json.get("results").get(0);
        assertThat(fieldNames(first)).startsWith("runner", "language", "library", "library_version").contains(
                "mode", "status", "reason", "iterations", "timing", "allocations", "memory", "verification", "jvm_flags");
        assertThat(fieldNames(first.get("timing"))).containsExactly("runs_ns", "runs", "total_ms", "ns_per_op",
                "ns_per_op_interval", "cpu_ns_per_op", "cpu_ns_per_op_interval", "mb_per_s", "relative");
        assertThat(fieldNames(first.get("timing").get("ns_per_op_interval"))).containsExactly("low", "high", "level");
        assertThat(fieldNames(first.get("timing").get("total_ms"))).containsExactly("min", "median", "max");
        assertThat(fieldNames(first.get("allocations"))).containsExactly("bytes_per_op", "per_op", "verified", "method", "problem");
        assertThat(fieldNames(first.get("memory"))).containsExactly("peak_rss_bytes", "peak_rss_scope", "gc_count", "gc_pause_ms",
                "runtime_rss_bytes", "retained_bytes", "min_heap_bytes", "fair_heap", "heap_curve");
        assertThat(first.get("status").asText()).isEqualTo("ok");
        assertThat(json.get("results").get(1).get("reason").asText()).isEqualTo("because");
        assertThat(json.get("results").get(1).get("timing").get("ns_per_op").isNull()).isTrue();
        assertThat(json.get("environment").get("cpu_model").asText()).isEqualTo("test cpu");

        assertThat(ResultsJson.read(file)).isEqualTo(written);
        assertThat(Files.list(dir)).containsExactly(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void fieldsAReaderDoesNotKnowAreIgnored() throws IOException {
        String json = ResultsJson.toJson(SampleResults.document(SampleResults.result("jackson", Status.ok)))
                .replace("\"schema\" :", "\"added_later\" : [1, 2], \"schema\" :");
        assertThat(ResultsJson.parse(json).results()).hasSize(1);
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path file = dir.resolve("results.md");
        AtomicFiles.writeText(file, "old");
        AtomicFiles.writeText(file, "new");
        assertThat(Files.readString(file)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailureHalfWayLeavesNoPartialFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("results.json");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("{\"schema\": 1, \"results\": [".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailureLeavesThePreviousFileUntouched() throws IOException {
        Path file = dir.resolve("results.json");
        AtomicFiles.writeText(file, "previous");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("serializer broke");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(file)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
