package dev.jsonbench.bench.fork;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.fixtures.Digest;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fork's {@code --validate} request, in-process (the batch through a real fork: ConformanceCommandTest). */
class ValidatorTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void anAcceptedDocumentGivesItsDigestAndARejectedOneTheMessage() throws Exception {
        JavaRunnerTest.Answer ok = JavaRunnerTest.runner("--validate", "--runner", "jackson", "--fixture",
                file("ok.json", "{\"a\":[1,2.5]}").toString());
        assertThat(ok.code()).isZero();
        JsonNode verdict = ResultsJson.MAPPER.readTree(ok.out());
        assertThat(verdict.get("protocol").asInt()).isEqualTo(2);
        assertThat(verdict.get("runner").asText()).isEqualTo("jackson");
        assertThat(verdict.get("language").asText()).isEqualTo("java");
        assertThat(verdict.get("accepted").asBoolean()).isTrue();
        assertThat(verdict.get("error").isNull()).isTrue();
        assertThat(verdict.get("digest").asText())
                .isEqualTo(Digest.hex(Digest.ofTree(java.util.Map.of("a", List.of(1L, 2.5)))));

        JavaRunnerTest.Answer bad = JavaRunnerTest.runner("--validate", "--runner", "jackson", "--fixture",
                file("bad.json", "[1,]").toString());
        JsonNode rejected = ResultsJson.MAPPER.readTree(bad.out());
        assertThat(bad.code()).isZero();
        assertThat(rejected.get("accepted").asBoolean()).isFalse();
        assertThat(rejected.get("error").asText()).startsWith("jackson: ");
        assertThat(rejected.get("digest").isNull()).isTrue();
    }

    @Test
    void aDirectRunnerValidatesWithItsLibrarysDefaults() throws Exception {
        // Jackson's defaults accept trailing content; the adapter and the benchmark's jackson-direct do not
        Path trailing = file("trailing.json", "[1]]");
        JsonNode direct = ResultsJson.MAPPER.readTree(JavaRunnerTest.runner("--validate", "--runner", "jackson-direct",
                "--fixture", trailing.toString()).out());
        assertThat(direct.get("accepted").asBoolean()).isTrue();
        assertThat(direct.get("library").asText()).isEqualTo("com.fasterxml.jackson.core:jackson-databind");
        JsonNode adapter = ResultsJson.MAPPER.readTree(JavaRunnerTest.runner("--validate", "--runner", "jackson",
                "--fixture", trailing.toString()).out());
        assertThat(adapter.get("accepted").asBoolean()).isFalse();
    }

    @Test
    void aBatchAnswersEveryPathOnOneLineEach() throws Exception {
        Validator validator = Validator.of("gson");
        String paths = file("a.json", "1").toAbsolutePath() + "\n\n" + file("b.json", "01").toAbsolutePath() + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = validator.batch(new BufferedReader(new StringReader(paths)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(code).isZero();
        assertThat(lines).hasSize(2);
        assertThat(ResultsJson.MAPPER.readTree(lines.get(0)).get("accepted").asBoolean()).isTrue();
        assertThat(ResultsJson.MAPPER.readTree(lines.get(1)).get("accepted").asBoolean()).isFalse();
    }

    @Test
    void usageErrorsAndUnreadableFiles() throws Exception {
        assertThat(JavaRunnerTest.runner("--validate", "--runner", "jackson").err()).contains("either --fixture PATH or --batch");
        assertThat(JavaRunnerTest.runner("--validate", "--runner", "jackson", "--batch", "--fixture", "x").code()).isEqualTo(2);
        assertThat(JavaRunnerTest.runner("--validate", "--runner", "jackson", "--mode", "tree", "--fixture",
                file("c.json", "1").toString()).err()).contains("--validate takes only");
        assertThat(JavaRunnerTest.runner("--batch", "--runner", "jackson").err()).contains("--batch goes with --validate");
        assertThat(JavaRunnerTest.runner("--validate", "--runner", "nosuch", "--fixture", "x").err())
                .contains("no JSON backend named 'nosuch'");
        JavaRunnerTest.Answer unreadable = JavaRunnerTest.runner("--validate", "--runner", "jackson", "--fixture",
                dir.resolve("missing.json").toString());
        assertThat(unreadable.code()).isEqualTo(1);
        assertThat(unreadable.out()).isEmpty();
        assertThat(unreadable.err()).contains("cannot read");
    }
}
