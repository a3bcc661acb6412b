package dev.jsonbench.bench.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics over a run's few measurements (no means: the machines are noisy, outliers are common). */
public final class Stats {

    private Stats() {
    }

    /** The median; for an even count, the mean of the two middle values. */
    public static double median(List<? extends Number> values) {
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The lower median: always one of the values (for counts that must stay whole numbers). */
    public static <T extends Number & Comparable<T>> T lowerMedian(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }

    public static double min(List<? extends Number> values) {
        return sorted(values).getFirst();
    }

    public static double max(List<? extends Number> values) {
        return sorted(values).getLast();
    }

    private static List<Double> sorted(List<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values.size());
        for (Number value : values) {
            sorted.add(value.doubleValue());
        }
        Collections.sort(sorted);
        return sorted;
    }
}
