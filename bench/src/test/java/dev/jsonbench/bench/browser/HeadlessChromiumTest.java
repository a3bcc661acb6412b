package dev.jsonbench.bench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.bench.browser.HeadlessChromium.Look;
import dev.jsonbench.bench.browser.HeadlessChromium.Viewport;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: it must catch what a reader would see go wrong. */
class HeadlessChromiumTest {

    @AutoClose
    private static final HeadlessChromium browser = new HeadlessChromium();

    @TempDir
    Path dir;

    @Test
    void aCleanPageLoadsNothingElseAndIsScreenshotWhole() throws Exception {
        Path page = Files.writeString(dir.resolve("clean.html"),
                "<!DOCTYPE html><html><body style='margin:0'><div style='height:2000px;background:#0072B2'></div></body></html>");

        HeadlessChromium.Page loaded = browser.visit(page, Viewport.DESKTOP, Look.LIGHT, "harness-clean");

        assertThat(loaded.resources()).isEmpty();
        assertThat(loaded.height()).isEqualTo(2000);
        byte[] png = Files.readAllBytes(loaded.screenshot());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(ByteBuffer.wrap(png, 16, 8).getInt()).as("width").isEqualTo(1280);
        assertThat(ByteBuffer.wrap(png, 16, 8).getInt(20)).as("height: the whole page").isEqualTo(2000);
    }

    @Test
    void aScriptErrorFailsTheVisitAfterTheScreenshot() throws Exception {
        Path page = Files.writeString(dir.resolve("broken.html"),
                "<!DOCTYPE html><html><body><p>x</p><script>throw new Error('boom in the page')</script></body></html>");

        assertThatThrownBy(() -> browser.visit(page, Viewport.PHONE, Look.DARK, "harness-script-error"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 console error(s)")
                .hasMessageContaining("boom in the page");
        assertThat(HeadlessChromium.SCREENSHOTS.resolve("harness-script-error.png")).isNotEmptyFile();
    }

    @Test
    void aResourceThatFailsToLoadFailsTheVisit() throws Exception {
        Path page = Files.writeString(dir.resolve("missing.html"),
                "<!DOCTYPE html><html><body><img src='no-such-image.png' alt='x'></body></html>");

        assertThatThrownBy(() -> browser.visit(page, Viewport.DESKTOP, Look.LIGHT, "harness-missing-resource"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no-such-image.png")
                .hasMessageContaining("ERR_FILE_NOT_FOUND");
    }

    @Test
    void theDarkSchemeIsWhatThePageSees() throws Exception {
        Path page = Files.writeString(dir.resolve("scheme.html"), "<!DOCTYPE html><html><body></body></html>");

        browser.visit(page, Viewport.DESKTOP, Look.DARK, "harness-dark");
        assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
        browser.visit(page, Viewport.DESKTOP, Look.PRINT, "harness-print");
        assertThat(browser.script("return matchMedia('print').matches")).isEqualTo(true);
        assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(false);
    }
}
