package dev.jsonbench.bench.report;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * One contestant in one mode on one document: an element of {@code results} in results.json. Every field is
 * described in {@code bench/RESULTS.md}; the names (in snake case) are a contract. A figure that was not measured
 * is null.
 *
 * @param runner         the contestant's name: the backend for Java, the runner for Go and Rust
 * @param library        Maven coordinates, Go module path or crate name
 * @param libraryVersion the version actually measured
 * @param configuration  one line saying how the library is configured
 * @param fixture        file name of the document decoded
 * @param reason         why the status is not ok, prefixed with the run; null when ok
 * @param iterations     decodes in each timed loop
 * @param warmup         decodes before each timed loop
 * @param jvmFlags       flags of every timed fork (empty for runners that are not JVMs)
 * @param countJvmFlags  flags of the allocation-counting fork; null when the runner has none
 * @param notes          anything that qualifies the figures
 * @param failures       every failed or wrong run with its reason
 */
public record Result(
        String runner,
        Language language,
        String library,
        String libraryVersion,
        String configuration,
        String fixture,
        Mode mode,
        Status status,
        String reason,
        long iterations,
        long warmup,
        Timing timing,
        Allocations allocations,
        Memory memory,
        Verification verification,
        List<String> jvmFlags,
        List<String> countJvmFlags,
        List<String> notes,
        List<String> failures) {

    public Result {
        timing = timing == null ? Timing.NONE : timing;
        allocations = allocations == null ? Allocations.NONE : allocations;
        memory = memory == null ? Memory.NONE : memory;
        verification = verification == null ? Verification.NONE : verification;
        jvmFlags = List.copyOf(jvmFlags);
        countJvmFlags = countJvmFlags == null ? null : List.copyOf(countJvmFlags);
        notes = List.copyOf(notes);
        failures = List.copyOf(failures);
    }

    /**
     * Time of the timed loop.
     *
     * @param runsNs  wall time of each measured run's timed loop, in the order they ran
     * @param totalMs min, median and max of {@code runsNs}, in milliseconds
     * @param nsPerOp median total / iterations
     * @param mbPerS  document bytes x iterations / median total, in 10^6 bytes per second
     */
    public record Timing(List<Long> runsNs, Spread totalMs, Double nsPerOp, Double mbPerS) {
        public static final Timing NONE = new Timing(List.of(), null, null, null);

        public Timing {
            runsNs = List.copyOf(runsNs);
        }
    }

    /**
     * Heap allocation per decode.
     *
     * @param bytesPerOp bytes allocated per decode by the benchmark thread
     * @param perOp      allocations per decode; null unless verified
     * @param verified   whether the count passed its checks (bench/RESULTS.md)
     * @param method     how allocations were counted
     */
    public record Allocations(Double bytesPerOp, Double perOp, boolean verified, String method) {
        public static final Allocations NONE = new Allocations(null, null, false, null);
    }

    /**
     * Memory and collections of the timed loop.
     *
     * @param peakRssBytes peak resident set of the timed loop (lower median over runs)
     * @param peakRssScope what the peak covers
     * @param gcCount      collections during the timed loop (lower median over runs)
     * @param gcPauseMs    their total pause (median over runs)
     */
    public record Memory(Long peakRssBytes, RssScope peakRssScope, Long gcCount, Double gcPauseMs) {
        public static final Memory NONE = new Memory(null, null, null, null);
    }

    /**
     * Proof of the full work.
     *
     * @param digest   digest of the first decoded result of a measured run
     * @param digestOk whether the first and last result of every measured run had the expected digest; null when
     *                 nothing was measured
     */
    public record Verification(String digest, Boolean digestOk) {
        public static final Verification NONE = new Verification(null, null);
    }

    public boolean ok() {
        return status == Status.ok;
    }

    /** "jackson typed" */
    public String label() {
        return runner + " " + mode;
    }

    /** The same result with one more note. */
    public Result withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Result(runner, language, library, libraryVersion, configuration, fixture, mode, status, reason,
                iterations, warmup, timing, allocations, memory, verification, jvmFlags, countJvmFlags, more, failures);
    }
}
