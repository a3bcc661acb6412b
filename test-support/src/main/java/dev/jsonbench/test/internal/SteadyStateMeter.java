package dev.jsonbench.test.internal;

import dev.jsonbench.test.MeasuredAllocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes per operation in steady state: warm-up, then windows of operations counted by {@link ThreadAllocation} until two
 * windows in a row allocate the same bytes exactly (after warm-up a JIT-compiled decode allocates the same on every
 * call; a first window may still see a late compilation or a cache filling up).
 */
public final class SteadyStateMeter {

    /** Published on every operation: a result that escapes cannot be optimised away, nor its allocations. */
    private static volatile Object sink;

    private SteadyStateMeter() {
    }

    /**
     * @param maxWindows windows tried before giving up on a steady state (then the last one's figure is given, not steady)
     */
    public static MeasuredAllocation measure(Operation operation, int warmup, int window, int maxWindows) {
        ThreadAllocation allocation = ThreadAllocation.current();
        repeat(operation, warmup);
        List<Double> perOp = new ArrayList<>(maxWindows);
        long previous = -1;
        for (int w = 0; w < maxWindows; w++) {
            long before = allocation.bytes();
            repeat(operation, window);
            long bytes = allocation.bytes() - before;
            perOp.add((double) bytes / window);
            if (bytes == previous) {
                return new MeasuredAllocation(perOp.getLast(), true, warmup, window, perOp);
            }
            previous = bytes;
        }
        return new MeasuredAllocation(perOp.getLast(), false, warmup, window, perOp);
    }

    /** Runs {@code operation} {@code times} times; allocates nothing of its own. */
    static void repeat(Operation operation, int times) {
        for (int i = 0; i < times; i++) {
            sink = operation.run();
        }
    }
}
