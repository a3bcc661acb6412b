package dev.jsonbench.bench.conformance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The matrix as one self-contained HTML page: each backend's counts, then the full grid, one row per document and
 * one column per backend. A cell is green where the backend did what the file name asks (accepted a y_, rejected an
 * n_), red where it did the opposite, blue or grey for an i_ document accepted or rejected, and dark for a crash, a
 * timeout or no verdict; hovering a cell shows the library's message. Rows where the backends disagree are marked.
 */
final class MatrixHtml {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { border: 1px solid #ccc; padding: 2px 6px; }
            th { background: #f3f3f3; position: sticky; top: 0; }
            td.doc { font-family: ui-monospace, monospace; white-space: nowrap; }
            td.v { text-align: center; min-width: 3.5em; }
            .ok { background: #c8e6c9; } .bad { background: #ef9a9a; font-weight: bold; }
            .either-accepted { background: #bbdefb; } .either-rejected { background: #e0e0e0; }
            .crashed, .timed_out { background: #6a1b9a; color: #fff; } .no_verdict { background: #ffcc80; }
            .skipped { background: #fafafa; color: #999; }
            tr.disagree td.doc { background: #fff59d; }
            .legend span { display: inline-block; padding: 2px 8px; margin-right: 6px; border: 1px solid #ccc; }
            """;

    private MatrixHtml() {
    }

    static String render(Matrix matrix) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>jsonbench conformance</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n");
        out.append("<h1>Conformance matrix</h1>\n<p>").append(escape(MatrixFormat.title(matrix))).append("</p>\n");
        table(out, MatrixFormat.summaryRows(matrix));
        out.append("<h2>Backends</h2>\n<ul>\n");
        for (Column c : matrix.columns()) {
            out.append("<li><b>").append(escape(c.name())).append("</b> (").append(escape(c.kind())).append(", ")
                    .append(escape(c.library())).append(c.version() == null ? "" : " " + escape(c.version()))
                    .append("): ").append(escape(c.configuration() == null ? "" : c.configuration())).append("</li>\n");
        }
        out.append("</ul>\n<h2>Every document</h2>\n<p class=\"legend\"><span class=\"ok\">as the name asks</span>")
                .append("<span class=\"bad\">the opposite</span><span class=\"either-accepted\">i_ accepted</span>")
                .append("<span class=\"either-rejected\">i_ rejected</span><span class=\"crashed\">crashed or timed out")
                .append("</span><span class=\"no_verdict\">no verdict</span> Rows in yellow: the backends disagree. ")
                .append("Hover a cell for the message.</p>\n");
        grid(out, matrix);
        return out.append("</body></html>\n").toString();
    }

    private static void grid(StringBuilder out, Matrix matrix) {
        Set<String> disagreed = new HashSet<>();
        matrix.disagreements().forEach(d -> disagreed.add(d.document().name()));
        out.append("<table><thead><tr><th>document</th>");
        for (Column c : matrix.columns()) {
            out.append("<th title=\"").append(escape(c.kind())).append("\">").append(escape(c.name())).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (int d = 0; d < matrix.documents().size(); d++) {
            Corpus.Document document = matrix.documents().get(d);
            out.append(disagreed.contains(document.name()) ? "<tr class=\"disagree\">" : "<tr>")
                    .append("<td class=\"doc\">").append(escape(document.name())).append("</td>");
            for (List<Verdict> column : matrix.verdicts()) {
                Verdict v = column.get(d);
                out.append("<td class=\"v ").append(cellClass(document.expectation(), v.outcome())).append('"');
                String detail = v.outcome() == Verdict.Outcome.accepted ? "digest " + v.digest() : v.detail();
                if (detail != null) {
                    out.append(" title=\"").append(escape(detail)).append('"');
                }
                out.append('>').append(symbol(v.outcome())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    static String cellClass(Corpus.Expectation expectation, Verdict.Outcome outcome) {
        if (!outcome.isVerdict()) {
            return outcome.name();
        }
        boolean accepted = outcome == Verdict.Outcome.accepted;
        return switch (expectation) {
            case y -> accepted ? "ok" : "bad";
            case n -> accepted ? "bad" : "ok";
            case i -> accepted ? "either-accepted" : "either-rejected";
        };
    }

    private static String symbol(Verdict.Outcome outcome) {
        return switch (outcome) {
            case accepted -> "accept";
            case rejected -> "reject";
            case crashed -> "CRASH";
            case timed_out -> "TIMEOUT";
            case no_verdict -> "none";
            case skipped -> "skip";
        };
    }

    private static void table(StringBuilder out, List<String[]> rows) {
        out.append("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
            String cell = r == 0 ? "th" : "td";
            out.append("<tr>");
            for (String value : rows.get(r)) {
                out.append('<').append(cell).append('>').append(escape(value)).append("</")
                        .append(cell).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
