package dev.jsonbench.bench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.browser.HeadlessChromium.Look;
import dev.jsonbench.bench.browser.HeadlessChromium.Viewport;
import dev.jsonbench.bench.cli.JsonbenchCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jsonbench profile --backend jackson}, end to end, and its flame graph as a reader sees it: the adapter's own
 * allocation sites are in it, and the page draws every byte the profile counted. Screenshot:
 * target/screenshots/profile-flamegraph-jackson.png.
 */
class ProfileFlameGraphInBrowserTest {

    @AutoClose
    private static final HeadlessChromium browser = new HeadlessChromium();

    @TempDir
    static Path dir;

    private static String stdout;

    @BeforeAll
    static void profile() {
        HeadlessChromium.assumeInstalled();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JsonbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "profile",
                "--backend", "jackson", "--iterations", "1000", "--warmup", "2000", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        stdout = out.toString();
    }

    @Test
    void theCollapsedStacksHoldTheAdaptersAllocationSites() throws Exception {
        assertThat(Files.readAllLines(dir.resolve("alloc.collapsed")))
                .anySatisfy(stack -> assertThat(stack).contains(";dev.jsonbench.adapters.jackson."))
                .allSatisfy(stack -> assertThat(stack).matches(".+;.+ [0-9]+"));
        assertThat(Files.readString(dir.resolve("profile.md"))).contains("`alloc.html`", "`alloc.collapsed`");
        assertThat(stdout).contains("dev.jsonbench.adapters.jackson.");
    }

    @Test
    void theFlameGraphOpensAndDrawsTheAdapterFrames() throws Exception {
        HeadlessChromium.Page page = browser.visit(dir.resolve("alloc.html"), Viewport.DESKTOP, Look.LIGHT,
                "profile-flamegraph-jackson");

        assertThat(page.resources()).as("resources loaded besides the page").isEmpty();
        assertThat(browser.script("return document.querySelector('h1').textContent"))
                .isEqualTo("jackson typed, 1,000 decodes of api-response.json: bytes allocated (1 sample = 1 byte)");
        long total = collapsedTotal(dir.resolve("alloc.collapsed"));
        assertThat(((Number) browser.script("return levels[0][0].width")).longValue()).as("root frame: every byte").isEqualTo(total);
        assertThat(browser.script("return levels.flat().some(f => f.title.startsWith('dev.jsonbench.adapters.jackson.'))"))
                .isEqualTo(true);
    }

    private static long collapsedTotal(Path collapsed) throws Exception {
        return Files.readAllLines(collapsed).stream().mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
