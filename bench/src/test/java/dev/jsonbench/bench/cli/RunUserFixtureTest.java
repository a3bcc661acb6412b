package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.fixtures.Digest;
import dev.jsonbench.bench.protocol.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --fixture FILE}: a user's document that is not the fixture model runs in tree mode only. */
class RunUserFixtureTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentOfAnotherShapeIsMeasuredAsATreeAndTypedIsSkipped() throws Exception {
        Path file = dir.resolve("geo.json");
        Files.writeString(file, "{\"type\": \"Point\", \"coordinates\": [102.0, 0.5], \"id\": 7}");
        Path out = dir.resolve("out");
        Cli.Outcome outcome = Cli.run("run", "--backends", "testref", "--fixture", file.toString(),
                "--iterations", "300", "--warmup", "300", "--runs", "1", "--out", out.toString(), "--format", "csv");
        assertThat(outcome.code()).as(outcome.err()).isZero();

        ResultsDocument document = ResultsJson.read(out.resolve("results.json"));
        String expected = Digest.hex(Digest.ofTree(Map.of("type", "Point", "coordinates", List.of(102.0, 0.5), "id", 7L)));
        assertThat(document.results()).extracting(Result::mode, Result::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Mode.typed, Status.skipped), org.assertj.core.groups.Tuple.tuple(Mode.tree, Status.ok));
        assertThat(document.results().get(0).reason()).contains("geo.json").contains("fixture model");
        assertThat(document.results().get(1).verification().digest()).isEqualTo(expected);
        assertThat(document.results().get(1).fixture()).isEqualTo("geo.json");
        assertThat(outcome.out().lines().findFirst().orElseThrow()).startsWith("fixture,runner,");
        assertThat(outcome.out()).contains("geo.json,testref,java,dev.jsonbench:jsonbench-testref,test,tree,ok");
    }
}
