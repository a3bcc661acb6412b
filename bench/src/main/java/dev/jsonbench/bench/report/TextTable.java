package dev.jsonbench.bench.report;

import java.util.List;

/**
 * The one table renderer: rows of cells (the first row the header) as aligned plain text or as markdown.
 * Figures are right-aligned; the first column, the header and text columns are left-aligned.
 */
public final class TextTable {

    /** How the columns after the first are aligned. */
    public enum Columns {
        /** Right-aligned, except those named text. */
        FIGURES,
        /** Left-aligned. */
        TEXT
    }

    /** Wider rules would wrap on a typical terminal. */
    static final int MAX_RULE = 120;

    private TextTable() {
    }

    /** Plain text: columns padded to their widest cell, a rule under the header. */
    public static String aligned(List<String[]> rows, Columns columns) {
        int count = rows.getFirst().length;
        int[] width = new int[count];
        for (String[] row : rows) {
            for (int c = 0; c < count; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < count; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(width[c] - row[c].length());
                boolean left = columns == Columns.TEXT || c == 0 || i == 0;
                line.append(left ? row[c] + pad : pad + row[c]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (i == 0) {
                int total = 2 * (count - 1);
                for (int w : width) {
                    total += w;
                }
                out.append("-".repeat(Math.min(total, MAX_RULE))).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Markdown: cells escaped ({@code |} and line breaks), figures right-aligned except the columns whose index is in
     * {@code textColumns}.
     */
    public static String markdown(List<String[]> rows, Columns columns, int... textColumns) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            out.append('|');
            for (String cell : row) {
                out.append(' ').append(escape(cell)).append(" |");
            }
            out.append('\n');
            if (i == 0) {
                out.append('|');
                for (int c = 0; c < row.length; c++) {
                    boolean left = columns == Columns.TEXT || c == 0 || contains(textColumns, c);
                    out.append(left ? " --- |" : " ---: |");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A cell's text made safe for a markdown table. */
    public static String escape(String cell) {
        return cell == null ? "" : cell.replace("|", "\\|").replace("\n", " ");
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
