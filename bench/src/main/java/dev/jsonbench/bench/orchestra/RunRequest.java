package dev.jsonbench.bench.orchestra;

import java.nio.file.Path;

/**
 * One process to start: which measurement, in which mode, on which document.
 *
 * @param profileFile where a {@link Kind#PROFILE} fork keeps its recording; null otherwise
 * @param stackDepth  stack depth of a {@link Kind#PROFILE} recording; 0 otherwise
 */
public record RunRequest(Kind kind, String mode, Path fixture, int iterations, int warmup, String expectDigest,
                         Path profileFile, int stackDepth) {

    /** What the process measures. */
    public enum Kind {
        /** The protocol's measured work: time, bytes/op, peak RSS, GC (and, for runners that count inline, allocations). */
        TIMED,
        /** Exact allocation count in a process of its own; nothing timed (Java: -XX:-UseTLAB and JFR). */
        COUNT,
        /** Allocation sites: a counting process with stack traces, its recording kept. */
        PROFILE
    }

    public static RunRequest timed(String mode, Path fixture, int iterations, int warmup, String expectDigest) {
        return new RunRequest(Kind.TIMED, mode, fixture, iterations, warmup, expectDigest, null, 0);
    }

    public static RunRequest count(String mode, Path fixture, int iterations, int warmup, String expectDigest) {
        return new RunRequest(Kind.COUNT, mode, fixture, iterations, warmup, expectDigest, null, 0);
    }

    public static RunRequest profile(String mode, Path fixture, int iterations, int warmup, String expectDigest,
                                     Path profileFile, int stackDepth) {
        return new RunRequest(Kind.PROFILE, mode, fixture, iterations, warmup, expectDigest, profileFile, stackDepth);
    }
}
