package dev.jsonbench.bench.contestant.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.run.RunRequest;
import java.nio.file.Path;
import dev.jsonbench.bench.report.Work;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line of a Go/Rust contestant and the parsing of a binary's {@code --list}. */
class ExternalContestantTest {

    static final String LIST = "[{\"runner\":\"serde-json-owned\",\"library\":\"serde_json\",\"library_version\":\"1.0.154\","
            + "\"configuration\":\"serde config\",\"default_run\":true,\"modes\":[\"typed\",\"tree\"]},{\"runner\":\"serde-json-borrowed\",\"library\":\"serde_json\","
            + "\"library_version\":\"1.0.154\",\"modes\":[\"typed\"]}]";

    /** A Rust build: a binary that times and one that counts. */
    static final RunnerBinary RUST = new RunnerBinary("rust", Language.rust, "cargo", "install Rust", Path.of("/opt/runners"),
            Path.of("/opt/runners/jsonbench-rust"), Path.of("/opt/runners/jsonbench-rust-count"), List.of("build"), Map.of(),
            List.of("src/**"), List.of(), RunnerList.parse(LIST));

    @Test
    void theCommandLineIsTheProtocols() {
        RunnerListing entry = RunnerList.parse(LIST).getFirst();
        ExternalContestant c = new ExternalContestant(RUST, entry, null);
        RunRequest request = RunRequest.timed(Mode.typed, Path.of("/tmp/fx/api-response.json"), 100_000, 100_000, "0228fb587cc8b600");

        assertThat(c.command(request)).containsExactly("/opt/runners/jsonbench-rust", "--runner", "serde-json-owned",
                "--fixture", "/tmp/fx/api-response.json", "--mode", "typed", "--iterations", "100000", "--warmup", "100000",
                "--expect-digest", "0228fb587cc8b600");
        assertThat(c.name()).isEqualTo("serde-json-owned");
        assertThat(c.language()).isEqualTo(Language.rust);
        assertThat(c.library()).isEqualTo("serde_json");
        assertThat(c.libraryVersion()).isEqualTo("1.0.154");
        assertThat(c.configuration()).isEqualTo("serde config");
        assertThat(c.work()).isEqualTo(Work.library_defaults);
        assertThat(c.countsSeparately()).isTrue();
        assertThat(c.runtimeFlags(Measure.time)).isEmpty();
        assertThat(c.modes()).containsExactly(Mode.typed, Mode.tree);
        assertThat(c.unsupportedModes()).isEmpty();
    }

    @Test
    void aCountRunGoesToTheCountingBinaryWithTheCopiesToRetain() {
        ExternalContestant c = new ExternalContestant(RUST, RunnerList.parse(LIST).getFirst(), null);
        assertThat(c.command(RunRequest.count(Mode.tree, Path.of("/f.json"), 10, 20, "0228fb587cc8b600", 7)))
                .containsExactly("/opt/runners/jsonbench-rust-count", "--runner", "serde-json-owned", "--fixture", "/f.json",
                        "--mode", "tree", "--iterations", "10", "--warmup", "20", "--expect-digest", "0228fb587cc8b600",
                        "--measure", "count", "--retain-copies", "7");
    }

    @Test
    void aModeTheBinaryDoesNotListIsUnsupportedWithTheReason() {
        ExternalContestant c = new ExternalContestant(RUST, RunnerList.parse(LIST).get(1), null);
        assertThat(c.modes()).containsExactly(Mode.typed);
        assertThat(c.unsupportedModes()).containsOnlyKeys(Mode.tree);
        assertThat(c.unsupportedModes().get(Mode.tree)).isEqualTo("serde-json-borrowed has no tree mode (jsonbench-rust --list)");
    }

    @Test
    void itHasNoAllocationProfile() {
        ExternalContestant c = new ExternalContestant(RUST, RunnerList.parse(LIST).getFirst(), null);
        assertThatThrownBy(() -> c.command(RunRequest.profile(Mode.typed, Path.of("f.json"), 10, 10, "00", Path.of("p.jfr"), 8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only the Java forks");
    }

    @Test
    void listParsing() {
        List<RunnerListing> entries = RunnerList.parse(LIST);
        assertThat(entries).containsExactly(
                new RunnerListing("serde-json-owned", "serde_json", "1.0.154", List.of(Mode.typed, Mode.tree), "serde config",
                        true, null),
                new RunnerListing("serde-json-borrowed", "serde_json", "1.0.154", List.of(Mode.typed), null, false, null));
        assertThat(RunnerList.parse("[]")).isEmpty();
    }

    @Test
    void aBadListSaysWhatIsWrong() {
        assertThatThrownBy(() -> RunnerList.parse("garbage")).hasMessage("not a JSON array of runners: 'garbage'");
        assertThatThrownBy(() -> RunnerList.parse("")).hasMessageContaining("nothing on stdout");
        assertThatThrownBy(() -> RunnerList.parse("{\"runner\":\"x\"}")).hasMessageStartingWith("not a JSON array");
        assertThatThrownBy(() -> RunnerList.parse("[] []")).hasMessageStartingWith("not a JSON array");
        assertThatThrownBy(() -> RunnerList.parse("[{\"runner\":\"x\",\"library\":\"l\",\"modes\":[\"typed\"]}]"))
                .hasMessageContaining("lacks runner, library or library_version");
        assertThatThrownBy(() -> RunnerList.parse("[{\"runner\":\"x\",\"library\":\"l\",\"library_version\":\"1\",\"modes\":[\"fast\"]}]"))
                .hasMessageStartingWith("not a JSON array of runners");
        assertThatThrownBy(() -> RunnerList.parse("[{\"runner\":\"x\",\"library\":\"l\",\"library_version\":\"1\",\"modes\":[]},"
                + "{\"runner\":\"x\",\"library\":\"l\",\"library_version\":\"1\",\"modes\":[]}]"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> RunnerList.parse("[{\"runner\":\"a b; rm\",\"library\":\"l\",\"library_version\":\"1\",\"modes\":[]}]"))
                .hasMessageContaining("not a plain name");
    }
}
