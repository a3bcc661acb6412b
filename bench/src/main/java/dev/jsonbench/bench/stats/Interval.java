package dev.jsonbench.bench.stats;

/**
 * A confidence interval for an estimate.
 *
 * @param low   lower bound
 * @param high  upper bound
 * @param level the coverage actually achieved (e.g. 0.9375 for min..max of 5 runs), which may fall short of the
 *              level asked for when there are too few values
 */
public record Interval(double low, double high, double level) {

    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " > high " + high);
        }
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    /** The same interval with both bounds multiplied by {@code factor} (e.g. total ns to ns per op). */
    public Interval scaled(double factor) {
        return new Interval(low * factor, high * factor, level);
    }
}
