package dev.jsonbench.bench.fork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.JsonLine;
import dev.jsonbench.bench.protocol.Mode;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.ThreadMXBean;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Fixtures;
import dev.jsonbench.fixtures.Item;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fork's main, called in-process (the forked runs are covered by the end-to-end tests). */
class JavaRunnerTest {

    @TempDir
    Path dir;

    record Answer(int code, String out, String err) {
        JsonNode json() throws Exception {
            return ResultsJson.MAPPER.readTree(out);
        }
    }

    static Answer runner(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JavaRunner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path fixture() throws Exception {
        Path file = dir.resolve("api-response.json");
        Files.write(file, Fixtures.apiResponse());
        return file;
    }

    private String[] args(String mode, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--runner", "testref", "--fixture", fixture().toString(),
                "--mode", mode, "--iterations", "50", "--warmup", "10", "--expect-digest", "0228fb587cc8b600"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void aBackendBehindTheStrictValidatorWarmsUpOnlyOnceTheValidatorHasChosenItsPass() throws Exception {
        Answer answer = runner("--runner", "dsljson", "--fixture", fixture().toString(), "--mode", "tree",
                "--iterations", "50", "--warmup", "10", "--expect-digest", "0228fb587cc8b600");
        assertThat(answer.code()).isZero();
        assertThat(answer.json().path("notes").toString())
                .as("the surefire JVM has the Vector API, so the validator chose between its passes")
                .containsPattern("strict validator: vector \\(jdk\\.incubator\\.vector.*: (in use|.*the scalar pass runs)");
    }

    @Test
    void listPrintsTheProtocolsRunnerArray() throws Exception {
        Answer answer = runner("--list");
        assertThat(answer.code()).isZero();
        JsonNode list = answer.json();
        assertThat(list.isArray()).isTrue();
        JsonNode testref = null;
        for (JsonNode runner : list) {
            if (runner.get("runner").asText().equals("testref")) {
                testref = runner;
            }
        }
        assertThat(testref).isNotNull();
        assertThat(testref.get("library_version").asText()).isEqualTo("test");
        assertThat(testref.get("modes").toString()).isEqualTo("[\"typed\",\"tree\"]");
    }

    @Test
    void aTimedRunPrintsOneObjectWithEveryProtocolField() throws Exception {
        for (Mode mode : Mode.values()) {
            Answer answer = runner(args(mode.name()));
            assertThat(answer.code()).isZero();
            JsonNode json = answer.json();
            assertThat(json.get("protocol").asInt()).isEqualTo(2);
            assertThat(json.get("cpu_ns").asLong()).isPositive();
            assertThat(json.get("runtime_rss_bytes").asLong()).isPositive();
            assertThat(json.get("status").asText()).as(json.toString()).isEqualTo("ok");
            assertThat(json.get("mode").asText()).isEqualTo(mode.name());
            assertThat(json.get("measure").asText()).isEqualTo("time");
            assertThat(json.get("elapsed_ns").asLong()).isPositive();
            assertThat(json.get("alloc_bytes_per_op").asDouble()).isPositive();
            assertThat(json.get("allocs_per_op").isNull()).isTrue();
            assertThat(json.get("peak_rss_bytes").asLong()).isPositive();
            assertThat(json.get("peak_rss_scope").asText()).isIn("loop", "process");
            assertThat(json.get("gc_count").isNumber()).isTrue();
            assertThat(json.get("digest").asText()).isEqualTo("0228fb587cc8b600");
            assertThat(json.get("digest_last").asText()).isEqualTo("0228fb587cc8b600");
            assertThat(json.get("digest_ok").asBoolean()).isTrue();
            assertThat(json.get("consumed").asLong()).isPositive();
            assertThat(json.get("iterations").asInt()).isEqualTo(50);
            assertThat(json.get("warmup").asInt()).isEqualTo(10);
        }
    }

    @Test
    void aWrongExpectedDigestMakesTheRunWrong() throws Exception {
        String[] args = args("tree");
        args[args.length - 1] = "0000000000000001";
        JsonNode json = runner(args).json();
        assertThat(json.get("status").asText()).isEqualTo("wrong");
        assertThat(json.get("digest_ok").asBoolean()).isFalse();
        assertThat(json.get("reason").asText()).isEqualTo("digest 0228fb587cc8b600 differs from the expected 0000000000000001");
    }

    @Test
    void countingInAJvmWithTlabsFailsWithTheReason() throws Exception {
        JsonNode json = runner(args("tree", "--measure", "count")).json();
        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.get("reason").asText()).contains("-XX:-UseTLAB");
    }

    @Test
    void badArgumentsExitTwoWithAMessage() throws Exception {
        assertThat(runner("--runner").code()).isEqualTo(2);
        Answer missing = runner("--runner", "testref");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("missing --fixture");
        assertThat(missing.out()).isEmpty();
        String[] badMode = args("fast");
        assertThat(runner(badMode).err()).contains("--mode must be one of [typed, tree], was 'fast'");
        String[] unknown = args("tree");
        unknown[1] = "nosuch";
        assertThat(runner(unknown).err()).contains("no JSON backend named 'nosuch'");
        assertThat(runner("--runner", "testref", "--fixture", dir.resolve("none.json").toString(), "--mode", "tree",
                "--iterations", "1", "--warmup", "0", "--expect-digest", "0228fb587cc8b600").err()).contains("no such fixture file");
    }

    @Test
    void consumingAResultAllocatesNothing() {
        ApiResponse typed = new ApiResponse("ok", 1, List.of(new Item(1, "widget", List.of(), Map.of())));
        Map<String, Object> tree = new LinkedHashMap<>(Map.of("a", 1L, "b", 2L));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (int i = 0; i < 10_000; i++) { // let the JIT settle
            sum += Workload.Typed.consume(typed) + Workload.Tree.consume(tree);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            sum += Workload.Typed.consume(typed) + Workload.Tree.consume(tree);
        }
        long after = threads.getCurrentThreadAllocatedBytes();
        assertThat(after - before).isZero();
        assertThat(sum).isEqualTo(20_000L * (1 + 6 + 2));
        assertThat(Workload.Tree.consume(List.of(1, 2, 3))).isEqualTo(3);
        assertThat(Workload.Tree.consume("abcd")).isEqualTo(4);
        assertThat(Workload.Tree.consume(null)).isZero();
        assertThat(Workload.Typed.consume(new ApiResponse("ok", 7, null))).isZero();
        assertThat(Workload.Tree.consume(Map.of("items", List.of(Map.of("name", "abc")), "total", 1L))).isEqualTo(2 + 1 + 3);
    }

    @Test
    void theRunnersJsonWriterEscapes() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("s", "quote \" backslash \\ newline \n tab \t control \u0001 é 𝄞");
        value.put("n", null);
        value.put("list", List.of(1, 2.5, true));
        value.put("nan", Double.NaN);
        JsonNode json = ResultsJson.MAPPER.readTree(JsonLine.write(value));
        assertThat(json.get("s").asText()).isEqualTo(value.get("s"));
        assertThat(json.get("n").isNull()).isTrue();
        assertThat(json.get("list").toString()).isEqualTo("[1,2.5,true]");
        assertThat(json.get("nan").isNull()).isTrue();
    }
}
