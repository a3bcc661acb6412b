package dev.jsonbench.bench.report.html;

import dev.jsonbench.bench.report.svg.Markup;
import java.util.List;

/** Tables of text cells in a box that scrolls sideways on a narrow screen, so that the page never does. */
final class Tables {

    private Tables() {
    }

    /**
     * A table whose first row is the header and whose first column names the row; the other columns are figures
     * (right-aligned) except those listed in {@code textColumns}. The legend, if any, follows the table's box (a
     * caption would scroll away with a wide table).
     */
    static void figures(Markup html, List<String[]> rows, String legend, int... textColumns) {
        html.open("div", "class", "table-wrap").open("table").open("thead").open("tr");
        String[] header = rows.getFirst();
        for (int c = 0; c < header.length; c++) {
            html.textElement("th", header[c], "scope", "col", "class", alignment(c, textColumns));
        }
        html.close("tr").close("thead").open("tbody");
        for (String[] row : rows.subList(1, rows.size())) {
            html.open("tr").textElement("th", row[0], "scope", "row");
            for (int c = 1; c < row.length; c++) {
                html.textElement("td", row[c], "class", alignment(c, textColumns));
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
        legend(html, legend);
    }

    /** How to read the table above, under its box. */
    static void legend(Markup html, String legend) {
        if (legend != null) {
            html.textElement("p", legend, "class", "legend");
        }
    }

    /** Name and value, one row each: what a record holds. */
    static void fields(Markup html, List<Field> fields) {
        html.open("div", "class", "table-wrap").open("table", "class", "fields").open("tbody");
        for (Field field : fields) {
            html.open("tr").textElement("th", field.name(), "scope", "row").open("td");
            if (field.code()) {
                // one unbreakable word per flag or path: a line may break between them, never inside "-Xlog:..."
                for (String word : field.value().split(" ")) {
                    html.textElement("code", word).text(" ");
                }
            } else {
                html.text(field.value());
            }
            html.close("td").close("tr");
        }
        html.close("tbody").close("table").close("div");
    }

    /**
     * One row of a fields table.
     *
     * @param code whether the value is words to type (flags, paths, a commit), shown as code and never broken inside a
     *             word
     */
    record Field(String name, String value, boolean code) {
    }

    private static String alignment(int column, int[] textColumns) {
        if (column == 0) {
            return "text";
        }
        for (int text : textColumns) {
            if (text == column) {
                return "text";
            }
        }
        return "num";
    }
}
