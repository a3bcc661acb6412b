package dev.jsonbench.bench.jfr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.browser.HeadlessChromium;
import dev.jsonbench.bench.browser.HeadlessChromium.Look;
import dev.jsonbench.bench.browser.HeadlessChromium.Viewport;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flame graphs of real Jackson tree decodes as a reader sees them: screenshots in
 * target/screenshots/flamegraph-*.png.
 */
class FlameGraphsInBrowserTest {

    @AutoClose
    private static final HeadlessChromium browser = new HeadlessChromium();

    @TempDir
    static Path dir;

    private static FlameGraphs.Written jackson;
    private static FlameGraphs.Written jacksonLarger;

    @BeforeEach
    void recordOnce() throws Exception {
        HeadlessChromium.assumeInstalled();
        if (jacksonLarger == null) {
            jackson = profile("api-response.json");
            jacksonLarger = profile("8000");
        }
    }

    /** Jackson tree decodes of the fixture, or of a generated document of at least {@code document} bytes. */
    private static FlameGraphs.Written profile(String document) throws Exception {
        Path jfr = dir.resolve(document + ".jfr");
        String[] out = document.endsWith(".json")
                ? Forks.countingJvm(DecodeProbeMain.class, "jackson", "3000", "200", jfr.toString())
                : Forks.countingJvm(DecodeProbeMain.class, "jackson", "3000", "200", jfr.toString(), document);
        return FlameGraphs.write(jfr, Long.parseLong(out[2]), dir.resolve(document), "jackson tree, 200 decodes of " + document);
    }

    @Test
    void theFlameGraphDrawsEveryByteOfTheProfileWithoutErrors() throws Exception {
        HeadlessChromium.Page page = browser.visit(jackson.bytes().html(), Viewport.DESKTOP, Look.LIGHT, "flamegraph-jackson-bytes");

        assertThat(page.resources()).as("resources loaded besides the page").isEmpty();
        assertThat(browser.script("return document.querySelector('h1').textContent"))
                .isEqualTo("jackson tree, 200 decodes of api-response.json: bytes allocated (1 sample = 1 byte)");
        assertThat(((Number) browser.script("return levels[0][0].width")).longValue()).as("root frame: all bytes")
                .isEqualTo(jackson.bytes().total());
        assertThat(((Number) browser.script("return levels.length")).longValue()).as("stack depth drawn").isGreaterThan(5);
        assertThat(((Number) browser.script("return document.getElementById('canvas').height")).longValue()).isPositive();
    }

    @Test
    void objectsAndTheDarkSchemeRenderToo() throws Exception {
        browser.visit(jackson.objects().html(), Viewport.DESKTOP, Look.DARK, "flamegraph-jackson-objects-dark");

        assertThat(browser.script("return document.documentElement.classList.contains('dark')")).isEqualTo(true);
        assertThat(((Number) browser.script("return levels[0][0].width")).longValue()).isEqualTo(jackson.objects().total());
    }

    @Test
    void aDiffColoursTheStacksThatAllocateMoreOnALargerDocument() throws Exception {
        Path diff = FlameGraphs.diff(jackson.bytes().collapsed(), jacksonLarger.bytes().collapsed(),
                dir.resolve("diff.html"), "jackson tree: 8 KB document against api-response.json, bytes allocated");

        browser.visit(diff, Viewport.DESKTOP, Look.LIGHT, "flamegraph-diff-larger-document");

        assertThat(((Number) browser.script("return maxdiff")).longValue()).as("largest change of one stack").isPositive();
        assertThat(((Number) browser.script("return levels[0][0].width")).longValue()).isEqualTo(jacksonLarger.bytes().total());
        assertThat(jacksonLarger.bytes().total()).isGreaterThan(jackson.bytes().total());
    }
}
