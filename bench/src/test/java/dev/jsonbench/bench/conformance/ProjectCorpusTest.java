package dev.jsonbench.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.conformance.Rfc8259Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code adapters/conformance/corpus} holds exactly the RFC 8259 cases of the conformance suite ({@link ProjectCorpus}),
 * byte for byte, plus the regression cases of what fuzzing and the hostile inputs found. To write the files again after changing the Java corpus:
 * {@code mvn -B -ntp test -pl bench -am -Dtest=ProjectCorpusTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djsonbench.corpus.write=true}.
 */
class ProjectCorpusTest {

    static final Path DIRECTORY = Corpus.projectDirectory().orElseThrow();

    @Test
    void theFilesAreTheJavaCorpusByteForByte() throws IOException {
        if (Boolean.getBoolean("jsonbench.corpus.write")) {
            write();
        }
        Map<String, byte[]> expected = new TreeMap<>();
        ProjectCorpus.entries().forEach(e -> expected.put(e.fileName(), e.source().json()));
        Map<String, byte[]> actual = new TreeMap<>();
        for (Corpus.Document document : Corpus.read(DIRECTORY).documents()) {
            if (!document.name().contains("_" + ProjectCorpus.REGRESSION_SECTION + "_")) {
                actual.put(document.name(), Files.readAllBytes(document.path()));
            }
        }
        assertThat(actual.keySet()).as("files in %s (regenerate: see this test's Javadoc)", DIRECTORY)
                .containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void namesFollowTheConventionAndTheCorpusLabels() {
        List<ProjectCorpus.Entry> entries = ProjectCorpus.entries();
        assertThat(entries).hasSize(Rfc8259Corpus.valid().size() + Rfc8259Corpus.invalid().size());
        assertThat(new TreeSet<>(entries.stream().map(ProjectCorpus.Entry::fileName).toList())).hasSameSizeAs(entries);
        assertThat(entries).allSatisfy(e -> assertThat(e.fileName()).matches("[yni]_[0-9.]+_[a-z0-9_]+\\.json"));
        assertThat(ProjectCorpus.slug("-01")).isEqualTo("minus_01");
        assertThat(ProjectCorpus.slug("2-, 3- and 4-byte sequences")).isEqualTo("2_3_and_4_byte_sequences");
        assertThat(ProjectCorpus.slug("\\u00G0")).isEqualTo("backslash_u00g0");
        assertThat(ProjectCorpus.slug("1e-400")).isEqualTo("1e_minus_400");
        assertThat(ProjectCorpus.section("§8.1 UTF-8: no overlong forms")).isEqualTo("8.1");
        assertThat(entries).filteredOn(e -> e.source().rule().contains("(policy)"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.fileName()).startsWith("i_"));
    }

    private static void write() throws IOException {
        Files.createDirectories(DIRECTORY);
        try (Stream<Path> old = Files.list(DIRECTORY)) {
            for (Path file : old.toList()) {
                String name = file.getFileName().toString();
                if (name.matches("[yni]_.*") && !name.contains("_" + ProjectCorpus.REGRESSION_SECTION + "_")) {
                    Files.delete(file);
                }
            }
        }
        for (ProjectCorpus.Entry entry : ProjectCorpus.entries()) {
            Files.write(DIRECTORY.resolve(entry.fileName()), entry.source().json());
        }
    }
}
