package dev.jsonbench.bench.conformance;

import dev.jsonbench.bench.contestant.external.ProjectRoot;
import dev.jsonbench.bench.run.BenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory of JSON documents named by the common convention: {@code y_*} must be accepted, {@code n_*} must be
 * rejected, {@code i_*} is left to the implementation. Other files (a README) are not documents. The project's own
 * corpus is {@value #PROJECT_DIRECTORY}: the RFC 8259 cases of the conformance suite, and the fuzzer's findings.
 *
 * @param directory where the documents are
 * @param documents the documents, sorted by name
 */
public record Corpus(Path directory, List<Document> documents) {

    /** The project's corpus, relative to the repository root. */
    public static final String PROJECT_DIRECTORY = "adapters/conformance/corpus";

    public Corpus {
        documents = List.copyOf(documents);
    }

    /** What the convention says of a document. */
    public enum Expectation {
        /** {@code y_}: every parser must accept it. */
        y("must accept"),
        /** {@code n_}: every parser must reject it. */
        n("must reject"),
        /** {@code i_}: RFC 8259 leaves the verdict to the implementation. */
        i("either");

        private final String meaning;

        Expectation(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }

        /** The expectation a file name's prefix states, if it has one. */
        static Optional<Expectation> ofFileName(String name) {
            for (Expectation e : values()) {
                if (name.startsWith(e.name() + "_")) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }
    }

    /** One document of the corpus. */
    public record Document(String name, Path path, Expectation expectation) {
    }

    /** The project's corpus directory, when the repository can be found. */
    public static Optional<Path> projectDirectory() {
        return ProjectRoot.compareDirectory().map(compare -> compare.resolveSibling(PROJECT_DIRECTORY));
    }

    /**
     * The documents of {@code directory}.
     *
     * @throws BenchException (usage) when it is not a directory or holds no y_, n_ or i_ file
     */
    public static Corpus read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw BenchException.usage(directory + " is not a directory of y_/n_/i_ documents");
        }
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                String name = file.getFileName().toString();
                Optional<Expectation> expectation = Expectation.ofFileName(name);
                if (expectation.isPresent() && Files.isRegularFile(file)) {
                    documents.add(new Document(name, file, expectation.get()));
                }
            }
        } catch (IOException e) {
            throw BenchException.usage("cannot list " + directory + ": " + e.getMessage());
        }
        if (documents.isEmpty()) {
            throw BenchException.usage(directory + " holds no document named y_*, n_* or i_*");
        }
        return new Corpus(directory, documents);
    }
}
