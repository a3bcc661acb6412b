package dev.jsonbench.bench.gate;

import static dev.jsonbench.bench.gate.Samples.RUNS_NS;
import static dev.jsonbench.bench.gate.Samples.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.run.Analysis;
import dev.jsonbench.bench.run.BenchException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts of new results against base results: time by significance and threshold, bytes exactly, rows paired. */
class ResultsDiffTest {

    static final List<Result> BASE = List.of(
            row("jackson", Mode.typed, RUNS_NS, 18_456, 513),
            row("gson", Mode.typed, RUNS_NS, 28_384, 863),
            row("jackson", Mode.tree, RUNS_NS, 20_072, 540));

    static ResultsDiff diff(List<Result> base, List<Result> head) {
        return diff(base, head, Samples.criteria());
    }

    static ResultsDiff diff(List<Result> base, List<Result> head, Criteria criteria) {
        return ResultsDiff.of(Samples.source("base.json", Samples.document(base)),
                Samples.source("new.json", Samples.document(head)), criteria);
    }

    static List<Result> replaced(int index, Result row) {
        List<Result> rows = new ArrayList<>(BASE);
        rows.set(index, row);
        return rows;
    }

    @Test
    void aRunAgainstItselfIsUnchangedEverywhere() {
        ResultsDiff diff = diff(BASE, BASE);

        assertThat(diff.rows()).extracting(RowDiff::verdict).containsOnly(Verdict.unchanged).hasSize(3);
        assertThat(diff.regressed()).isFalse();
        assertThat(diff.warnings()).isEmpty();
        assertThat(diff.timeGeomean()).isEqualTo(1.0);
        assertThat(diff.rows()).allSatisfy(r -> {
            assertThat(r.time().ratio()).isEqualTo(1.0);
            assertThat(r.time().significant()).isFalse();
            assertThat(r.allocations().bytesChange()).isZero();
            assertThat(r.allocations().exact()).isTrue();
        });
    }

    @Test
    void oneMoreBytePerDecodeRegressesThatRowAndNoOther() {
        ResultsDiff diff = diff(BASE, replaced(1, row("gson", Mode.typed, RUNS_NS, 28_392, 864)));

        assertThat(diff.regressions()).containsExactly("gson typed on api-response.json");
        RowDiff gson = diff.rows().get(1);
        assertThat(gson.verdict()).isEqualTo(Verdict.regressed);
        assertThat(gson.allocations().bytesChange()).isEqualTo(8);
        assertThat(gson.allocations().baseAllocsPerOp()).isEqualTo(863);
        assertThat(gson.allocations().newAllocsPerOp()).isEqualTo(864);
        assertThat(gson.time().verdict()).isEqualTo(Verdict.unchanged);
        assertThat(diff.rows().get(0).verdict()).isEqualTo(Verdict.unchanged);
    }

    @Test
    void fewerBytesIsAnImprovementAndAnAllocationThresholdAllowsGrowth() {
        assertThat(diff(BASE, replaced(0, row("jackson", Mode.typed, RUNS_NS, 18_400, 510))).rows().getFirst().verdict())
                .isEqualTo(Verdict.improved);

        List<Result> grown = replaced(0, row("jackson", Mode.typed, RUNS_NS, 18_456 + 64, 514));
        Criteria bytes64 = new Criteria(0.05, Criteria.AllocThreshold.parse("64"), 0.95, Analysis.TimeBasis.wall, false);
        Criteria onePercent = new Criteria(0.05, Criteria.AllocThreshold.parse("1%"), 0.95, Analysis.TimeBasis.wall, false);
        assertThat(diff(BASE, grown, bytes64).regressed()).isFalse();
        assertThat(diff(BASE, grown, onePercent).regressed()).isFalse();
        assertThat(diff(BASE, replaced(0, row("jackson", Mode.typed, RUNS_NS, 18_456 + 65, 514)), bytes64).regressed()).isTrue();
    }

