package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Status;
import java.util.function.Function;

/**
 * The smallest fixed heap under which a Java unit's loop completes, by bisection on a log scale between 1 MiB and the
 * fork's own heap, to within {@value #PRECISION} (or 1 MiB). Each step is a heap probe: a fork with {@code -Xms} =
 * {@code -Xmx} = the heap tried, decoding {@link Plan#probeIterations} times without warm-up (the live data of a
 * decode does not depend on the JIT). A probe that fails for any reason (an OutOfMemoryError, a time limit) counts as
 * "does not complete".
 */
final class HeapSearch {

    /** Bisection stops when the heap that completes is within this factor of the largest that does not. */
    static final double PRECISION = 1.10;
    /** Below this no JVM runs a JSON library. */
    static final long FLOOR = 1L << 20;
    /** What the progress line expects before the bisection has run: log2(log(1024) / log(1.1)) is about 7. */
    static final int TYPICAL_PROBES = 7;

    /**
     * What the search found.
     *
     * @param bytes   the smallest heap that completed; null when even the fork's own heap did not
     * @param probes  how many probes it took
     * @param problem why there is no answer; null when there is
     */
    record Outcome(Long bytes, int probes, String problem) {
    }

    private final Orchestrator.Unit unit;
    private final Plan plan;
    private final Function<RunRequest, RunOutcome> probe;

    /** @param probe starts one probe and returns how it ended */
    HeapSearch(Orchestrator.Unit unit, Plan plan, Function<RunRequest, RunOutcome> probe) {
        this.unit = unit;
        this.plan = plan;
        this.probe = probe;
    }

    Outcome minimum() {
        long high = unit.contestant().heapBytes();
        int probes = 1;
        RunOutcome atHigh = completes(high);
        if (!atHigh.ok()) {
            return new Outcome(null, probes, "the loop does not complete even under the fork's own heap: " + atHigh.reason());
        }
        long low = FLOOR;
        while (high > low * PRECISION && high - low > FLOOR) {
            long mid = roundToMebibytes(Math.sqrt((double) low * high));
            if (mid <= low || mid >= high) {
                break;
            }
            probes++;
            RunOutcome atMid = completes(mid);
            if (atMid.status() == Status.interrupted) {
                return new Outcome(null, probes, "interrupted");
            }
            if (atMid.ok()) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return new Outcome(high, probes, null);
    }

    private RunOutcome completes(long heap) {
        BenchFixture fixture = unit.fixture();
        return probe.apply(RunRequest.timed(unit.mode(), fixture.path(), Plan.probeIterations(fixture.bytes()), 0,
                fixture.digest()).withUserType(fixture.userType()).withHeap(heap));
    }

    private static long roundToMebibytes(double bytes) {
        return Math.round(bytes / FLOOR) * FLOOR;
    }
}
