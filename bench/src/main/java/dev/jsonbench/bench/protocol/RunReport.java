package dev.jsonbench.bench.protocol;

import java.util.List;

/**
 * The one JSON object a runner process prints ({@code compare/PROTOCOL.md}), in every language: the Java fork
 * writes it with {@link JsonLine}, the Go and Rust runners with their own JSON libraries, and the parent reads
 * every one of them into this record. Component names are the protocol's field names in camel case
 * ({@code elapsedNs} is {@code elapsed_ns}). A figure that was not measured is null.
 *
 * <p>The components after {@code notes} are the Java fork's extensions: its configuration and flags, and the
 * evidence behind its allocation count.
 *
 * @param protocol          the protocol version the runner speaks ({@link #PROTOCOL})
 * @param measure           what this process measured; null from runners that only time (protocol 1)
 * @param reason            why the status is not ok, null when it is
 * @param elapsedNs         time run: wall time of the timed loop, monotonic clock
 * @param cpuNs             time run: thread CPU time of the timed loop ({@code elapsedNs - cpuNs} is time the
 *                          thread waited: other load, steal, and in a JVM also collector pauses)
 * @param runtimeRssBytes   time run: resident set after start-up and setup, before the first decode
 * @param allocsTotal       count run: exact allocations of the counted window
 * @param allocBytesTotal   count run: exact bytes of the counted window
 * @param allocBytesPerOp   heap bytes allocated per decode (count run; the Java time run also reads ThreadMXBean)
 * @param allocsPerOp       heap allocations per decode, from the language's exact counter
 * @param allocsMethod      how allocations were counted
 * @param retainedBytes     count run: bytes one decoded result keeps alive
 * @param retainedCopies    count run: results held at once to measure it
 * @param peakRssBytes      peak resident set of the timed loop ({@code VmHWM})
 * @param gcCount           collections during the timed loop; null without a GC
 * @param gcPauseMs         their total pause
 * @param digest            digest ({@code fixtures/DIGEST.md}) of the first decoded result
 * @param digestLast        digest of the last decoded result
 * @param digestOk          whether both equal the expected digest
 * @param consumed          the sum of the consume step over every decode, printed so no decode is dead code
 * @param allocsVerified    Java: whether the JFR events add up to ThreadMXBean's bytes and nothing was lost
 * @param allocsEvents      Java: allocation events of the benchmark thread inside the window
 * @param allocsEventBytes  Java: the sum of their sizes
 * @param allocsThreadBytes Java: ThreadMXBean's bytes for the same window
 * @param allocsProblem     Java: why the count is not verified
 * @param allocsSteady      Java: whether the count per op is a whole number
 * @param benchmarkThreadId Java: the thread whose allocations were recorded (for a profile)
 * @param jfrFile           Java: the recording a profile keeps
 */
