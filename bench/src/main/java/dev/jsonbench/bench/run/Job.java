package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.Figures;

/**
 * One process of a run: a contestant, a document, a mode, what to measure and in which phase.
 *
 * @param run  1-based index among the runs of this unit in its phase and heap (1 for a counting run or a probe)
 * @param runs how many such runs there are
 */
public record Job(Contestant contestant, BenchFixture fixture, Mode mode, RunRequest request, Phase phase, int run,
                  int runs) {

    /** Why the process runs. */
    public enum Phase {
        /** A short loop under a small heap: does it complete? (the minimal heap's bisection) */
        HEAP_PROBE,
        /** A timed run, under the contestant's own heap or a multiple of the minimal one. */
        TIMED,
        /** The allocation-counting run. */
        COUNT,
        /** An allocation profile with stack traces. */
        PROFILE
    }

    /** A job of a measuring phase: timed when the request is a time run, else counting or profiling. */
    public Job(Contestant contestant, BenchFixture fixture, Mode mode, RunRequest request, int run, int runs) {
        this(contestant, fixture, mode, request, switch (request.measure()) {
            case time -> Phase.TIMED;
            case count -> Phase.COUNT;
            case profile -> Phase.PROFILE;
        }, run, runs);
    }

    /** "jackson typed", with the document's name when several are measured. */
    public String unit(boolean withFixture) {
        return contestant.name() + " " + mode + (withFixture ? " [" + fixture.name() + "]" : "");
    }

    public String describe(boolean withFixture) {
        String heap = request.heapBytes() == null ? "" : " at heap " + Figures.mib(request.heapBytes());
        return unit(withFixture) + switch (phase) {
            case HEAP_PROBE -> ": does " + request.iterations() + " decodes complete" + heap + "?";
            case TIMED -> heap + ": run " + run + " of " + runs;
            case COUNT -> ": counting allocations";
            case PROFILE -> ": profiling allocations";
        };
    }

    /** A file-name-safe label, for the process's stderr log. */
    public String fileLabel() {
        String heap = request.heapBytes() == null ? "" : "-heap" + (request.heapBytes() >> 20) + "m";
        String kind = switch (phase) {
            case HEAP_PROBE -> "probe";
            case TIMED -> "run" + run;
            case COUNT -> "count";
            case PROFILE -> "profile";
        };
        String base = fixture.name().replaceAll("\\.json$", "");
        return (base + "-" + contestant.name() + "-" + mode + heap + "-" + kind).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
