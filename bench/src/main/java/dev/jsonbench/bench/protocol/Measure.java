package dev.jsonbench.bench.protocol;

/** What one runner process measures. */
public enum Measure {
    /** The protocol's measured work: time, memory, GC; the Java fork also reads ThreadMXBean's bytes per op. */
    time,
    /** Exact allocation counts in a process of their own; nothing is timed. */
    count,
    /** Allocation sites: a Java counting fork with stack traces, its recording kept. */
    profile
}
