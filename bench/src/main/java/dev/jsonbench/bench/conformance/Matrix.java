package dev.jsonbench.bench.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conformance matrix: every document of a corpus against every backend.
 *
 * @param corpus    the directory the documents came from
 * @param documents the documents, in order
 * @param columns   the backends, in order
 * @param verdicts  per column, one verdict per document
 * @param limitS    the time limit per document, in seconds
 */
public record Matrix(Path corpus, List<Corpus.Document> documents, List<Column> columns, List<List<Verdict>> verdicts,
                     long limitS) {

    public Matrix {
        documents = List.copyOf(documents);
        columns = List.copyOf(columns);
        verdicts = verdicts.stream().map(List::copyOf).toList();
        if (verdicts.size() != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " columns but " + verdicts.size() + " lists of verdicts");
        }
    }

    /**
     * One backend's counts.
     *
     * @param yAccepted y_ documents accepted (of {@code yTotal})
     * @param nRejected n_ documents rejected (of {@code nTotal})
     * @param iAccepted i_ documents accepted (of {@code iTotal})
     * @param crashes   documents it crashed on
     * @param timeouts  documents it took too long for
     * @param noVerdict documents it could give no verdict for
     */
    public record Summary(Column column, int yAccepted, int yTotal, int nRejected, int nTotal, int iAccepted, int iTotal,
                          int crashes, int timeouts, int noVerdict) {

        /** Whether every y_ was accepted, every n_ rejected, with no crash or timeout. */
        public boolean conforms() {
            return yAccepted == yTotal && nRejected == nTotal && crashes == 0 && timeouts == 0 && noVerdict == 0;
        }
    }

    /** One answer to a document and the backends that gave it. */
    public record Answer(Verdict.Outcome outcome, String digest, List<String> backends) {
    }

    /** A document on which the backends that ran did not all give the same answer (or value). */
    public record Disagreement(Corpus.Document document, List<Answer> answers) {
    }

    public List<Summary> summaries() {
        List<Summary> summaries = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int[] counts = new int[9];
            List<Verdict> column = verdicts.get(c);
            for (int d = 0; d < documents.size(); d++) {
                Verdict.Outcome outcome = column.get(d).outcome();
                Corpus.Expectation expected = documents.get(d).expectation();
                counts[2 * expected.ordinal() + 1]++;
                boolean counted = switch (expected) {
                    case y, i -> outcome == Verdict.Outcome.accepted;
                    case n -> outcome == Verdict.Outcome.rejected;
                };
                if (counted) {
                    counts[2 * expected.ordinal()]++;
                }
                switch (outcome) {
                    case crashed -> counts[6]++;
                    case timed_out -> counts[7]++;
                    case no_verdict -> counts[8]++;
                    default -> { }
                }
            }
            summaries.add(new Summary(columns.get(c), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                    counts[6], counts[7], counts[8]));
        }
        return summaries;
    }

    /** The documents the backends that ran disagree on: in verdict, or in the value accepted (its digest). */
    public List<Disagreement> disagreements() {
        List<Disagreement> out = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                Verdict verdict = verdicts.get(c).get(d);
                if (verdict.outcome() == Verdict.Outcome.skipped) {
                    continue;
                }
                String digest = verdict.outcome() == Verdict.Outcome.accepted ? verdict.digest() : null;
                answers.computeIfAbsent(verdict.outcome() + "/" + digest,
                        k -> new Answer(verdict.outcome(), digest, new ArrayList<>())).backends().add(columns.get(c).name());
            }
            if (answers.size() > 1) {
                out.add(new Disagreement(documents.get(d), answers.values().stream()
                        .map(a -> new Answer(a.outcome(), a.digest(), List.copyOf(a.backends()))).toList()));
            }
        }
        return out;
    }

    /** Whether every strict adapter that ran conforms ({@link Summary#conforms()}): the project's own guarantee. */
    public boolean strictAdaptersConform() {
        return summaries().stream().filter(s -> s.column().strict() && s.column().unavailable() == null)
                .allMatch(Summary::conforms);
    }
}
