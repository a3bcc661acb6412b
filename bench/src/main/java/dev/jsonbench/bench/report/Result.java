package dev.jsonbench.bench.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One contestant in one mode on one document: an element of {@code results} in results.json. Every field is
 * described in {@code bench/RESULTS.md}; the names are a contract.
 */
@JsonPropertyOrder({"runner", "language", "library", "library_version", "configuration", "fixture", "mode", "status",
        "reason", "iterations", "warmup", "runs_ns", "total_ms", "ns_per_op", "mb_per_s", "alloc_bytes_per_op",
        "allocs_per_op", "allocs_verified", "allocs_method", "peak_rss_bytes", "peak_rss_scope", "gc_count",
        "gc_pause_ms", "digest", "digest_ok", "jvm_flags", "count_jvm_flags", "notes", "failures"})
public record Result(
        @JsonProperty("runner") String runner,
        @JsonProperty("language") String language,
        @JsonProperty("library") String library,
        @JsonProperty("library_version") String libraryVersion,
        @JsonProperty("configuration") String configuration,
        @JsonProperty("fixture") String fixture,
        @JsonProperty("mode") String mode,
        @JsonProperty("status") String status,
        @JsonProperty("reason") String reason,
        @JsonProperty("iterations") long iterations,
        @JsonProperty("warmup") long warmup,
        @JsonProperty("runs_ns") List<Long> runsNs,
        @JsonProperty("total_ms") Spread totalMs,
        @JsonProperty("ns_per_op") Double nsPerOp,
        @JsonProperty("mb_per_s") Double mbPerS,
        @JsonProperty("alloc_bytes_per_op") Double allocBytesPerOp,
        @JsonProperty("allocs_per_op") Double allocsPerOp,
        @JsonProperty("allocs_verified") boolean allocsVerified,
        @JsonProperty("allocs_method") String allocsMethod,
        @JsonProperty("peak_rss_bytes") Long peakRssBytes,
        @JsonProperty("peak_rss_scope") String peakRssScope,
        @JsonProperty("gc_count") Long gcCount,
        @JsonProperty("gc_pause_ms") Double gcPauseMs,
        @JsonProperty("digest") String digest,
        @JsonProperty("digest_ok") Boolean digestOk,
        @JsonProperty("jvm_flags") List<String> jvmFlags,
        @JsonProperty("count_jvm_flags") List<String> countJvmFlags,
        @JsonProperty("notes") List<String> notes,
        @JsonProperty("failures") List<String> failures) {

    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String WRONG = "wrong";
    public static final String SKIPPED = "skipped";

    public boolean ok() {
        return OK.equals(status);
    }

    /** "jackson typed" */
    public String label() {
        return runner + " " + mode;
    }
}
