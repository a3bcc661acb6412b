package dev.jsonbench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsonbench.jmh.AdapterOverhead.ForkRunner;
import dev.jsonbench.jmh.AdapterOverhead.Measurement;
import dev.jsonbench.jmh.OverheadPlan.PlannedFork;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.RunnerException;

/** The whole run with canned scores in place of JMH forks. */
class AdapterOverheadTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<PlannedFork> ran = new ArrayList<>();

    /**
     * The adapter costs 1100 units, direct 1000, direct + validator 1050; the machine gets slower every round,
     * as a shared machine drifts. B/op: adapter 2000, the others 3000.
     */
    private final ForkRunner driftingMachine = (fork, options) -> {
        ran.add(fork);
        double machine = 1 + fork.round() * 0.5;
        double units = switch (fork.kind()) {
            case ADAPTER -> 1100;
            case DIRECT -> 1000;
            case VALIDATED -> 1050;
        };
        // The thread ran 80% of the wall time in every fork: CPU overhead = time overhead.
        return new Measurement(units * machine, 0.8 * units * machine, fork.kind() == OverheadPlan.Kind.ADAPTER ? 2000 : 3000);
    };

    @Test
    void runsThePlanInOrderAndPrintsTheTable() {
        int status = run(driftingMachine, "--backends", "jackson,gson", "--modes", "typed", "--rounds", "3");

        assertThat(status).isZero();
        assertThat(ran).isEqualTo(OverheadPlan.plan(3, OverheadPlan.pairs(List.of("jackson", "gson"), List.of("typed"))));
        List<String> table = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(table.getLast()).startsWith("Measured on ")
                .contains(Runtime.getRuntime().availableProcessors() + " cores", "JDK " + System.getProperty("java.runtime.version"));
        assertThat(table.get(0)).startsWith("| backend | mode ").contains("overhead [95% CI] |", "CPU overhead [95% CI] |")
                .contains("| adapter B/op | direct B/op |");
        // medians: round 2, machine factor 2; three rounds give min..max at 75%
        assertThat(row(table, "jackson")).containsExactly("jackson", "typed", "2200", "2000",
                "+10.0% [+10.0%, +10.0% at 75.0%]", "+10.0% [+10.0%, +10.0% at 75.0%]", "-", "-", "2000", "3000");
        assertThat(row(table, "gson")).containsExactly("gson", "typed", "2200", "2000",
                "+10.0% [+10.0%, +10.0% at 75.0%]", "+10.0% [+10.0%, +10.0% at 75.0%]", "2100",
                "+4.8% [+4.8%, +4.8% at 75.0%]", "2000", "3000");
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .hasSize(15)
                .first().asString().startsWith("round 1/3 jackson typed adapter  (fork 1/15, ");
    }

    @Test
    void writesTheJsonFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("overhead.json");
        int status = run(driftingMachine, "--backends", "jackson,gson", "--modes", "tree", "--rounds", "2",
                "--warmup-iterations", "2", "--iterations", "4", "--time", "0.5", "--out", file.toString());

        assertThat(status).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("schema").asInt()).isEqualTo(4);
        assertThat(json.get("method").asText()).contains("median");
        assertThat(json.get("rounds").asInt()).isEqualTo(2);
        assertThat(json.get("jmh").get("warmup_iterations").asInt()).isEqualTo(2);
        assertThat(json.get("jmh").get("iterations").asInt()).isEqualTo(4);
        assertThat(json.get("jmh").get("time_s").asDouble()).isEqualTo(0.5);
        assertThat(json.get("jvm_args")).extracting(JsonNode::asText).contains("-Xmx1g", "--add-modules=jdk.incubator.vector");
        JsonNode environment = json.get("environment");
        assertThat(environment.get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(environment.get("jdk_version").asText()).isEqualTo(System.getProperty("java.runtime.version"));
        assertThat(environment.get("jvm_flags")).isEqualTo(json.get("jvm_args"));
        assertThat(environment.has("cpu_model")).as("the CPU is recorded, null where the machine does not say").isTrue();
        assertThat(environment.has("git_commit")).isTrue();

        JsonNode jackson = json.get("pairs").get(0);
        assertThat(jackson.get("backend").asText()).isEqualTo("jackson");
        assertThat(jackson.get("mode").asText()).isEqualTo("tree");
        assertThat(jackson.get("adapter_ns")).extracting(JsonNode::asDouble).containsExactly(1650.0, 2200.0);
        assertThat(jackson.get("direct_ns")).extracting(JsonNode::asDouble).containsExactly(1500.0, 2000.0);
        assertThat(jackson.get("validated_ns").isNull()).isTrue();
        assertThat(jackson.get("adapter_median_ns").asDouble()).isEqualTo(1925.0);
        assertThat(jackson.get("direct_median_ns").asDouble()).isEqualTo(1750.0);
        assertThat(jackson.get("adapter_cpu_ns")).extracting(JsonNode::asDouble).containsExactly(1320.0, 1760.0);
        assertThat(jackson.get("overhead").get("median").asDouble()).isCloseTo(0.1, within(1e-9));
        assertThat(jackson.get("overhead").get("low").asDouble()).isCloseTo(0.1, within(1e-9));
        assertThat(jackson.get("overhead").get("high").asDouble()).isCloseTo(0.1, within(1e-9));
        assertThat(jackson.get("overhead").get("level").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(jackson.get("cpu_overhead").get("median").asDouble()).isCloseTo(0.1, within(1e-9));
        assertThat(jackson.get("wrapper_overhead").isNull()).isTrue();
        assertThat(jackson.get("adapter_b_per_op_rounds")).extracting(JsonNode::asDouble).containsExactly(2000.0, 2000.0);
        assertThat(jackson.get("adapter_b_per_op").asDouble()).isEqualTo(2000.0);
        assertThat(jackson.get("direct_b_per_op").asDouble()).isEqualTo(3000.0);

        JsonNode gson = json.get("pairs").get(1);
        assertThat(gson.get("backend").asText()).isEqualTo("gson");
        assertThat(gson.get("validated_ns")).extracting(JsonNode::asDouble).containsExactly(1575.0, 2100.0);
        assertThat(gson.get("wrapper_overhead").get("median").asDouble()).isCloseTo(1100.0 / 1050 - 1, within(1e-9));
    }

    @Test
    void aFailedForkStopsTheRunWithStatusOneAndWritesNoFile(@TempDir Path dir) {
        Path file = dir.resolve("overhead.json");
        ForkRunner failsOnDirect = (fork, options) -> {
            if (fork.kind() == OverheadPlan.Kind.DIRECT) {
                throw new RunnerException("Benchmark caught the exception");
            }
            return new Measurement(1, 1, 1);
        };

        int status = run(failsOnDirect, "--backends", "simdjson", "--modes", "typed", "--out", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "AdapterOverhead: dev.jsonbench.jmh.DirectBenchmark.simdjson_typed {} failed: Benchmark caught the exception");
        assertThat(file).doesNotExist();
    }

    @Test
    void defaultsComeFromTheOptionsOfJsonbenchJmhOverhead() {
        int status = run(driftingMachine, "--modes", "typed");

        assertThat(status).isZero();
        // ten rounds of the five backends: 2 + 3 + 3 + 3 + 2 forks each
        assertThat(ran).hasSize(10 * 13);
    }

    @Test
    void aBadOptionIsOneLineOnStderrAndStatusTwo() {
        int status = run(driftingMachine, "--backends", "fastjson");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .contains("AdapterOverhead: --backends: unknown backend 'fastjson'", "--help for usage");
        assertThat(ran).isEmpty();
    }

    @Test
    void helpListsTheOptionsWithTheirDefaults() {
        int status = run(driftingMachine, "--help");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--rounds=N", "default: 10", "--backends", "--out");
        assertThat(ran).isEmpty();
    }

    private int run(ForkRunner runner, String... args) {
        return AdapterOverhead.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, runner);
    }

    /** The cells of the table row starting with {@code backend}. */
    static List<String> row(List<String> table, String backend) {
        String line = table.stream().filter(l -> l.startsWith("| " + backend + " ")).findFirst().orElseThrow();
        return Stream.of(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
    }
}
