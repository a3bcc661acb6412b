package dev.jsonbench.test;

import java.util.List;

/**
 * What one decode allocates in steady state, as {@link AllocationBudget#measure()} found it.
 *
 * @param bytesPerOp       bytes per decode: the last window's bytes over its decodes
 * @param steady           whether two windows in a row allocated the same bytes, to the byte; if not, the figure moved
 *                         until the last window (see {@code windowBytesPerOp})
 * @param warmupDecodes    decodes before the first window
 * @param windowDecodes    decodes per window
 * @param windowBytesPerOp bytes per decode of each window, in order
 */
public record MeasuredAllocation(double bytesPerOp, boolean steady, int warmupDecodes, int windowDecodes,
                                 List<Double> windowBytesPerOp) {

    public MeasuredAllocation {
        windowBytesPerOp = List.copyOf(windowBytesPerOp);
    }
}
