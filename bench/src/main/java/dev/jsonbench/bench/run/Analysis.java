package dev.jsonbench.bench.run;

/**
 * How a run's times are judged.
 *
 * @param confidence the level of every interval and test (0.95)
 * @param basis      what is ranked: wall time or the loop thread's CPU time
 * @param reference  the runner every row of a document and mode is compared with; null for the fastest
 */
public record Analysis(double confidence, TimeBasis basis, String reference) {

    public static final Analysis DEFAULT = new Analysis(0.95, TimeBasis.wall, null);

    public Analysis {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }

    /** What is ranked; the constants are the words of {@code --time}. */
    public enum TimeBasis {
        /** Wall time of the timed loop: what a user waits for. */
        wall,
        /** Thread CPU time of the timed loop: less disturbed by other load on a shared machine. */
        cpu
    }
}
