package dev.jsonbench.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTest {

    private final ResultsDocument document = ResultsWriterTest.document(
            ResultsWriterTest.result("slow", "ok"), ResultsWriterTest.result("broken", "wrong"));

    @Test
    void theTableHasTheWellKnownColumnsPlusNsAndBytesPerOp() {
        String table = Report.table(document);
        assertThat(table.lines().filter(l -> l.startsWith("Solution")).findFirst().orElseThrow())
                .contains("Time", "ns/op", "Peak Memory", "Allocations", "allocs/op", "bytes/op");
        assertThat(table).contains("slow (typed)").contains("2.0 ms (1.0-3.0)").contains("42,000").contains("4,096");
    }

    @Test
    void resultsThatAreNotOkAreListedOutsideTheRanking() {
        String table = Report.table(document);
        String ranking = table.substring(0, table.indexOf("Not ranked:"));
        assertThat(ranking).doesNotContain("broken");
        assertThat(table.substring(table.indexOf("Not ranked:"))).contains("broken typed: WRONG - because");
    }

    @Test
    void markdownAndCsvCarryEveryResult() {
        assertThat(Report.markdown(document)).contains("| slow (typed) |").contains("broken typed").contains("## Environment");
        String csv = Report.csv(document);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("fixture,runner,language");
        assertThat(csv).contains("api-response.json,slow,java,g:a,1.0,typed,ok,,1000,1000,2.000,1.000,3.000");
    }

    @Test
    void jsonFormatIsTheResultsDocument() throws Exception {
        String json = Report.render(document, Format.json);
        assertThat(ResultsWriter.JSON.readValue(json, ResultsDocument.class)).isEqualTo(document);
    }
}
