package dev.jsonbench.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.bench.orchestra.RunRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line of a Go/Rust contestant and the parsing of a binary's {@code --list}. */
class ExternalContestantTest {

    static final String LIST = "[{\"runner\":\"serde-json-owned\",\"library\":\"serde_json\",\"library_version\":\"1.0.154\","
            + "\"modes\":[\"typed\",\"tree\"]},{\"runner\":\"serde-json-borrowed\",\"library\":\"serde_json\","
            + "\"library_version\":\"1.0.154\",\"modes\":[\"typed\"]}]";

    @Test
    void theCommandLineIsTheProtocols() {
        RunnerList.Entry entry = RunnerList.parse(LIST).getFirst();
        ExternalContestant c = new ExternalContestant(Path.of("/opt/runners/jsonbench-rust"), "rust", entry, "serde config");
        RunRequest request = RunRequest.timed("typed", Path.of("/tmp/fx/api-response.json"), 100_000, 100_000, "0228fb587cc8b600");

        assertThat(c.command(request)).containsExactly("/opt/runners/jsonbench-rust", "--runner", "serde-json-owned",
                "--fixture", "/tmp/fx/api-response.json", "--mode", "typed", "--iterations", "100000", "--warmup", "100000",
                "--expect-digest", "0228fb587cc8b600");
        assertThat(c.name()).isEqualTo("serde-json-owned");
        assertThat(c.language()).isEqualTo("rust");
        assertThat(c.library()).isEqualTo("serde_json");
        assertThat(c.libraryVersion()).isEqualTo("1.0.154");
        assertThat(c.configuration()).isEqualTo("serde config");
        assertThat(c.countsSeparately()).isFalse();
        assertThat(c.runtimeFlags(RunRequest.Kind.TIMED)).isEmpty();
        assertThat(c.modes()).containsExactly("typed", "tree");
        assertThat(c.unsupportedModes()).isEmpty();
    }

    @Test
    void aModeTheBinaryDoesNotListIsUnsupportedWithTheReason() {
        ExternalContestant c = new ExternalContestant(Path.of("/x/jsonbench-rust"), "rust", RunnerList.parse(LIST).get(1), "");
        assertThat(c.modes()).containsExactly("typed");
        assertThat(c.unsupportedModes()).containsOnlyKeys("tree");
        assertThat(c.unsupportedModes().get("tree")).isEqualTo("serde-json-borrowed has no tree mode (jsonbench-rust --list)");
    }

    @Test
    void itHasNoCountingRun() {
        ExternalContestant c = new ExternalContestant(Path.of("/x/bin"), "go", RunnerList.parse(LIST).getFirst(), "");
        assertThatThrownBy(() -> c.command(RunRequest.count("typed", Path.of("f.json"), 10, 10, "00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts allocations in its timed run");
    }

    @Test
    void listParsing() {
        List<RunnerList.Entry> entries = RunnerList.parse(LIST);
        assertThat(entries).containsExactly(
                new RunnerList.Entry("serde-json-owned", "serde_json", "1.0.154", List.of("typed", "tree")),
                new RunnerList.Entry("serde-json-borrowed", "serde_json", "1.0.154", List.of("typed")));
        assertThat(RunnerList.parse("[]")).isEmpty();
    }

    @Test
    void aBadListSaysWhatIsWrong() {
        assertThatThrownBy(() -> RunnerList.parse("garbage")).hasMessage("not JSON: 'garbage'");
        assertThatThrownBy(() -> RunnerList.parse("")).hasMessageContaining("nothing on stdout");
        assertThatThrownBy(() -> RunnerList.parse("{\"runner\":\"x\"}")).hasMessageStartingWith("not a JSON array");
        assertThatThrownBy(() -> RunnerList.parse("[] []")).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> RunnerList.parse("[{\"runner\":\"x\",\"library\":\"l\",\"modes\":[\"typed\"]}]"))
                .hasMessageContaining("lacks runner, library, library_version or modes");
        assertThatThrownBy(() -> RunnerList.parse("[{\"runner\":\"x\",\"library\":\"l\",\"library_version\":\"1\",\"modes\":[\"fast\"]}]"))
                .hasMessageContaining("unknown mode \"fast\"");
        assertThatThrownBy(() -> RunnerList.parse("[{\"runner\":\"x\",\"library\":\"l\",\"library_version\":\"1\",\"modes\":[]},"
                + "{\"runner\":\"x\",\"library\":\"l\",\"library_version\":\"1\",\"modes\":[]}]"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> RunnerList.parse("[{\"runner\":\"a b; rm\",\"library\":\"l\",\"library_version\":\"1\",\"modes\":[]}]"))
                .hasMessageContaining("not a plain name");
    }
}
