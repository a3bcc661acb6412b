package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.report.Result;

/**
 * Memory of one row, base and new, shown and not judged: a peak resident set follows the heap flags and when the
 * collector ran, so it is no stable gate; retained bytes are what one decoded result keeps alive.
 *
 * @param basePeakRssBytes     peak resident set of the base's timed loop
 * @param newPeakRssBytes      the same, now
 * @param baseRetainedBytes    bytes one result kept alive in the base
 * @param newRetainedBytes     the same, now
 */
public record MemoryChange(Long basePeakRssBytes, Long newPeakRssBytes, Long baseRetainedBytes, Long newRetainedBytes) {

    static MemoryChange of(Result base, Result head) {
        MemoryChange change = new MemoryChange(base.memory().peakRssBytes(), head.memory().peakRssBytes(),
                base.memory().retainedBytes(), head.memory().retainedBytes());
        return change.equals(new MemoryChange(null, null, null, null)) ? null : change;
    }
}
