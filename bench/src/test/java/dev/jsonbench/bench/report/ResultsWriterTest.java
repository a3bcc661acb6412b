package dev.jsonbench.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsWriterTest {

    @TempDir
    Path dir;

    static Result result(String runner, String status) {
        boolean ok = status.equals("ok");
        return new Result(runner, "java", "g:a", "1.0", "config", "api-response.json", "typed", status,
                ok ? null : "because", 1000, 1000, ok ? List.of(2_000_000L, 1_000_000L, 3_000_000L) : List.of(),
                ok ? Spread.ofNanosAsMillis(List.of(2_000_000L, 1_000_000L, 3_000_000L)) : null,
                ok ? 2000.0 : null, ok ? 1222.0 : null, ok ? 4096.0 : null, ok ? 42.0 : null, ok,
                ok ? "JFR" : null, ok ? 100_000_000L : null, ok ? "loop" : null, ok ? 1L : null, ok ? 0.5 : null,
                ok ? "0228fb587cc8b600" : null, ok ? Boolean.TRUE : null, List.of("-Xmx1g"), List.of("-Xmx1g", "-XX:-UseTLAB"),
                List.of(), ok ? List.of() : List.of("run 1 of 3: failed: because"));
    }

    static ResultsDocument document(Result... results) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("cpu_model", "test cpu");
        env.put("cores", 2);
        env.put("jvm_flags", List.of("-Xmx1g"));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("runs", 3);
        config.put("count_jvm_flags", List.of("-Xmx1g", "-XX:-UseTLAB"));
        config.put("count_iterations", 1000);
        config.put("count_warmup", 1000);
        config.put("fixtures", List.of(Map.of("name", "api-response.json", "bytes", 2444)));
        return new ResultsDocument(ResultsDocument.SCHEMA, env, config, List.of(results));
    }

    @Test
    void writesTheContractFieldsInOrderAndReadsThemBack() throws IOException {
        Path file = dir.resolve("results.json");
        ResultsDocument written = document(result("jackson", "ok"), result("gson", "failed"));
        ResultsWriter.writeJson(file, written);

        JsonNode json = ResultsWriter.JSON.readTree(file.toFile());
        assertThat(json.get("schema").asInt()).isEqualTo(1);
        assertThat(fieldNames(json)).containsExactly("schema", "environment", "config", "results");
        JsonNode first = json.get("results").get(0);
        assertThat(fieldNames(first)).startsWith("runner", "language", "library", "library_version").contains(
                "mode", "status", "reason", "iterations", "runs_ns", "total_ms", "ns_per_op", "mb_per_s",
                "alloc_bytes_per_op", "allocs_per_op", "allocs_verified", "peak_rss_bytes", "gc_count", "gc_pause_ms",
                "digest_ok", "jvm_flags");
        assertThat(fieldNames(first.get("total_ms"))).containsExactly("min", "median", "max");
        assertThat(json.get("results").get(1).get("reason").asText()).isEqualTo("because");
        assertThat(json.get("results").get(1).get("ns_per_op").isNull()).isTrue();

        assertThat(ResultsWriter.readJson(file)).isEqualTo(written);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path file = dir.resolve("results.md");
        ResultsWriter.writeText(file, "old");
        ResultsWriter.writeText(file, "new");
        assertThat(Files.readString(file)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailureHalfWayLeavesNoPartialFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("results.json");
        assertThatThrownBy(() -> ResultsWriter.write(file, out -> {
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
        ResultsWriter.writeText(file, "previous");
        assertThatThrownBy(() -> ResultsWriter.write(file, out -> {
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
