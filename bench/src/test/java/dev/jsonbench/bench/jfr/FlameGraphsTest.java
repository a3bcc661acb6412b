package dev.jsonbench.bench.jfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flame graphs from real recordings, made in forked JVMs with -XX:-UseTLAB as {@code jsonbench profile} makes them. */
class FlameGraphsTest {

    private static final String PROBE = AllocationProbeMain.class.getName();

    @TempDir
    Path dir;

    @Test
    void collapsedStacksHoldExactlyTheWindowsAllocationsOfTheBenchmarkThread() throws Exception {
        Path jfr = dir.resolve("probe.jfr");
        String[] out = Forks.countingJvm(AllocationProbeMain.class, "escaping", "20000", "1000", "stacks", jfr.toString());
        assertThat(out[4]).as("count verified").isEqualTo("true");

        FlameGraphs.Written written = FlameGraphs.write(jfr, Long.parseLong(out[6]), dir.resolve("graphs"), "probe");

        // Ten 32-byte Pairs per op and nothing else: not warm-up, not JFR's threads, not the recording's stop.
        assertThat(written.bytes().total()).isEqualTo(320_000);
        assertThat(written.objects().total()).isEqualTo(10_000);
        assertThat(written.bytes().collapsed()).hasFileName("alloc.collapsed");
        assertThat(written.objects().collapsed()).hasFileName("alloc-objects.collapsed");
        for (Path collapsed : List.of(written.bytes().collapsed(), written.objects().collapsed())) {
            // Frames root first, each with the converter's type suffix; the allocated class last.
            assertThat(Files.readAllLines(collapsed)).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .matches(quote(PROBE) + "\\.main_\\[.].*;" + quote(PROBE) + "\\.escaping_\\[.];"
                            + quote(PROBE) + "\\.escapingOp_\\[.];" + quote(PROBE) + "\\$Pair_\\[k] \\d+"));
        }
    }

    @Test
    void pagesAreTheConvertersSelfContainedFlameGraphWithAnEscapedTitle() throws Exception {
        Path jfr = dir.resolve("probe.jfr");
        String[] out = Forks.countingJvm(AllocationProbeMain.class, "escaping", "20000", "200", "stacks", jfr.toString());

        FlameGraphs.Written written = FlameGraphs.write(jfr, Long.parseLong(out[6]), dir, "<b>probe</b> & \"pairs\"");

        assertThat(written.bytes().html()).hasFileName("alloc.html");
        assertThat(written.objects().html()).hasFileName("alloc-objects.html");
        String bytes = Files.readString(written.bytes().html());
        assertThat(bytes).startsWith("<!DOCTYPE html>")
                .contains("<h1>&lt;b&gt;probe&lt;/b&gt; &amp; &quot;pairs&quot;: bytes allocated (1 sample = 1 byte)</h1>")
                .doesNotContain("<b>probe</b>")
                .doesNotContainPattern("(src|href)=['\"]?(https?:)?//[^'\"]*\\.(js|css)");
        assertThat(Files.readString(written.objects().html())).contains(": objects allocated (1 sample = 1 object)</h1>");
    }

    @Test
    void aRealDecodeShowsTheLibraryFramesAndAddsUpToTheCount() throws Exception {
        Path jfr = dir.resolve("jackson.jfr");
        String[] out = Forks.countingJvm(DecodeProbeMain.class, "jackson", "3000", "200", jfr.toString());

        FlameGraphs.Written written = FlameGraphs.write(jfr, Long.parseLong(out[2]), dir, "jackson tree");

        assertThat(written.objects().total()).as("objects").isEqualTo(Long.parseLong(out[0]));
        assertThat(written.bytes().total()).as("bytes").isEqualTo(Long.parseLong(out[1]));
        String collapsed = Files.readString(written.bytes().collapsed());
        assertThat(collapsed).contains(";dev.jsonbench.adapters.jackson.JacksonDecoder.decodeTree_[",
                ";com.fasterxml.jackson.core.json.UTF8StreamJsonParser.nextToken_[", ";java.util.LinkedHashMap_[k] ");
    }

    @Test
    void aDiffColoursTheCurrentGraphByItsChangeAgainstTheBase() throws IOException {
        Path base = Files.writeString(dir.resolve("base.collapsed"), "main;parse;String_[k] 100\nmain;parse;ArrayList_[k] 50\n");
        Path current = Files.writeString(dir.resolve("current.collapsed"), "main;parse;String_[k] 160\nmain;parse;HashMap_[k] 30\n");

        Path html = FlameGraphs.diff(base, current, dir.resolve("diff.html"), "current vs base");

        String page = Files.readString(html);
        assertThat(page).contains("<h1>current vs base</h1>", "const maxdiff = 60;", "d=U", "HashMap", "String")
                .doesNotContain("ArrayList");
    }

    @Test
    void aRecordingWithoutTheMeasuredWindowIsRefusedWithTheReason() throws IOException {
        Path jfr = dir.resolve("empty.jfr");
        try (Recording recording = new Recording()) {
            recording.start();
            recording.stop();
            recording.dump(jfr);
        }
        assertThatThrownBy(() -> FlameGraphs.write(jfr, 1, dir, "empty"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no measured window of thread 1")
                .hasMessageContaining("begin and one end marker");
    }

    private static String quote(String className) {
        return className.replace(".", "\\.").replace("$", "\\$");
    }

    @Test
    void totalsAddTheLastFieldOfEveryLine() throws IOException {
        Path collapsed = Files.writeString(dir.resolve("x.collapsed"), "a;b 3\na;b c 4\n\na 10\n");
        assertThat(FlameGraphs.total(collapsed)).isEqualTo(17);
    }
}
