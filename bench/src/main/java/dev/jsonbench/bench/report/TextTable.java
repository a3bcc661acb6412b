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
    /** A column is never cut below this many characters. */
    static final int MIN_CUT = 12;

    private TextTable() {
    }

    /** Plain text: columns padded to their widest cell, a rule under the header; no width limit. */
    public static String aligned(List<String[]> rows, Columns columns) {
        return aligned(rows, columns, Integer.MAX_VALUE);
    }

    /**
     * Plain text at most {@code maxWidth} columns wide where it can be: the widest columns after the first are cut, their
     * cells ending in "…", down to {@value #MIN_CUT} characters each.
     */
    public static String aligned(List<String[]> rows, Columns columns, int maxWidth) {
        int count = rows.getFirst().length;
        int[] width = new int[count];
        for (String[] row : rows) {
            for (int c = 0; c < count; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        fit(width, maxWidth);
        rows = rows.stream().map(row -> cut(row, width)).toList();
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
                out.append("-".repeat(Math.min(total(width), MAX_RULE))).append('\n');
            }
        }
        return out.toString();
    }

    /** Narrows the widest columns (never the first) until the row fits {@code maxWidth}, or none can narrow further. */
    private static void fit(int[] width, int maxWidth) {
        while (total(width) > maxWidth) {
            int widest = -1;
            for (int c = 1; c < width.length; c++) {
                if (width[c] > MIN_CUT && (widest < 0 || width[c] > width[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return;
            }
            width[widest] = Math.max(MIN_CUT, width[widest] - (total(width) - maxWidth));
        }
    }

    private static int total(int[] width) {
        int total = 2 * (width.length - 1);
        for (int w : width) {
            total += w;
        }
        return total;
    }

    private static String[] cut(String[] row, int[] width) {
        String[] out = row.clone();
        for (int c = 0; c < out.length; c++) {
            if (out[c].length() > width[c]) {
                out[c] = out[c].substring(0, width[c] - 1) + "…";
            }
        }
        return out;
    }

    /**
     * {@code text} broken between words into lines of at most {@code width} characters (a longer word stands alone):
     * the first line after {@code indent}, the others after {@code hanging}.
     */
    public static String wrap(String text, int width, String indent, String hanging) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(hanging);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        return out.append(line).append('\n').toString();
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
