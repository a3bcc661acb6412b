package dev.jsonbench.bench.report.html;

import java.util.List;

/**
 * Published figures set beside the measured ones (what {@code reproduce article} adds to a report).
 *
 * @param heading what the table is, e.g. "The article's table, measured"
 * @param intro   lines before the table: whose claims, on what machine, how to read a cell
 * @param rows    the table, its header first; each cell as the command renders it for markdown too
 */
public record ClaimsTable(String heading, List<String> intro, List<String[]> rows) {

    public ClaimsTable {
        intro = List.copyOf(intro);
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a claims table needs at least its header");
        }
    }
}
