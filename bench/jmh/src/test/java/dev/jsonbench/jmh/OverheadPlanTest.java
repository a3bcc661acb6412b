package dev.jsonbench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.jmh.OverheadPlan.Kind;
import dev.jsonbench.jmh.OverheadPlan.Pair;
import dev.jsonbench.jmh.OverheadPlan.PlannedFork;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

class OverheadPlanTest {

    private static final List<Pair> ALL_PAIRS = OverheadPlan.pairs(OverheadPlan.BACKENDS, OverheadPlan.MODES);

    @Test
    void theDefaultsAreTenPairsOfTwentySixForksPerRound() {
        assertThat(ALL_PAIRS).hasSize(10);
        assertThat(OverheadPlan.round(1, ALL_PAIRS)).hasSize(26);
        assertThat(OverheadPlan.plan(5, ALL_PAIRS)).hasSize(130);
    }

    @Test
    void everyPairRunsAdapterAndDirectAndTheValidatedVariantOnlyForTheValidatingBackends() {
        for (int round = 1; round <= 2; round++) {
            Map<Pair, List<Kind>> kinds = OverheadPlan.round(round, ALL_PAIRS).stream().collect(
                    Collectors.groupingBy(PlannedFork::pair, Collectors.mapping(PlannedFork::kind, Collectors.toList())));
            assertThat(kinds).containsOnlyKeys(ALL_PAIRS);
            kinds.forEach((pair, pairKinds) -> {
                if (Set.of("dsljson", "jsoniter", "gson").contains(pair.backend())) {
                    assertThat(pairKinds).as(pair.toString()).containsExactlyInAnyOrder(Kind.ADAPTER, Kind.DIRECT, Kind.VALIDATED);
                } else {
                    assertThat(pairKinds).as(pair.toString()).containsExactlyInAnyOrder(Kind.ADAPTER, Kind.DIRECT);
                }
            });
        }
    }

    @Test
    void theAdapterGoesFirstInOddRoundsAndTheOrderIsReversedInEvenRounds() {
        Pair jackson = new Pair("jackson", "typed");
        Pair gson = new Pair("gson", "tree");
        List<Pair> pairs = List.of(jackson, gson);
        for (int round = 1; round <= 4; round++) {
            boolean odd = round % 2 == 1;
            assertThat(kindsOf(jackson, round, pairs)).as("round %d", round)
                    .containsExactly(odd ? new Kind[] {Kind.ADAPTER, Kind.DIRECT} : new Kind[] {Kind.DIRECT, Kind.ADAPTER});
            assertThat(kindsOf(gson, round, pairs)).as("round %d", round).containsExactly(odd
                    ? new Kind[] {Kind.ADAPTER, Kind.DIRECT, Kind.VALIDATED}
                    : new Kind[] {Kind.VALIDATED, Kind.DIRECT, Kind.ADAPTER});
        }
    }

    @Test
    void aPairsForksRunNextToEachOtherWithAdapterAndDirectAdjacent() {
        for (int round = 1; round <= 3; round++) {
            List<PlannedFork> forks = OverheadPlan.round(round, ALL_PAIRS);
            for (Pair pair : ALL_PAIRS) {
                int first = IntStream.range(0, forks.size()).filter(i -> forks.get(i).pair().equals(pair)).findFirst().orElseThrow();
                assertThat(forks.subList(first, first + pair.kinds().size())).allMatch(f -> f.pair().equals(pair));
                assertThat(Math.abs(indexOf(forks, pair, Kind.ADAPTER) - indexOf(forks, pair, Kind.DIRECT))).isEqualTo(1);
            }
        }
    }

    @Test
    void thePairOrderRotatesByOneEachRound() {
        for (int round = 1; round <= 12; round++) {
            List<Pair> order = OverheadPlan.round(round, ALL_PAIRS).stream().map(PlannedFork::pair).distinct().toList();
            assertThat(order).hasSize(ALL_PAIRS.size());
            for (int i = 0; i < order.size(); i++) {
                assertThat(order.get(i)).isEqualTo(ALL_PAIRS.get((i + round - 1) % ALL_PAIRS.size()));
            }
        }
    }

    @Test
    void thePlanNumbersItsRounds() {
        List<PlannedFork> plan = OverheadPlan.plan(3, List.of(new Pair("simdjson", "tree")));
        assertThat(plan).extracting(PlannedFork::round).containsExactly(1, 1, 2, 2, 3, 3);
    }

    @Test
    void onlyTheAdapterBenchmarkTakesTheParameters() {
        Pair pair = new Pair("dsljson", "tree");
        assertThat(new PlannedFork(1, pair, Kind.ADAPTER).params()).containsExactlyInAnyOrderEntriesOf(
                Map.of("backend", "dsljson", "mode", "tree"));
        assertThat(new PlannedFork(1, pair, Kind.DIRECT).params()).isEmpty();
        assertThat(new PlannedFork(1, pair, Kind.VALIDATED).params()).isEmpty();
        assertThat(new PlannedFork(1, pair, Kind.VALIDATED).benchmark())
                .isEqualTo("dev.jsonbench.jmh.DirectBenchmark.dsljson_tree_validated");
    }

    /**
     * Every benchmark the plan names exists, and the plan covers every decoding benchmark: no _validated variant is
     * missed (ValidatorBenchmark is no part of the overhead).
     */
    @Test
    void thePlanUsesExactlyTheBenchmarksInTheBenchmarkList() throws IOException {
        Set<String> listed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
            assertThat(in).isNotNull();
            listed = BenchmarkList.readBenchmarkList(in).stream().map(BenchmarkListEntry::getUsername)
                    .filter(name -> !name.startsWith(ValidatorBenchmark.class.getName()))
                    .collect(Collectors.toSet());
        }
        Set<String> planned = OverheadPlan.plan(2, ALL_PAIRS).stream().map(PlannedFork::benchmark)
                .collect(Collectors.toSet());
        assertThat(planned).isEqualTo(listed);
    }

    /** The comparison is only fair if adapter and direct forks get the same JVM flags. */
    @Test
    void bothBenchmarkClassesForkWithTheSameJvmArgs() {
        assertThat(DirectBenchmark.class.getAnnotation(Fork.class).jvmArgs())
                .containsExactly(DecoderBenchmark.class.getAnnotation(Fork.class).jvmArgs());
    }

    private static List<Kind> kindsOf(Pair pair, int round, List<Pair> pairs) {
        return OverheadPlan.round(round, pairs).stream().filter(f -> f.pair().equals(pair)).map(PlannedFork::kind).toList();
    }

    private static int indexOf(List<PlannedFork> forks, Pair pair, Kind kind) {
        for (int i = 0; i < forks.size(); i++) {
            if (forks.get(i).pair().equals(pair) && forks.get(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError(pair + " " + kind + " not in the round");
    }
}
