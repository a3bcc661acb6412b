package dev.jsonbench.bench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.browser.HeadlessChromium;
import dev.jsonbench.bench.browser.HeadlessChromium.Look;
import dev.jsonbench.bench.browser.HeadlessChromium.Viewport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html of a realistic run as a reader sees it, on a desktop in both schemes, on a phone and in print:
 * screenshots in target/screenshots/report-*.png.
 */
class ReportInBrowserTest {

    @AutoClose
    private static final HeadlessChromium browser = new HeadlessChromium();

    @TempDir
    static Path dir;

    private static Path page;

    @BeforeAll
    static void writePage() throws Exception {
        page = Files.writeString(dir.resolve("report.html"), HtmlReport.render(SampleReport.realistic()));
    }

    @Test
    void onADesktopEveryChartIsDrawnAndNothingIsLoaded() throws Exception {
        HeadlessChromium.Page desktop = browser.visit(page, Viewport.DESKTOP, Look.LIGHT, "report-desktop-light");

        assertThat(desktop.resources()).as("resources loaded besides the page").isEmpty();
        assertThat(browser.boxes("figure svg")).as("charts: 8 per document and mode, 2 of throughput").hasSize(34)
                .allSatisfy(chart -> {
                    assertThat(chart.width()).as("width").isGreaterThan(400);
                    assertThat(chart.height()).as("height").isPositive();
                });
        assertThat(browser.script("return getComputedStyle(document.querySelector('.charts')).gridTemplateColumns.split(' ').length"))
                .as("charts side by side").isEqualTo(2L);
        assertThat(browser.script("return document.querySelectorAll('table.ranking tbody tr').length")).isEqualTo(24L);
    }

    @Test
    void theDarkSchemeTurnsThePageDarkAndKeepsEachLibrarysColour() throws Exception {
        browser.visit(page, Viewport.DESKTOP, Look.DARK, "report-desktop-dark");

        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(22, 22, 22)");
        assertThat(browser.script("return getComputedStyle(document.querySelector('h1')).color")).isEqualTo("rgb(230, 230, 230)");
        assertThat(browser.script("return getComputedStyle(document.querySelector('figure svg text')).fill"))
                .isEqualTo("rgb(230, 230, 230)");
        Object swatch = browser.script("return [...document.querySelectorAll('table.ranking th')]"
                + ".find(th => th.textContent.startsWith('dsljson')).querySelector('.swatch').style.background");
        assertThat(String.valueOf(swatch)).startsWith("var(--jb-c0");
        assertThat(browser.script("return getComputedStyle([...document.querySelectorAll('table.ranking th')]"
                + ".find(th => th.textContent.startsWith('dsljson')).querySelector('.swatch')).backgroundColor"))
                .isEqualTo("rgb(0, 114, 178)");
    }

    @Test
    void onAPhoneThePageNeverScrollsSidewaysAndTheChartsFitTheScreen() throws Exception {
        browser.visit(page, Viewport.PHONE, Look.LIGHT, "report-phone-light");

        assertThat(browser.script("return document.documentElement.scrollWidth")).as("no horizontal scrolling").isEqualTo(390L);
        Number chart = (Number) browser.script("return document.querySelector('figure svg').getBoundingClientRect().width");
        Number main = (Number) browser.script("return document.querySelector('main').clientWidth");
        assertThat(chart.doubleValue()).as("a chart takes the width of the page").isEqualTo(main.doubleValue() - 2 * 12);
        assertThat(browser.script("return getComputedStyle(document.querySelector('.charts')).gridTemplateColumns.split(' ').length"))
                .as("one chart a row").isEqualTo(1L);
        assertThat(browser.script("return [...document.querySelectorAll('.table-wrap')].some(w => w.scrollWidth > w.clientWidth)"))
                .as("wide tables scroll inside their box").isEqualTo(true);
    }

    @Test
    void inPrintThePageIsLightWithoutNavigationAndTwoChartsARow() throws Exception {
        browser.visit(page, Viewport.DESKTOP, Look.PRINT, "report-print");

        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(255, 255, 255)");
        assertThat(browser.script("return getComputedStyle(document.querySelector('nav')).display")).isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.querySelector('figure')).breakInside")).isEqualTo("avoid");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.charts')).gridTemplateColumns.split(' ').length"))
                .isEqualTo(2L);
    }
}
