package dev.jsonbench.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Status;
import org.junit.jupiter.api.Test;

class ReportTest {

    private final ResultsDocument document = SampleResults.document(
            SampleResults.result("slow", Status.ok), SampleResults.result("broken", Status.wrong));

    @Test
    void theTablesRankByTimeWithIntervalsAndShowMemoryAndAllocations() {
        String table = TableReport.render(document);
        assertThat(table.lines().filter(l -> l.startsWith("Rank")).findFirst().orElseThrow())
                .contains("Solution", "ns/op", "interval", "vs reference", "MB/s", "Work");
        assertThat(table.lines().filter(l -> l.startsWith("Solution")).findFirst().orElseThrow())
                .contains("allocs/op", "bytes/op", "retained", "runtime RSS", "peak RSS", "min heap", "fair heap ns/op");
        assertThat(table).contains("1,000 decodes of api-response.json (2,444 B), warm-up 1,000, median of 3 runs with 75% "
                        + "intervals; ranked by wall time against the fastest")
                .containsPattern("1 +slow \\(typed\\) +2,000 +1,000-3,000 +reference +1,222.0 +strict adapter")
                .containsPattern("slow \\(typed\\) +42 +4,096 +2.9 KiB +57.2 MiB +95.4 MiB +8.0 MiB +2,500 +66.8 MiB");
    }

    @Test
    void resultsThatAreNotOkAreListedOutsideTheRanking() {
        String table = TableReport.render(document);
        String ranking = table.substring(0, table.indexOf("Not ranked:"));
        assertThat(ranking).doesNotContain("broken");
        assertThat(table.substring(table.indexOf("Not ranked:"))).contains("broken typed: WRONG - because");
    }

    @Test
    void markdownAndCsvCarryEveryResult() {
        assertThat(MarkdownReport.render(document)).contains("| slow (typed) |").contains("broken typed")
                .contains("## Environment").contains("| cpu_model | test cpu |").contains("| runs | 3 |");
        String csv = CsvReport.render(document);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("fixture,runner,language");
        assertThat(csv).contains("api-response.json,slow,java,g:a,1.0,typed,ok,,1000,1000,2.000,1.000,3.000");
    }

    @Test
    void jsonFormatIsTheResultsDocument() throws Exception {
        assertThat(ResultsJson.parse(ReportFormat.json.render(document))).isEqualTo(document);
    }

    @Test
    void markdownCellsAreEscaped() {
        String table = TextTable.markdown(java.util.List.of(new String[]{"a", "b"}, new String[]{"x|y", "1\n2"}),
                TextTable.Columns.FIGURES);
        assertThat(table).isEqualTo("| a | b |\n| --- | ---: |\n| x\\|y | 1 2 |\n");
    }
}
