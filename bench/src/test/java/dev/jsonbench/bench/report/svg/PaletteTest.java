package dev.jsonbench.bench.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void aKeyKeepsItsSlotWhateverComesAfterIt() {
        Palette palette = new Palette(List.of("jackson", "gson"));
        String jackson = palette.colour("jackson");

        palette.colour("dsljson");
        palette.colour("simdjson");

        assertThat(palette.colour("jackson")).isEqualTo(jackson).isEqualTo("var(--jb-c0,#0072B2)");
        assertThat(palette.slot("dsljson")).isEqualTo(2);
        assertThat(palette.keys()).containsExactly("jackson", "gson", "dsljson", "simdjson");
        assertThat(new Palette(List.of("jackson", "gson")).colour("gson")).isEqualTo(palette.colour("gson"));
    }

    @Test
    void theFirstEightKeysGetEightColoursAndSixteenKeysSixteenLooks() {
        Palette palette = new Palette();
        Set<String> colours = new HashSet<>();
        Set<String> bars = new HashSet<>();
        Set<String> lines = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            if (i < 8) {
                colours.add(palette.colour("k" + i));
            }
            bars.add(palette.areaStyle("k" + i));
            lines.add(palette.lineStyle("k" + i));
        }
        assertThat(colours).hasSize(8);
        assertThat(bars).hasSize(16);
        assertThat(lines).hasSize(16);
        assertThat(palette.colour("k8")).isEqualTo(palette.colour("k0"));
        assertThat(palette.areaStyle("k8")).contains("fill-opacity");
        assertThat(palette.lineStyle("k8")).contains("stroke-dasharray");
    }

    @Test
    void fortyKeysHaveFortyDistinctColourAndMarkerPairsInLineCharts() {
        Palette palette = new Palette();
        Set<String> looks = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            looks.add(palette.colour("k" + i) + palette.marker("k" + i));
        }
        assertThat(looks).hasSize(40);
    }

    @Test
    void theStylesheetDefinesLightAndScreenOnlyDarkSchemes() {
        String css = Palette.css();

        assertThat(css).startsWith(":root{--jb-fg:#1a1a1a;").contains("--jb-c0:#0072B2", "--jb-c6:#000000", "--jb-c7:#F0E442");
        String dark = css.substring(css.indexOf("@media screen and (prefers-color-scheme: dark)"));
        assertThat(dark).contains("--jb-fg:#e6e6e6", "--jb-bg:#161616", "--jb-c6:#D9D9D9", "--jb-c0:#0072B2");
        assertThat(css).doesNotContain("url(", "@import");
    }

    @Test
    void markersAreClosedPathsAroundTheirPoint() {
        for (Palette.Marker marker : Palette.Marker.values()) {
            assertThat(marker.path(100, 50, 4)).as(marker.name()).startsWith("M").endsWith("Z");
        }
        assertThat(Palette.Marker.SQUARE.path(100, 50, 4)).isEqualTo("M103.39 53.39L96.61 53.39L96.61 46.61L103.39 46.61Z");
    }
}
