package dev.jsonbench.bench.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.report.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formatting of the article table's cells (the end-to-end shape is in ReproduceArticleTest). */
class ArticleTableTest {

    @Test
    void ratiosAndSpeeds() {
        assertThat(ArticleTable.ratio(3738, 283)).isEqualTo("×13");
        assertThat(ArticleTable.ratio(2.4, 12.4)).isEqualTo("×0.19");
        assertThat(ArticleTable.ratio(22_100_000, 0)).isEqualTo("ratio n/a");
        assertThat(ArticleTable.speed(1.0)).isEqualTo("1.00×");
        assertThat(ArticleTable.speed(3.88)).isEqualTo("3.88× slower");
        assertThat(ArticleTable.speed(0.5)).isEqualTo("2.00× faster");
        assertThat(ArticleTable.perOp(537.00001)).isEqualTo("537");
        assertThat(ArticleTable.perOp(622.01629)).isEqualTo("622.02");
        assertThat(ArticleTable.perOp(3.2)).isEqualTo("3.20");
        assertThat(Figures.millis(1847)).isEqualTo("1,847");
        assertThat(Figures.millis(76.31)).isEqualTo("76.3");
        assertThat(Figures.mb(12.4)).isEqualTo("12.4 MB");
    }

    @Test
    void notesThatDifferOnlyInTheirNumbersAreMergedPerRun() {
        assertThat(ArticleTable.mergeRuns(List.of("GOGC=100", "CPU time 3620 ns (CLOCK_THREAD_CPUTIME_ID); rest waited",
                "CPU time 2237 ns (CLOCK_THREAD_CPUTIME_ID); rest waited", "model: owned")))
                .containsExactly("GOGC=100", "CPU time 3620 / 2237 ns (CLOCK_THREAD_CPUTIME_ID); rest waited (per run)", "model: owned");
    }
}
