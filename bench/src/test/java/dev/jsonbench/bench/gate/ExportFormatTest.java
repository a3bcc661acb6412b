package dev.jsonbench.bench.gate;

import static dev.jsonbench.bench.gate.Samples.RUNS_NS;
import static dev.jsonbench.bench.gate.Samples.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.run.Analysis;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exporters' output has exactly the shapes their consumers document (bench/RESULTS.md shows them). */
class ExportFormatTest {

    static final ResultsDocument DOCUMENT = Samples.document(List.of(
            row("jackson", Mode.typed, RUNS_NS, 18_456, 513),
            row("serde-json-owned", Language.rust, Mode.tree, RUNS_NS,
                    new Result.Allocations(22_245.0, 270.0, true, "counting global allocator", null)),
            row("gson", Language.java, Mode.tree, RUNS_NS,
                    new Result.Allocations(30_744.5, null, false, "JFR", "not steady")),
            Samples.withStatus(row("dsljson", Mode.typed, RUNS_NS, 14_352, 393), Status.failed, "run 1 of 5: crashed")));

    @Test
    void githubBenchmarkIsAnArrayOfNameUnitValueWithOptionalRangeAndExtraStrings() throws IOException {
        JsonNode json = ResultsJson.MAPPER.readTree(ExportFormat.github_benchmark.render(DOCUMENT, Analysis.TimeBasis.wall));

        assertThat(json.isArray()).isTrue();
        for (JsonNode entry : json) {
            assertThat(fields(entry)).isSubsetOf("name", "unit", "value", "range", "extra")
                    .contains("name", "unit", "value");
            assertThat(entry.get("name").isTextual()).isTrue();
            assertThat(entry.get("unit").isTextual()).isTrue();
            assertThat(entry.get("value").isNumber()).isTrue();
            if (entry.has("range")) {
                assertThat(entry.get("range").isTextual()).isTrue();
            }
            assertThat(entry.get("extra").isTextual()).isTrue();
        }
        // ns/op, B/op and allocs/op per row; an unverified count and a failed row have no entry
        assertThat(json.findValuesAsText("name")).containsExactly(
                "jackson typed on api-response.json: time", "jackson typed on api-response.json: allocated bytes",
                "jackson typed on api-response.json: allocations",
                "serde-json-owned tree on api-response.json: time", "serde-json-owned tree on api-response.json: allocated bytes",
                "serde-json-owned tree on api-response.json: allocations",
                "gson tree on api-response.json: time", "gson tree on api-response.json: allocated bytes");
        assertThat(json.findValuesAsText("unit")).containsOnly("ns/op", "B/op", "allocs/op");
        assertThat(json.get(0).get("value").asDouble()).isEqualTo(20_000.0);
        assertThat(json.get(0).get("range").asText()).isEqualTo("19800..20400 (93.75% interval)");
        assertThat(json.get(1).get("value").asDouble()).isEqualTo(18_456.0);
        assertThat(json.get(1).has("range")).isFalse();
        assertThat(json.get(2).get("value").asDouble()).isEqualTo(513.0);
        assertThat(json.get(0).get("extra").asText()).contains("median of 5 runs x 1,000 decodes, wall time", "25.0.3");
    }

    @Test
    void bencherMetricFormatMapsBenchmarksToMeasuresWithValueAndBounds() throws IOException {
        JsonNode json = ResultsJson.MAPPER.readTree(ExportFormat.bmf.render(DOCUMENT, Analysis.TimeBasis.cpu));

        assertThat(json.isObject()).isTrue();
        assertThat(fields(json)).containsExactly("jackson typed on api-response.json", "serde-json-owned tree on api-response.json",
                "gson tree on api-response.json");
        for (JsonNode benchmark : json) {
            assertThat(benchmark.isObject()).isTrue();
            assertThat(fields(benchmark)).isSubsetOf("latency", "bytes-per-op", "allocs-per-op", "peak-rss");
            for (JsonNode metric : benchmark) {
                assertThat(fields(metric)).contains("value").isSubsetOf("value", "lower_value", "upper_value");
                metric.forEach(v -> assertThat(v.isNumber()).isTrue());
            }
        }
        JsonNode jackson = json.get("jackson typed on api-response.json");
        assertThat(fields(jackson)).containsExactly("latency", "bytes-per-op", "allocs-per-op", "peak-rss");
        assertThat(jackson.get("latency").get("value").asDouble()).isEqualTo(20_000.0);
        assertThat(jackson.get("latency").get("lower_value").asDouble()).isEqualTo(19_800.0);
        assertThat(jackson.get("latency").get("upper_value").asDouble()).isEqualTo(20_400.0);
        assertThat(fields(jackson.get("bytes-per-op"))).containsExactly("value");
        assertThat(jackson.get("peak-rss").get("value").asLong()).isEqualTo(200_000_000L);
        assertThat(fields(json.get("gson tree on api-response.json"))).doesNotContain("allocs-per-op");
    }

    @Test
    void csvIsTheRunsCsvAndFailedRowsAreNamed() {
        assertThat(ExportFormat.csv.render(DOCUMENT, Analysis.TimeBasis.wall).lines()).hasSize(5).first().asString()
                .startsWith("fixture,runner,language");
        assertThat(ExportFormat.skipped(DOCUMENT)).containsExactly("dsljson typed on api-response.json (failed: run 1 of 5: crashed)");
        assertThat(ExportFormat.named("github-benchmark")).isEqualTo(ExportFormat.github_benchmark);
    }

    @Test
    void anAllocationBaselineKeepsTheDeterministicFiguresAndJudgesAFullRunOnThem() throws IOException {
        ResultsDocument baseline = ResultsJson.parse(ExportFormat.allocations.render(DOCUMENT, Analysis.TimeBasis.wall));

        assertThat(baseline.schema()).isEqualTo(ResultsDocument.SCHEMA);
        assertThat(baseline.results()).extracting(Result::label).containsExactly("jackson typed", "serde-json-owned tree",
                "gson tree");
        assertThat(baseline.results()).allSatisfy(r -> {
            assertThat(r.timing()).isEqualTo(Result.Timing.NONE);
            assertThat(r.memory()).isEqualTo(Result.Memory.NONE);
            assertThat(r.notes()).isEmpty();
            assertThat(r.verification().digestOk()).isTrue();
        });
        assertThat(baseline.results().getFirst().allocations()).isEqualTo(DOCUMENT.results().getFirst().allocations());

        Criteria allocOnly = new Criteria(0.05, Criteria.AllocThreshold.EXACT, 0.95, Analysis.TimeBasis.wall, true);
        ResultsDiff diff = ResultsDiff.of(Samples.source("baseline", baseline), Samples.source("run", DOCUMENT), allocOnly);
        assertThat(diff.regressed()).isFalse();
        assertThat(diff.rows()).filteredOn(r -> r.verdict() == Verdict.unchanged).hasSize(3);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new java.util.LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
