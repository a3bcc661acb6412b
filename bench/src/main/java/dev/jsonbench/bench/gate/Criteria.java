package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.run.Analysis;
import java.util.Locale;

/**
 * When a change counts.
 *
 * @param threshold      a time ratio beyond {@code 1 + threshold} (slower) or below {@code 1 / (1 + threshold)} (faster)
 *                       counts, and only when significant; 0.05 for {@code --threshold 5%}
 * @param allocThreshold how much bytes/op may grow before it counts
 * @param confidence     level of every interval and test: a time change is significant when its Mann–Whitney p-value is
 *                       below {@code 1 - confidence}
 * @param timeBasis      which time is compared: the loops' wall time or their thread CPU time
 * @param allocOnly      judge allocations only (times are neither shown nor judged): the deterministic figures
 */
public record Criteria(double threshold, AllocThreshold allocThreshold, double confidence, Analysis.TimeBasis timeBasis,
                       boolean allocOnly) {

    public static final double DEFAULT_THRESHOLD = 0.05;

    /**
     * Slack added to the allocation threshold where bytes/op is not exact on both sides (an unverified Java count, whose
     * timed runs disagreed; Go's runtime allocating in the background during the loop): 1 % of the base figure.
     */
    public static final double APPROXIMATE_SLACK = 0.01;

    public Criteria {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a percentage of at least 0%, was " + threshold);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }

    /**
     * How far bytes/op may grow: a number of bytes per decode, or a share of the base figure.
     *
     * @param bytes   bytes per decode (when not a percentage)
     * @param percent a percentage of the base figure, or null for bytes
     */
    public record AllocThreshold(double bytes, Double percent) {

        /** Exact: any growth of bytes/op counts. */
        public static final AllocThreshold EXACT = new AllocThreshold(0, null);

        public AllocThreshold {
            if (!(bytes >= 0) || Double.isInfinite(bytes) || percent != null && !(percent >= 0 && percent < 1e6)) {
                throw new IllegalArgumentException("an allocation threshold is at least 0");
            }
        }

        /** "0", "64" (bytes per decode) or "1%" (of the base figure). */
        public static AllocThreshold parse(String text) {
            String t = text.strip();
            try {
                return t.endsWith("%")
                        ? new AllocThreshold(0, Double.parseDouble(t.substring(0, t.length() - 1).strip()))
                        : new AllocThreshold(Double.parseDouble(t), null);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--alloc-threshold is bytes per decode (0, 64) or a percentage of the "
                        + "base figure (1%), was '" + text + "'");
            }
        }

        /** The growth allowed from {@code base} bytes per decode. */
        public double allowance(double base) {
            return percent == null ? bytes : base * percent / 100;
        }

        @Override
        public String toString() {
            return percent == null ? ChangeFigures.number(bytes) + " B/op" : ChangeFigures.number(percent) + "%";
        }
    }

    /** "5%" (also "5 %", "0.5%"): a percentage written with its sign, so that 5 and 0.05 cannot be mistaken. */
    public static double parseThreshold(String text) {
        String t = text.strip();
        if (!t.endsWith("%")) {
            throw new IllegalArgumentException("--threshold is a percentage such as 5%, was '" + text + "'");
        }
        try {
            double percent = Double.parseDouble(t.substring(0, t.length() - 1).strip());
            if (!(percent >= 0) || Double.isInfinite(percent)) {
                throw new NumberFormatException();
            }
            return percent / 100;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--threshold is a percentage of at least 0% such as 5%, was '" + text + "'");
        }
    }

    /** "threshold 5%, bytes/op exact, 95% confidence, cpu time" */
    public String describe() {
        String alloc = allocThreshold.equals(AllocThreshold.EXACT) ? "bytes/op exact" : "bytes/op threshold " + allocThreshold;
        return allocOnly
                ? "allocations only, " + alloc
                : String.format(Locale.ROOT, "%s time, threshold %s, %s, %s confidence", timeBasis,
                ChangeFigures.number(threshold * 100) + "%", alloc, ChangeFigures.number(confidence * 100) + "%");
    }
}
