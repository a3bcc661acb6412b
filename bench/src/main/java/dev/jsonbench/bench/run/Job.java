package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Mode;

/**
 * One process of a run: a contestant, a document, a mode and what to measure.
 *
 * @param run  1-based index among the timed runs of this contestant and mode (1 for a counting run)
 * @param runs how many timed runs there are
 */
public record Job(Contestant contestant, BenchFixture fixture, Mode mode, RunRequest request, int run, int runs) {

    /** "jackson typed", with the document's name when several are measured. */
    public String unit(boolean withFixture) {
        return contestant.name() + " " + mode + (withFixture ? " [" + fixture.name() + "]" : "");
    }

    public String describe(boolean withFixture) {
        return unit(withFixture) + switch (request.measure()) {
            case time -> ": run " + run + " of " + runs;
            case count -> ": counting allocations";
            case profile -> ": profiling allocations";
        };
    }

    /** A file-name-safe label, for the process's stderr log. */
    public String fileLabel() {
        String kind = switch (request.measure()) {
            case time -> "run" + run;
            case count -> "count";
            case profile -> "profile";
        };
        String base = fixture.name().replaceAll("\\.json$", "");
        return (base + "-" + contestant.name() + "-" + mode + "-" + kind).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
