package dev.jsonbench.bench.report.svg;

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

/** The sample page of charts as a reader sees it: screenshots in target/screenshots/charts-*.png. */
class ChartsInBrowserTest {

    @AutoClose
    private static final HeadlessChromium browser = new HeadlessChromium();

    @TempDir
    static Path dir;

    private static Path page;

    @BeforeAll
    static void writePage() throws Exception {
        page = Files.writeString(dir.resolve("charts.html"), SampleCharts.page());
    }

    @Test
    void rendersEveryChartSelfContainedWithoutErrors() throws Exception {
        HeadlessChromium.Page desktop = browser.visit(page, Viewport.DESKTOP, Look.LIGHT, "charts-desktop-light");

        assertThat(desktop.resources()).as("resources loaded besides the page").isEmpty();
        assertThat(desktop.screenshot()).isNotEmptyFile();
        assertThat(browser.boxes("svg.jb-chart")).as("charts on the page").hasSize(10).allSatisfy(chart -> {
            assertThat(chart.width()).as("width").isEqualTo(640.0);
            assertThat(chart.height()).as("height").isPositive();
        });
        assertThat(browser.script("return document.querySelectorAll('script').length")).isEqualTo(0L);
        assertThat(browser.script("return document.title")).isEqualTo("jsonbench charts");
    }

    @Test
    void darkSchemeTurnsTextLightAndKeepsTheLibraryColours() throws Exception {
        browser.visit(page, Viewport.DESKTOP, Look.DARK, "charts-desktop-dark");

        assertThat(browser.script("return getComputedStyle(document.querySelector('svg.jb-chart text')).fill"))
                .isEqualTo("rgb(230, 230, 230)");
        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(22, 22, 22)");
        assertThat(browser.script("return getComputedStyle(document.querySelector('svg.jb-chart rect')).fill"))
                .as("first bar: sonic-rs, slot 0").isEqualTo("rgb(0, 114, 178)");
    }

    @Test
    void printStaysLightAndAPhoneScalesTheChartsToItsWidth() throws Exception {
        browser.visit(page, Viewport.DESKTOP, Look.PRINT, "charts-print");
        assertThat(browser.script("return getComputedStyle(document.querySelector('svg.jb-chart text')).fill"))
                .isEqualTo("rgb(26, 26, 26)");

        browser.visit(page, Viewport.PHONE, Look.LIGHT, "charts-phone-light");
        Number width = (Number) browser.script("return document.querySelector('svg.jb-chart').getBoundingClientRect().width");
        assertThat(width.doubleValue()).as("chart width on a 390 px phone").isEqualTo(390 - 2 * 16.0);
        assertThat(browser.script("return document.documentElement.scrollWidth")).as("no horizontal scrolling").isEqualTo(390L);
    }
}
