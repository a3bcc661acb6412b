package dev.jsonbench.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minimal heap by bisection, against a fake runner that completes from a known heap upwards. */
class HeapSearchTest {

    private static final long MIB = 1L << 20;

    @TempDir
    Path dir;

    private final List<Long> probedHeaps = new ArrayList<>();

    private HeapSearch.Outcome search(long forkHeap, Function<Long, Status> runnerAtHeap) {
        BenchFixture fixture = new BenchFixture("api-response.json", dir.resolve("f.json"), 2444, "0228fb587cc8b600",
                "test", null, false, null, Map.of());
        Contestant contestant = new DelegatingContestant(new ScriptContestant("fake", new ArrayList<>(), "")) {
            @Override
            public Long heapBytes() {
                return forkHeap;
            }
        };
        Plan plan = new Plan(List.of(contestant), List.of(Mode.tree), List.of(fixture), new Counts(100, 100, 1, 10, 10),
                Duration.ofSeconds(30), dir.resolve("logs"));
        return new HeapSearch(new Orchestrator.Unit(contestant, fixture, Mode.tree), plan, request -> {
            probedHeaps.add(request.heapBytes());
            Status status = runnerAtHeap.apply(request.heapBytes());
            return new RunOutcome(null, status, status == Status.ok ? null : "OutOfMemoryError", null, null,
                    Conditions.UNKNOWN);
        }).minimum();
    }

    @Test
    void findsTheSmallestHeapThatCompletesWithinTheStatedPrecision() {
        long needed = 37 * MIB;
        HeapSearch.Outcome outcome = search(1024 * MIB, heap -> heap >= needed ? Status.ok : Status.failed);

        assertThat(outcome.problem()).isNull();
        assertThat(outcome.bytes()).isBetween(needed, Math.round(needed * HeapSearch.PRECISION) + MIB);
        assertThat(probedHeaps).first().as("the fork's own heap first").isEqualTo(1024 * MIB);
        assertThat(probedHeaps).allSatisfy(heap -> assertThat(heap % MIB).as("whole mebibytes").isZero());
        assertThat(outcome.probes()).isEqualTo(probedHeaps.size()).isLessThanOrEqualTo(12);
    }

    @Test
    void aLoopThatFailsUnderTheForksOwnHeapHasNoMinimumAndSaysWhy() {
        HeapSearch.Outcome outcome = search(64 * MIB, heap -> Status.failed);

        assertThat(outcome.bytes()).isNull();
        assertThat(outcome.problem()).contains("does not complete even under the fork's own heap").contains("OutOfMemoryError");
        assertThat(probedHeaps).containsExactly(64 * MIB);
    }

    @Test
    void anInterruptedProbeEndsTheSearch() {
        HeapSearch.Outcome outcome = search(1024 * MIB, heap -> heap == 1024 * MIB ? Status.ok : Status.interrupted);

        assertThat(outcome.bytes()).isNull();
        assertThat(outcome.problem()).isEqualTo("interrupted");
        assertThat(probedHeaps).hasSize(2);
    }

    @Test
    void aLoopThatCompletesEvenInTheSmallestHeapStopsAtTheFloor() {
        HeapSearch.Outcome outcome = search(1024 * MIB, heap -> Status.ok);

        assertThat(outcome.bytes()).isBetween(HeapSearch.FLOOR, 2 * HeapSearch.FLOOR);
    }
}
