package dev.jsonbench.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static final List<String[]> ROWS = List.of(
            new String[]{"Name", "Library", "Configuration"},
            new String[]{"a", "com.example:a-rather-long-artifact-name", "one line of configuration that goes on and on"});

    @Test
    void aTableWiderThanTheLimitCutsItsWidestColumnsWithAnEllipsis() {
        String table = TextTable.aligned(ROWS, TextTable.Columns.TEXT, 60);
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(table).contains("…").startsWith("Name  ");
        assertThat(TextTable.aligned(ROWS, TextTable.Columns.TEXT)).contains("goes on and on").doesNotContain("…");
    }

    @Test
    void columnsAreNeverCutBelowTheirMinimum() {
        String table = TextTable.aligned(ROWS, TextTable.Columns.TEXT, 10);
        assertThat(table.lines().skip(2).findFirst().orElseThrow().split(" {2,}")[1]).hasSize(TextTable.MIN_CUT);
    }

    @Test
    void wrapBreaksBetweenWordsWithAHangingIndent() {
        assertThat(TextTable.wrap("one two three four five", 13, "  ", "    "))
                .isEqualTo("  one two\n    three\n    four five\n");
        assertThat(TextTable.wrap("averyveryverylongword end", 10, "", "  ")).isEqualTo("averyveryverylongword\n  end\n");
    }
}
