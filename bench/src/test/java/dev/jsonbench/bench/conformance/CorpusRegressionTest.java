package dev.jsonbench.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.jsonbench.api.JsonDecodeException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the project's corpus, the fuzzer's regression cases included, through the differential check:
 * all five adapters agree with the reference, as a tree and typed, and decide y_ and n_ files as named.
 */
class CorpusRegressionTest {

    private static final Differential DIFFERENTIAL = Differential.of(DifferentialTest.ADAPTERS);

    static Stream<Named<Corpus.Document>> documents() {
        return Corpus.read(ProjectCorpusTest.DIRECTORY).documents().stream().map(d -> Named.of(d.name(), d));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theAdaptersAgreeWithTheReference(Corpus.Document document) throws Exception {
        byte[] json = Files.readAllBytes(document.path());
        assertThatCode(() -> DIFFERENTIAL.check(json)).doesNotThrowAnyException();
        boolean accepted;
        try {
            new ReferenceTree().decode(json);
            accepted = true;
        } catch (JsonDecodeException e) {
            accepted = false;
        }
        switch (document.expectation()) {
            case y -> assertThat(accepted).as("a y_ document is accepted").isTrue();
            case n -> assertThat(accepted).as("an n_ document is rejected").isFalse();
            case i -> { } // the policy decides; the agreement above is the check
        }
    }
}