public record RunReport(
        int protocol,
        String runner,
        Language language,
        String library,
        String libraryVersion,
        Mode mode,
        Measure measure,
        Status status,
        String reason,
        Long iterations,
        Long warmup,
        Long elapsedNs,
        Long cpuNs,
        Long runtimeRssBytes,
        Long allocsTotal,
        Long allocBytesTotal,
        Double allocBytesPerOp,
        Double allocsPerOp,
        String allocsMethod,
        Long retainedBytes,
        Integer retainedCopies,
        Long peakRssBytes,
        RssScope peakRssScope,
        Long gcCount,
        Double gcPauseMs,
        String digest,
        String digestLast,
        Boolean digestOk,
        Long consumed,
        List<String> notes,
        String configuration,
        List<String> jvmFlags,
        Boolean allocsVerified,
        Long allocsEvents,
        Long allocsEventBytes,
        Long allocsThreadBytes,
        String allocsProblem,
        Boolean allocsSteady,
        Long benchmarkThreadId,
        String jfrFile) {

    /** The protocol version this project's runners speak. */
    public static final int PROTOCOL = 2;

    public RunReport {
        notes = notes == null ? List.of() : List.copyOf(notes);
        jvmFlags = jvmFlags == null ? null : List.copyOf(jvmFlags);
    }

    /** Fills a report field by field (the Java fork); every field starts null, the status {@code failed}. */
    public static Builder builder(String runner, Mode mode, Measure measure) {
        return new Builder(runner, mode, measure);
    }

    /** Field-by-field construction for the Java fork, which learns its figures one step at a time. */
    public static final class Builder {
        private final String runner;
        private final Mode mode;
        private final Measure measure;
        private Status status = Status.failed;
        private String reason;
        private String library;
        private String libraryVersion;
        private Long iterations;
        private Long warmup;
        private Long elapsedNs;
        private Long cpuNs;
        private Long runtimeRssBytes;
        private Long allocsTotal;
        private Long allocBytesTotal;
        private Double allocBytesPerOp;
        private Double allocsPerOp;
        private String allocsMethod;
        private Long retainedBytes;
        private Integer retainedCopies;
        private Long peakRssBytes;
        private RssScope peakRssScope;
        private Long gcCount;
        private Double gcPauseMs;
        private String digest;
        private String digestLast;
        private Boolean digestOk;
        private Long consumed;
        private final java.util.ArrayList<String> notes = new java.util.ArrayList<>();
        private String configuration;
        private List<String> jvmFlags;
        private Boolean allocsVerified;
        private Long allocsEvents;
        private Long allocsEventBytes;
        private Long allocsThreadBytes;
        private String allocsProblem;
        private Boolean allocsSteady;
        private Long benchmarkThreadId;
        private String jfrFile;

        private Builder(String runner, Mode mode, Measure measure) {
            this.runner = runner;
            this.mode = mode;
            this.measure = measure;
        }

        public Builder status(Status status, String reason) {
            this.status = status;
            this.reason = reason;
            return this;
        }

        public Builder library(String library, String version, String configuration) {
            this.library = library;
            this.libraryVersion = version;
            this.configuration = configuration;
            return this;
        }

        public Builder counts(long iterations, long warmup) {
            this.iterations = iterations;
            this.warmup = warmup;
            return this;
        }

        public Builder times(long elapsedNs, long cpuNs) {
            this.elapsedNs = elapsedNs;
            this.cpuNs = cpuNs;
            return this;
        }

        public Builder runtimeRss(Long bytes) {
            this.runtimeRssBytes = bytes;
            return this;
        }

        /** A count run's exact totals over {@code iterations} decodes, and the per-decode figures from them. */
        public Builder counted(long allocations, long bytes, long iterations, String method) {
            this.allocsTotal = allocations;
            this.allocBytesTotal = bytes;
            this.allocsPerOp = (double) allocations / iterations;
            this.allocBytesPerOp = (double) bytes / iterations;
            this.allocsMethod = method;
            return this;
        }

        public Builder retained(long bytes, int copies) {
            this.retainedBytes = bytes;
            this.retainedCopies = copies;
            return this;
        }

        /** A time run's ThreadMXBean bytes per decode (the Java fork's extension of a time run). */
        public Builder threadBytesPerOp(double bytesPerOp) {
            this.allocBytesPerOp = bytesPerOp;
            return this;
        }

        public Builder peakRss(Long bytes, RssScope scope) {
            this.peakRssBytes = bytes;
            this.peakRssScope = scope;
            return this;
        }

        public Builder gc(long count, double pauseMs) {
            this.gcCount = count;
            this.gcPauseMs = pauseMs;
            return this;
        }

        public Builder digests(String first, String last, Boolean ok) {
            this.digest = first;
            this.digestLast = last;
            this.digestOk = ok;
            return this;
        }

        public Builder consumed(long consumed) {
            this.consumed = consumed;
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public Builder jvmFlags(List<String> flags) {
            this.jvmFlags = flags;
            return this;
        }

        /** The evidence behind a Java count (see {@code jfr.AllocationCount}). */
        public Builder countEvidence(boolean verified, long events, long eventBytes, long threadBytes, String problem,
                                     boolean steady, long threadId) {
            this.allocsVerified = verified;
            this.allocsEvents = events;
            this.allocsEventBytes = eventBytes;
            this.allocsThreadBytes = threadBytes;
            this.allocsProblem = problem;
            this.allocsSteady = steady;
            this.benchmarkThreadId = threadId;
            return this;
        }

        public Builder jfrFile(String file) {
            this.jfrFile = file;
            return this;
        }

        public RunReport build() {
            return new RunReport(PROTOCOL, runner, Language.java, library, libraryVersion, mode, measure, status, reason,
                    iterations, warmup, elapsedNs, cpuNs, runtimeRssBytes, allocsTotal, allocBytesTotal, allocBytesPerOp,
                    allocsPerOp, allocsMethod, retainedBytes, retainedCopies, peakRssBytes, peakRssScope,
                    gcCount, gcPauseMs, digest, digestLast, digestOk, consumed, notes, configuration, jvmFlags,
                    allocsVerified, allocsEvents, allocsEventBytes, allocsThreadBytes, allocsProblem, allocsSteady,
                    benchmarkThreadId, jfrFile);
        }
    }
}
