package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import java.util.List;

/**
 * One backend in one mode on one document, base against new.
 *
 * @param fixture     the document's file name (the new one's when it was renamed)
 * @param verdict     the row's verdict: the worst of its time and allocation verdicts
 * @param time        the time change; null when not compared (a side without runs, {@code --alloc-only})
 * @param allocations the allocation change; null when a side has no bytes per decode
 * @param memory      memory, base and new (not judged); null when neither side measured any
 * @param notes       what qualifies the verdict (too few runs, inexact figures, a changed document, a failure)
 */
public record RowDiff(String runner, Language language, Mode mode, String fixture, Verdict verdict, TimeChange time,
                      AllocationChange allocations, MemoryChange memory, List<String> notes) {

    public RowDiff {
        notes = List.copyOf(notes);
    }

    /** "jackson typed" */
    public String label() {
        return runner + " " + mode;
    }
}
