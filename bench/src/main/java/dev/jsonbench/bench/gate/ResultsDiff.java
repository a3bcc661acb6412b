package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.run.BenchException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * New results judged against base results, row by row: what {@code jsonbench compare} prints and writes as JSON
 * ({@code bench/RESULTS.md} describes every field).
 *
 * <p>A row is a runner in a mode on a document. Rows pair up by document file name, runner and mode; a row left over
 * pairs by document digest (a renamed file) instead. A document whose digest changed under the same name is compared
 * with a warning, as are results of different machines, JDKs, flags or toolchains ({@link EnvironmentDifferences}).
 *
 * @param base         the base results: where they came from and how they were measured
 * @param head         the new results, likewise
 * @param criteria     when a change counts
 * @param warnings     conditions that differ between the two
 * @param rows         every row, base order first, then rows only the new results have
 * @param timeGeomean  geometric mean of the time ratios (new / base) over the rows whose time was compared; null if none
 * @param regressions  rows whose verdict is regressed
 */
public record ResultsDiff(Side base, Side head, Criteria criteria, List<String> warnings, List<RowDiff> rows,
                          Double timeGeomean, List<String> regressions) {

    public ResultsDiff {
        warnings = List.copyOf(warnings);
        rows = List.copyOf(rows);
        regressions = List.copyOf(regressions);
    }

    /**
     * One side of the comparison.
     *
     * @param source     the file read
     * @param date       when its results were written
     * @param gitCommit  the project's commit it measured, and whether the work tree had changes
     * @param runs       timed runs per row
     * @param iterations decodes per timed run
     */
    public record Side(String source, String date, String gitCommit, Boolean gitDirty, int runs, int iterations) {

        static Side of(ResultsFiles.Source source) {
            ResultsDocument d = source.document();
            return new Side(source.source(), d.environment().date(), d.environment().gitCommit(), d.environment().gitDirty(),
                    d.config().runs(), d.config().iterations());
        }
    }

    public boolean regressed() {
        return !regressions.isEmpty();
    }

    /**
     * Judges {@code head} against {@code base}.
     *
     * @throws BenchException (failure) when no row the base measured is in the new results
     */
    public static ResultsDiff of(ResultsFiles.Source base, ResultsFiles.Source head, Criteria criteria) {
        ResultsDocument b = base.document();
        ResultsDocument h = head.document();
        List<Result> baseRows = b.results();
        List<Result> headRows = h.results();
        int[] pairOf = pairs(b, h);

        List<RowDiff> rows = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        Set<Language> languages = new LinkedHashSet<>();
        boolean[] paired = new boolean[headRows.size()];
        boolean inCommon = false;
        for (int i = 0; i < baseRows.size(); i++) {
            Result newer = pairOf[i] < 0 ? null : headRows.get(pairOf[i]);
            if (pairOf[i] >= 0) {
                paired[pairOf[i]] = true;
            }
            Result older = baseRows.get(i);
            String baseDigest = digest(b.config(), older.fixture());
            String newDigest = newer == null ? null : digest(h.config(), newer.fixture());
            List<String> notes = new ArrayList<>();
            if (newer != null && baseDigest != null && newDigest != null && !baseDigest.equals(newDigest)) {
                String changed = EnvironmentDifferences.documentChanged(older.fixture(), baseDigest, newDigest);
                warnings.add(changed);
                notes.add(changed);
            }
            RowDiff row = judge(older, newer, criteria, notes);
            if (row != null) {
                rows.add(row);
            }
            if (older.ok() && newer != null) {
                inCommon = true;
                if (newer.ok()) {
                    languages.add(older.language());
                }
            }
        }
        for (int j = 0; j < headRows.size(); j++) {
            if (!paired[j]) {
                RowDiff row = judge(null, headRows.get(j), criteria, new ArrayList<>());
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        if (!inCommon) {
            throw BenchException.failure("nothing to compare: " + base.source() + " and " + head.source()
                    + " have no row (backend, mode and document) in common that the base measured");
        }
        List<String> all = new ArrayList<>(EnvironmentDifferences.between(b, h, languages));
        all.addAll(warnings);
        double logSum = 0;
        int timed = 0;
        for (RowDiff row : rows) {
            if (row.time() != null) {
                logSum += Math.log(row.time().ratio());
                timed++;
            }
        }
        List<String> regressions = rows.stream().filter(r -> r.verdict() == Verdict.regressed)
                .map(r -> r.label() + " on " + r.fixture()).toList();
        return new ResultsDiff(Side.of(base), Side.of(head), criteria, all, rows, timed == 0 ? null : Math.exp(logSum / timed),
                regressions);
    }

    /**
     * For each base row, the index of its new row, or -1: first by document name, runner and mode, then, for rows left
     * over, by document digest, runner and mode.
     */
    private static int[] pairs(ResultsDocument base, ResultsDocument head) {
        List<Result> baseRows = base.results();
        List<Result> headRows = head.results();
        int[] pairOf = new int[baseRows.size()];
        boolean[] taken = new boolean[headRows.size()];
        Arrays.fill(pairOf, -1);
        for (boolean byDigest : new boolean[]{false, true}) {
            for (int i = 0; i < baseRows.size(); i++) {
                if (pairOf[i] >= 0) {
                    continue;
                }
                Result b = baseRows.get(i);
                String document = byDigest ? digest(base.config(), b.fixture()) : b.fixture();
                for (int j = 0; j < headRows.size() && document != null; j++) {
                    Result h = headRows.get(j);
                    String other = byDigest ? digest(head.config(), h.fixture()) : h.fixture();
                    if (!taken[j] && document.equals(other) && b.runner().equals(h.runner()) && b.mode() == h.mode()) {
                        pairOf[i] = j;
                        taken[j] = true;
                        break;
                    }
                }
            }
        }
        return pairOf;
    }

    /**
     * One row's verdict, or null for a row measured on neither side. A row that failed or decoded wrongly now but was
     * measured before has regressed; one no longer measured (absent, skipped) is gone.
     */
    private static RowDiff judge(Result base, Result head, Criteria criteria, List<String> notes) {
        boolean baseOk = base != null && base.ok();
        boolean headOk = head != null && head.ok();
        if (baseOk && headOk) {
            TimeChange time = criteria.allocOnly() ? null : TimeChange.of(base, head, criteria, notes);
            AllocationChange allocations = AllocationChange.of(base, head, criteria, notes);
            Verdict verdict = Verdict.worst(time == null ? null : time.verdict(),
                    allocations == null ? null : allocations.verdict());
            if (verdict == null) {
                notes.add("no figure to judge on both sides");
                verdict = Verdict.unchanged;
            }
            return new RowDiff(head.runner(), head.language(), head.mode(), head.fixture(), verdict, time, allocations,
                    MemoryChange.of(base, head), notes);
        }
        if (baseOk) {
            boolean failed = head != null && head.status().bad();
            if (head != null) {
                notes.add("new: " + head.status() + (head.reason() == null ? "" : ": " + head.reason()));
            }
            return new RowDiff(base.runner(), base.language(), base.mode(), Objects.requireNonNullElse(head, base).fixture(),
                    failed ? Verdict.regressed : Verdict.gone, null, null, null, notes);
        }
        if (headOk) {
            if (base != null) {
                notes.add("base: " + base.status() + (base.reason() == null ? "" : ": " + base.reason()));
            }
            return new RowDiff(head.runner(), head.language(), head.mode(), head.fixture(), Verdict.added, null, null, null,
                    notes);
        }
        return null;
    }

    private static String digest(Config config, String fixture) {
        return config.fixture(fixture).map(Config.Fixture::digest).orElse(null);
    }
}
