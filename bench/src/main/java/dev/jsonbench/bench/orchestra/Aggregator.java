package dev.jsonbench.bench.orchestra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.Spread;
import dev.jsonbench.bench.report.Stats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the runs of one contestant, mode and document into one {@link Result}.
 *
 * <ul>
 *   <li>status: {@code wrong} if any run's digest differed; else {@code failed} if any timed run failed
 *       (the figures of the runs that worked are still given); else {@code ok}. A failed counting run alone
 *       leaves the result ok with no allocation count.</li>
 *   <li>time: median, min and max of the runs' totals; ns/op and MB/s from the median.</li>
 *   <li>bytes/op: median of the timed runs (they agree to the byte in a steady state); peak RSS and GC count:
 *       lower median (one of the runs' own values); GC pause: median.</li>
 *   <li>allocations/op: the counting run's figure, given only when verified.</li>
 * </ul>
 */
public final class Aggregator {

    /** Counting and timed windows whose bytes/op differ by more than this share are flagged. */
    static final double BYTES_TOLERANCE = 0.005;

    private Aggregator() {
    }

    public static Result skipped(Contestant contestant, BenchFixture fixture, String mode, String reason,
                                 long iterations, long warmup) {
        return new Result(contestant.name(), contestant.language(), contestant.library(), contestant.libraryVersion(),
                contestant.configuration(), fixture.name(), mode, Result.SKIPPED, reason, iterations, warmup,
                List.of(), null, null, null, null, null, false, null, null, null, null, null, null, null,
                contestant.runtimeFlags(RunRequest.Kind.TIMED), countFlags(contestant), List.of(), List.of());
    }

    public static Result aggregate(Contestant contestant, BenchFixture fixture, String mode, long iterations,
                                   long warmup, List<RunOutcome> timed, RunOutcome count) {
        List<String> failures = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        String wrongReason = null;
        String failedReason = null;
        List<RunOutcome> measured = new ArrayList<>();
        for (RunOutcome run : timed) {
            String where = "run " + run.job().run() + " of " + run.job().runs();
            switch (run.status()) {
                case "ok" -> measured.add(run);
                case "wrong" -> {
                    failures.add(where + ": wrong: " + run.reason());
                    wrongReason = wrongReason != null ? wrongReason : where + ": " + run.reason();
                    if (run.integer("elapsed_ns") != null) {
                        measured.add(run);
                    }
                }
                default -> {
                    failures.add(where + ": failed: " + run.reason());
                    failedReason = failedReason != null ? failedReason : where + ": " + run.reason();
                }
            }
            addNotes(notes, run.output());
        }
        if (count != null) {
            switch (count.status()) {
                case "ok" -> { }
                case "wrong" -> {
                    failures.add("allocation count: wrong: " + count.reason());
                    wrongReason = wrongReason != null ? wrongReason : "allocation count: " + count.reason();
                }
                default -> failures.add("allocation count: failed: " + count.reason());
            }
        }

        String status = wrongReason != null ? Result.WRONG
                : failedReason != null || measured.isEmpty() ? Result.FAILED : Result.OK;
        String reason = wrongReason != null ? wrongReason
                : failedReason != null ? failedReason
                : measured.isEmpty() ? "no run was measured" : null;

        List<Long> runsNs = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        List<Long> gcCounts = new ArrayList<>();
        List<Double> gcPauses = new ArrayList<>();
        List<Double> inlineAllocs = new ArrayList<>();
        boolean rssLoop = true;
        String inlineMethod = null;
        for (RunOutcome run : measured) {
            runsNs.add(run.integer("elapsed_ns"));
            addIfPresent(bytes, run.number("alloc_bytes_per_op"));
            addIfPresent(rss, run.integer("peak_rss_bytes"));
            addIfPresent(gcCounts, run.integer("gc_count"));
            addIfPresent(gcPauses, run.number("gc_pause_ms"));
            addIfPresent(inlineAllocs, run.number("allocs_per_op"));
            rssLoop &= "loop".equals(run.text("peak_rss_scope"));
            inlineMethod = inlineMethod != null ? inlineMethod : run.text("allocs_method");
        }

        Spread total = runsNs.isEmpty() ? null : Spread.ofNanosAsMillis(runsNs);
        Double nsPerOp = runsNs.isEmpty() ? null : Stats.median(runsNs) / iterations;
        Double mbPerS = runsNs.isEmpty() ? null : fixture.bytes() * (double) iterations / Stats.median(runsNs) * 1e3;
        Double bytesPerOp = bytes.isEmpty() ? null : Stats.median(bytes);

        Double allocsPerOp = null;
        boolean verified = false;
        String allocsMethod = null;
        if (contestant.countsSeparately()) {
            if (count != null && count.ok()) {
                allocsMethod = count.text("allocs_method");
                verified = count.output().path("allocs_verified").asBoolean(false);
                if (verified) {
                    allocsPerOp = count.number("allocs_per_op");
                } else {
                    notes.add("allocation count unverified, not reported: " + count.text("allocs_problem"));
                }
                addNotes(notes, count.output());
                Double countBytes = count.number("alloc_bytes_per_op");
                if (verified && countBytes != null && bytesPerOp != null
                        && Math.abs(countBytes - bytesPerOp) > BYTES_TOLERANCE * Math.max(1, bytesPerOp)) {
                    notes.add(String.format(java.util.Locale.ROOT,
                            "the counting window allocated %.1f B/op, the timed runs %.1f B/op: the count may not represent the timed loop (JIT state)",
                            countBytes, bytesPerOp));
                }
            } else if (count == null && status.equals(Result.OK)) {
                notes.add("allocations not counted");
            }
        } else if (!inlineAllocs.isEmpty()) {
            allocsPerOp = Stats.median(inlineAllocs);
            verified = true;
            allocsMethod = inlineMethod;
        }

        Boolean digestOk = measured.isEmpty() && wrongReason == null ? null : wrongReason == null;
        String digest = measured.stream().map(r -> r.text("digest")).filter(Objects::nonNull).findFirst().orElse(null);

        return new Result(contestant.name(), contestant.language(), contestant.library(), contestant.libraryVersion(),
                contestant.configuration(), fixture.name(), mode, status, reason, iterations, warmup, runsNs, total,
                nsPerOp, mbPerS, bytesPerOp, allocsPerOp, verified, allocsMethod,
                rss.isEmpty() ? null : Stats.lowerMedian(rss), rss.isEmpty() ? null : rssLoop ? "loop" : "process",
                gcCounts.isEmpty() ? null : Stats.lowerMedian(gcCounts),
                gcPauses.isEmpty() ? null : Stats.median(gcPauses), digest, digestOk,
                contestant.runtimeFlags(RunRequest.Kind.TIMED), countFlags(contestant), List.copyOf(notes),
                List.copyOf(failures));
    }

    /** The same result with one more note. */
    public static Result withNote(Result r, String note) {
        List<String> notes = new ArrayList<>(r.notes());
        notes.add(note);
        return new Result(r.runner(), r.language(), r.library(), r.libraryVersion(), r.configuration(), r.fixture(),
                r.mode(), r.status(), r.reason(), r.iterations(), r.warmup(), r.runsNs(), r.totalMs(), r.nsPerOp(),
                r.mbPerS(), r.allocBytesPerOp(), r.allocsPerOp(), r.allocsVerified(), r.allocsMethod(), r.peakRssBytes(),
                r.peakRssScope(), r.gcCount(), r.gcPauseMs(), r.digest(), r.digestOk(), r.jvmFlags(), r.countJvmFlags(),
                List.copyOf(notes), r.failures());
    }

    private static List<String> countFlags(Contestant contestant) {
        return contestant.countsSeparately() ? contestant.runtimeFlags(RunRequest.Kind.COUNT) : null;
    }

    private static void addNotes(Set<String> notes, JsonNode output) {
        if (output != null && output.path("notes").isArray()) {
            output.path("notes").forEach(n -> notes.add(n.asText()));
        }
    }

    private static <T> void addIfPresent(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }
}
