package dev.jsonbench.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The work of a process follows the document's size, unless the user gives a count. */
class SizingTest {

    @Test
    void everyDocumentDecodesTheBytesOfTwentyThousandFixtureDecodes() {
        Sizing defaults = Sizing.defaults(false);
        assertThat(defaults.forDocument(Sizing.FIXTURE_BYTES)).isEqualTo(new Counts(20_000, 20_000, 5, 1000, 20_000));
        // 16 KiB: 48,880,000 / 16,384 = 2,983.4
        assertThat(defaults.forDocument(16 * 1024)).isEqualTo(new Counts(2983, 2983, 5, 149, 2983));
        // 4 MiB: 11.7 decodes, a counting window of the minimum
        assertThat(defaults.forDocument(4L << 20)).isEqualTo(new Counts(12, 12, 5, 3, 12));
        // never fewer than 5 decodes, however large the document
        assertThat(defaults.forDocument(1L << 30).iterations()).isEqualTo(Sizing.MIN_ITERATIONS);
    }

    @Test
    void countsTheUserGivesApplyToEveryDocumentAsGiven() {
        Sizing given = new Sizing(300, 100, 3, null, null, false);
        assertThat(given.forDocument(Sizing.FIXTURE_BYTES)).isEqualTo(new Counts(300, 100, 3, 300, 100));
        assertThat(given.forDocument(4L << 20)).isEqualTo(new Counts(300, 100, 3, 3, 100));
        assertThat(given.describe()).startsWith("300 decodes per timed loop; warm-up: 100 decodes");
    }

    @Test
    void quickIsASmokeTest() {
        assertThat(Sizing.defaults(true).forDocument(Sizing.FIXTURE_BYTES)).isEqualTo(new Counts(2000, 2000, 1, 1000, 2000));
    }

    @Test
    void aCountOutOfRangeNamesItsOption() {
        assertThatThrownBy(() -> new Sizing(0, null, null, null, null, false).forDocument(100))
                .hasMessage("--iterations must be at least 1, was 0");
    }
}
