package dev.jsonbench.bench.report;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.stats.Interval;
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
 * @param work           what the row measures: {@code strict adapter} (a jsonbench decoder) or {@code library
 *                       defaults} (the library called as its documentation shows)
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
        Work work,
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
     * Time of the timed loop. The intervals are distribution-free confidence intervals for the median (order
     * statistics, {@code stats.MedianInterval}); their level is the coverage actually achieved.
     *
     * @param runsNs             wall time of each measured run's timed loop, in the order they ran
     * @param runs               each measured run, with the conditions it ran in
     * @param totalMs            min, median and max of {@code runsNs}, in milliseconds
     * @param nsPerOp            median wall time per decode
     * @param nsPerOpInterval    its confidence interval
     * @param cpuNsPerOp         median thread CPU time per decode (null where a runner does not report it)
     * @param cpuNsPerOpInterval its confidence interval
     * @param mbPerS             document bytes x iterations / median total, in 10^6 bytes per second
     * @param relative           this result against the reference of its document and mode; null when not ranked
     */
    public record Timing(List<Long> runsNs, List<Run> runs, Spread totalMs, Double nsPerOp, Interval nsPerOpInterval,
                         Double cpuNsPerOp, Interval cpuNsPerOpInterval, Double mbPerS, Relative relative) {
        public static final Timing NONE = new Timing(List.of(), List.of(), null, null, null, null, null, null, null);

        public Timing {
            runsNs = List.copyOf(runsNs);
            runs = List.copyOf(runs);
        }

        public Timing withRelative(Relative to) {
            return new Timing(runsNs, runs, totalMs, nsPerOp, nsPerOpInterval, cpuNsPerOp, cpuNsPerOpInterval, mbPerS, to);
        }
    }

    /**
     * One measured run.
     *
     * @param elapsedNs    wall time of its timed loop
     * @param cpuNs        thread CPU time of its timed loop
     * @param gcPauseMs    collector pauses during it
     * @param stealPercent CPU time the hypervisor stole from this machine while the process ran
     * @param loadAverage  the 1-minute load average when it ended
     * @param flags        why its time may be noise ({@code run.Noise}); empty when none
     */
    public record Run(long elapsedNs, Long cpuNs, Double gcPauseMs, Double stealPercent, Double loadAverage,
                      List<String> flags) {
        public Run {
            flags = List.copyOf(flags);
        }
    }

    /**
     * A result against the reference of its document and mode (the fastest, or {@code --reference}), on the time basis
     * of the run ({@code config.time_basis}): the Hodges–Lehmann ratio of the runs with its interval and the
     * Mann–Whitney p-value ({@code stats.RatioComparison}).
     *
     * @param reference the reference's runner name
     * @param ratio     this result's time / the reference's (1 for the reference itself)
     * @param interval  the ratio's confidence interval
     * @param pValue    two-sided p-value of "no difference"
     * @param rank      1 for the fastest group; results not significantly slower than the first of a group share its rank
     * @param tie       whether this result shares its rank with a faster one ({@code ~} in the tables)
     */
    public record Relative(String reference, double ratio, Interval interval, double pValue, int rank, boolean tie) {
    }

    /**
     * Heap allocation per decode.
     *
     * @param bytesPerOp bytes allocated per decode (Java: by the benchmark thread in the timed runs; Go and Rust: in the
     *                   count run)
     * @param perOp      allocations per decode; null unless verified
     * @param verified   whether the count passed every check (bench/RESULTS.md)
     * @param method     how allocations were counted
     * @param problem    why the count is not verified; null when it is
     */
    public record Allocations(Double bytesPerOp, Double perOp, boolean verified, String method, String problem) {
        public static final Allocations NONE = new Allocations(null, null, false, null, null);
    }

    /**
     * Memory: what the process needs to run, what one result keeps alive, and the peak of the timed loop.
     *
     * @param peakRssBytes    peak resident set of the timed loop under the run's fixed heap ("unconstrained"; lower
     *                        median over runs)
     * @param peakRssScope    what the peak covers
     * @param gcCount         collections during the timed loop (lower median over runs)
     * @param gcPauseMs       their total pause (median over runs)
     * @param runtimeRssBytes resident set after start-up and setup, before the first decode (lower median)
     * @param retainedBytes   bytes one decoded result keeps alive (count run)
     * @param minHeapBytes    Java: the smallest -Xmx at which the timed loop completes (bisection)
     * @param fairHeap        Java: time and peak at twice the minimal heap, as Go's GOGC=100 sizes its heap
     * @param heapCurve       Java, with {@code --memory curve}: time and peak at several multiples of the minimal heap
     */
    public record Memory(Long peakRssBytes, RssScope peakRssScope, Long gcCount, Double gcPauseMs, Long runtimeRssBytes,
                         Long retainedBytes, Long minHeapBytes, HeapPoint fairHeap, List<HeapPoint> heapCurve) {
        public static final Memory NONE = new Memory(null, null, null, null, null, null, null, null, List.of());

        public Memory {
            heapCurve = heapCurve == null ? List.of() : List.copyOf(heapCurve);
        }

        public Memory withHeaps(Long minHeap, HeapPoint fair, List<HeapPoint> curve) {
            return new Memory(peakRssBytes, peakRssScope, gcCount, gcPauseMs, runtimeRssBytes, retainedBytes, minHeap, fair,
                    curve);
        }
    }

    /**
     * Time and memory of the timed loop under one heap size.
     *
     * @param label        {@code 2x} (the fair heap), {@code 1.5x}, ..., {@code unconstrained}
     * @param heapBytes    the -Xmx (and -Xms) of these runs
     * @param nsPerOp      median wall time per decode
     * @param interval     its confidence interval
     * @param peakRssBytes peak resident set of the timed loop (lower median)
     * @param gcCount      collections during the timed loop (lower median)
     * @param runsNs       wall time of each run
     */
    public record HeapPoint(String label, long heapBytes, Double nsPerOp, Interval interval, Long peakRssBytes, Long gcCount,
                            List<Long> runsNs) {
        public HeapPoint {
            runsNs = List.copyOf(runsNs);
        }
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
        return new Result(runner, language, library, libraryVersion, configuration, work, fixture, mode, status, reason,
                iterations, warmup, timing, allocations, memory, verification, jvmFlags, countJvmFlags, more, failures);
    }

    public Result withStatus(Status changed, String why) {
        return new Result(runner, language, library, libraryVersion, configuration, work, fixture, mode, changed, why,
                iterations, warmup, timing, allocations, memory, verification, jvmFlags, countJvmFlags, notes, failures);
    }

    public Result withTiming(Timing changed) {
        return new Result(runner, language, library, libraryVersion, configuration, work, fixture, mode, status, reason,
                iterations, warmup, changed, allocations, memory, verification, jvmFlags, countJvmFlags, notes, failures);
    }

    public Result withMemory(Memory changed) {
        return new Result(runner, language, library, libraryVersion, configuration, work, fixture, mode, status, reason,
                iterations, warmup, timing, allocations, changed, verification, jvmFlags, countJvmFlags, notes, failures);
    }
}
