package dev.jsonbench.bench.cli;

/** How wide a table may be: the terminal's width ({@code COLUMNS}, which the launcher passes), else 120. */
final class Terminal {

    static final int DEFAULT_WIDTH = 120;

    private Terminal() {
    }

    /** {@code Integer.MAX_VALUE} with {@code --wide}, else the terminal's width. */
    static int width(boolean wide) {
        if (wide) {
            return Integer.MAX_VALUE;
        }
        try {
            String columns = System.getenv("COLUMNS");
            int width = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.strip());
            return width >= 40 ? width : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
