package dev.jsonbench.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.StrictJsonValidator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator as the adapters run it (the vector pass first, on this JVM) gives exactly the verdict, message and
 * offset of its scalar pass alone, on the whole RFC 8259 corpus (each case alone and in the suite's embeddings), on the
 * hostile documents and on random documents of the suite's generator.
 */
class ValidatorPassesCorpusTest {

    private static final DecodeLimits LIMITS = DecodeLimits.defaults();

    static Stream<Rfc8259Corpus.Case> corpus() {
        return Stream.concat(Rfc8259Corpus.valid().stream(), Rfc8259Corpus.invalid().stream());
    }

    @Test
    void theAdaptersRunTheVectorPassOnThisJvm() {
        assertThat(StrictJsonValidator.implementation()).startsWith("vector");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusCaseAloneAndEmbedded(Rfc8259Corpus.Case c) {
        byte[] json = c.json();
        for (byte[] document : List.of(json, concat("[0,", json, "]"), concat("{\"any\":", json, "}"),
                concat("{\"list\":[0,", json, "]}"))) {
            assertThat(verdict(new StrictJsonValidator("test", LIMITS), document)).as(c.toString())
                    .isEqualTo(verdict(StrictJsonValidator.scalar("test", LIMITS), document));
        }
        if (c.valid()) {
            // (An invalid case may be grammatical, 1e400: the number's range is JsonNumbers' to check.)
            assertThat(verdict(new StrictJsonValidator("test", LIMITS), json)).as(c.toString()).isEqualTo("accepted");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.jsonbench.conformance.HostileInputConformance#hostileDocuments")
    void hostileDocument(String label, Supplier<String> json, String setting, boolean overflow) {
        byte[] document = json.get().getBytes(UTF_8);
        assertThat(verdict(new StrictJsonValidator("test", LIMITS), document)).as(label)
                .isEqualTo(verdict(StrictJsonValidator.scalar("test", LIMITS), document));
    }

    static Stream<Arguments> seeds() {
        return Stream.iterate(1L, seed -> seed + 1).limit(500).map(Arguments::of);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomDocumentOfTheSuitesGenerator(long seed) {
        byte[] document = RandomJson.generate(seed).json();
        assertThat(verdict(new StrictJsonValidator("test", LIMITS), document)).isEqualTo("accepted");
    }

    private static String verdict(StrictJsonValidator validator, byte[] document) {
        try {
            validator.validate(document, 0, document.length);
            return "accepted";
        } catch (JsonDecodeException e) {
            return "rejected at " + e.offset() + ": " + e.getMessage();
        }
    }

    private static byte[] concat(String before, byte[] json, String after) {
        byte[] head = before.getBytes(UTF_8);
        byte[] tail = after.getBytes(UTF_8);
        byte[] all = new byte[head.length + json.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(json, 0, all, head.length, json.length);
        System.arraycopy(tail, 0, all, head.length + json.length, tail.length);
        return all;
    }
}
