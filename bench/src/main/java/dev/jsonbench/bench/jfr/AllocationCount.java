package dev.jsonbench.bench.jfr;

/**
 * What one counting window saw.
 *
 * @param iterations  operations in the window
 * @param events      {@code jdk.ObjectAllocationOutsideTLAB} events of the benchmark thread inside the window
 * @param eventBytes  the sum of their {@code allocationSize}
 * @param threadBytes ThreadMXBean's allocated bytes of the benchmark thread over the same window
 * @param dataLoss    whether the recording holds a {@code jdk.DataLoss} event
 * @param windowFound whether both window markers were found
 */
public record AllocationCount(long iterations, long events, long eventBytes, long threadBytes, boolean dataLoss,
                              boolean windowFound) {

    /**
     * The count is trustworthy only when JFR lost nothing and the events add up, byte for byte, to what the
     * thread's own counter says was allocated in the same window.
     */
    public boolean verified() {
        return windowFound && !dataLoss && eventBytes == threadBytes;
    }

    public double allocsPerOp() {
        return (double) events / iterations;
    }

    public double bytesPerOp() {
        return (double) threadBytes / iterations;
    }

    /** A per-op count that is not a whole number means the window was not in a steady state. */
    public boolean steady() {
        return events % iterations == 0;
    }

    /** Why the count is not verified, or null. */
    public String problem() {
        if (!windowFound) {
            return "window markers missing from the recording";
        }
        if (dataLoss) {
            return "JFR reported data loss (jdk.DataLoss)";
        }
        if (eventBytes != threadBytes) {
            return "allocation events sum to " + eventBytes + " B but the thread allocated " + threadBytes + " B";
        }
        return null;
    }
}