    @Test
    void runsThirtyPercentSlowerRegressThatRow() {
        ResultsDiff diff = diff(BASE, replaced(2, row("jackson", Mode.tree, Samples.times(RUNS_NS, 1.3), 20_072, 540)));

        assertThat(diff.regressions()).containsExactly("jackson tree on api-response.json");
        TimeChange time = diff.rows().get(2).time();
        assertThat(time.ratio()).isCloseTo(1.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(time.significant()).isTrue();
        assertThat(time.pValue()).isLessThan(0.05);
        assertThat(time.ratioInterval().low()).isGreaterThan(1.05);
        assertThat(diff.timeGeomean()).isCloseTo(Math.cbrt(1.3), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSignificantChangeWithinTheThresholdIsNoRegression() {
        ResultsDiff diff = diff(BASE, replaced(2, row("jackson", Mode.tree, Samples.times(RUNS_NS, 1.04), 20_072, 540)));

        TimeChange time = diff.rows().get(2).time();
        assertThat(time.significant()).isTrue();
        assertThat(time.verdict()).isEqualTo(Verdict.unchanged);
        assertThat(diff.regressed()).isFalse();
        Criteria strict = new Criteria(0.02, Criteria.AllocThreshold.EXACT, 0.95, Analysis.TimeBasis.wall, false);
        assertThat(diff(BASE, replaced(2, row("jackson", Mode.tree, Samples.times(RUNS_NS, 1.04), 20_072, 540)), strict)
                .regressed()).isTrue();
    }

    @Test
    void aSlowerRowThatIsNotSignificantIsNoRegressionAndTooFewRunsAreNamed() {
        long[] three = {20_000_000, 20_400_000, 19_800_000};
        List<Result> base = List.of(row("jackson", Mode.typed, three, 18_456, 513));
        ResultsDiff diff = diff(base, List.of(row("jackson", Mode.typed, Samples.times(three, 1.5), 18_456, 513)));

        RowDiff r = diff.rows().getFirst();
        assertThat(r.time().ratio()).isGreaterThan(1.4);
        assertThat(r.verdict()).isEqualTo(Verdict.unchanged);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("3 and 3 runs cannot show a significant time change"));
        assertThat(TimeChange.smallestPValue(3, 3)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(TimeChange.smallestPValue(5, 5)).isCloseTo(2.0 / 252, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void allocationsOnlyIgnoresTimes() {
        Criteria allocOnly = new Criteria(0.05, Criteria.AllocThreshold.EXACT, 0.95, Analysis.TimeBasis.wall, true);
        ResultsDiff slower = diff(BASE, replaced(2, row("jackson", Mode.tree, Samples.times(RUNS_NS, 2), 20_072, 540)), allocOnly);

        assertThat(slower.regressed()).isFalse();
        assertThat(slower.rows()).allSatisfy(r -> assertThat(r.time()).isNull());
        assertThat(slower.timeGeomean()).isNull();
        assertThat(diff(BASE, replaced(2, row("jackson", Mode.tree, RUNS_NS, 20_080, 540)), allocOnly).regressed()).isTrue();
    }

    @Test
    void figuresThatAreNotExactGetOnePercentSlack() {
        Result goBase = row("sonic-default", Language.go, Mode.typed, RUNS_NS,
                new Result.Allocations(23_330.2, 219.0209, true, "runtime.ReadMemStats", null));
        Result goNew = row("sonic-default", Language.go, Mode.typed, RUNS_NS,
                new Result.Allocations(23_335.9, 219.0311, true, "runtime.ReadMemStats", null));
        RowDiff noise = diff(List.of(goBase), List.of(goNew)).rows().getFirst();
        assertThat(noise.allocations().exact()).isFalse();
        assertThat(noise.verdict()).isEqualTo(Verdict.unchanged);
        assertThat(noise.notes()).anySatisfy(n -> assertThat(n).contains("not exact on both sides").contains("1% slack"));

        Result goWorse = row("sonic-default", Language.go, Mode.typed, RUNS_NS,
                new Result.Allocations(23_800.0, 225.0, true, "runtime.ReadMemStats", null));
        assertThat(diff(List.of(goBase), List.of(goWorse)).rows().getFirst().verdict()).isEqualTo(Verdict.regressed);

        Result unverified = row("jackson", Language.java, Mode.typed, RUNS_NS,
                new Result.Allocations(18_457.39, null, false, "JFR", "the counting window was not in a steady state"));
        RowDiff r = diff(List.of(BASE.getFirst()), List.of(unverified)).rows().getFirst();
        assertThat(r.verdict()).isEqualTo(Verdict.unchanged);
        assertThat(r.allocations().newAllocsPerOp()).isNull();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("new: count unverified"));
    }

    @Test
    void aChangeOfAllocationsWithTheSameBytesIsReported() {
        RowDiff r = diff(BASE, replaced(0, row("jackson", Mode.typed, RUNS_NS, 18_456, 514))).rows().getFirst();
        assertThat(r.verdict()).isEqualTo(Verdict.unchanged);
        assertThat(r.notes()).contains("allocations/op changed with the same bytes/op: 513 -> 514");
    }

    @Test
    void rowsOnOneSideAreNewOrGoneAndARowThatFailsNowRegressed() {
        List<Result> head = new ArrayList<>(BASE.subList(0, 2));
        head.add(row("dsljson", Mode.typed, RUNS_NS, 14_352, 393));
        head.set(1, Samples.withStatus(BASE.get(1), Status.failed, "run 1 of 5: exited with code 134"));
        ResultsDiff diff = diff(BASE, head);

        assertThat(diff.rows()).extracting(RowDiff::label, RowDiff::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jackson typed", Verdict.unchanged),
                org.assertj.core.groups.Tuple.tuple("gson typed", Verdict.regressed),
                org.assertj.core.groups.Tuple.tuple("jackson tree", Verdict.gone),
                org.assertj.core.groups.Tuple.tuple("dsljson typed", Verdict.added));
        assertThat(diff.rows().get(1).notes()).containsExactly("new: failed: run 1 of 5: exited with code 134");
        assertThat(diff.regressions()).containsExactly("gson typed on api-response.json");

        List<Result> skipped = replaced(2, Samples.withStatus(BASE.get(2), Status.skipped, "toolchain missing"));
        assertThat(diff(BASE, skipped).rows().get(2).verdict()).isEqualTo(Verdict.gone);
    }

    @Test
    void differentMachinesJdksAndDocumentsAreComparedWithWarnings() {
        ResultsDocument other = Samples.document("other cpu", "25.0.4", "ffffffffffffffff", BASE);
        ResultsDiff diff = ResultsDiff.of(Samples.source("base.json", Samples.document(BASE)),
                Samples.source("new.json", other), Samples.criteria());

        assertThat(diff.rows()).hasSize(3).extracting(RowDiff::verdict).containsOnly(Verdict.unchanged);
        assertThat(diff.warnings()).anySatisfy(w -> assertThat(w).startsWith("machine differs: base test cpu x2")
                .contains("new other cpu x2").contains("times of different machines do not compare"));
        assertThat(diff.warnings()).anySatisfy(w -> assertThat(w).startsWith("JDK differs").contains("25.0.3", "25.0.4"));
        assertThat(diff.warnings()).anySatisfy(w -> assertThat(w)
                .contains("api-response.json changed (digest 0228fb587cc8b600, now ffffffffffffffff)"));
        assertThat(diff.rows().getFirst().notes()).anySatisfy(n -> assertThat(n).contains("decode a different document"));
    }

    @Test
    void aRenamedDocumentPairsByDigest() {
        List<Result> renamed = BASE.stream().map(r -> new Result(r.runner(), r.language(), r.library(), r.libraryVersion(),
                r.configuration(), r.work(), "renamed.json", r.mode(), r.status(), r.reason(), r.iterations(), r.warmup(),
                r.timing(), r.allocations(), r.memory(), r.verification(), r.jvmFlags(), r.countJvmFlags(), r.notes(),
                r.failures())).toList();
        ResultsDocument head = Samples.document(renamed);
        ResultsDocument withName = new ResultsDocument(head.environment(), new dev.jsonbench.bench.report.Config(
                "run", head.config().backends(), head.config().languages(), head.config().modes(),
                List.of(new dev.jsonbench.bench.report.Config.Fixture("renamed.json", "renamed.json", 2444, Samples.DIGEST,
                        "computed", true, null, "dev.jsonbench.fixtures.ApiResponse", null)),
                1000, 1000, 5, 1000, 1000, "as given", false, null, "interleaved", "java", "1g", List.of(), List.of(), 0.95, "wall", null,
                "none", null), renamed);

        ResultsDiff diff = ResultsDiff.of(Samples.source("base.json", Samples.document(BASE)), Samples.source("new.json", withName),
                Samples.criteria());
        assertThat(diff.rows()).hasSize(3).extracting(RowDiff::verdict).containsOnly(Verdict.unchanged);
        assertThat(diff.rows()).extracting(RowDiff::fixture).containsOnly("renamed.json");
    }

    @Test
    void nothingInCommonCannotBeCompared() {
        assertThatThrownBy(() -> diff(BASE, List.of(row("dsljson", Mode.typed, RUNS_NS, 14_352, 393))))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("nothing to compare: base.json and new.json have no row (backend, mode and document) in common")
                .satisfies(e -> assertThat(((BenchException) e).kind()).isEqualTo(BenchException.Kind.FAILURE));
    }

    @Test
    void theOnlyRowFailingNowIsARegressionNotANothingToCompare() {
        List<Result> failed = List.of(Samples.withStatus(BASE.getFirst(), Status.wrong, "digest differs"));
        ResultsDiff diff = diff(List.of(BASE.getFirst()), failed);
        assertThat(diff.regressions()).containsExactly("jackson typed on api-response.json");
        assertThat(diff.timeGeomean()).isNull();
    }

    @Test
    void cpuTimeIsComparedWhenAsked() {
        Criteria cpu = new Criteria(0.05, Criteria.AllocThreshold.EXACT, 0.95, Analysis.TimeBasis.cpu, false);
        ResultsDiff diff = diff(BASE, BASE, cpu);
        assertThat(diff.rows()).allSatisfy(r -> assertThat(r.time().basis()).isEqualTo(Analysis.TimeBasis.cpu));
    }

    @Test
    void thresholdsAreWrittenWithTheirUnit() {
        assertThat(Criteria.parseThreshold("5%")).isEqualTo(0.05);
        assertThat(Criteria.parseThreshold("0.5 %")).isEqualTo(0.005);
        assertThatThrownBy(() -> Criteria.parseThreshold("5")).hasMessageContaining("a percentage such as 5%");
        assertThatThrownBy(() -> Criteria.parseThreshold("-1%")).hasMessageContaining("at least 0%");
        assertThat(Criteria.AllocThreshold.parse("0")).isEqualTo(Criteria.AllocThreshold.EXACT);
        assertThat(Criteria.AllocThreshold.parse("2%").allowance(1000)).isEqualTo(20);
        assertThat(Criteria.AllocThreshold.parse("64").allowance(1000)).isEqualTo(64);
        assertThatThrownBy(() -> Criteria.AllocThreshold.parse("lots")).hasMessageContaining("--alloc-threshold");
    }
}
