package dev.jsonbench.api.support;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.fixtures.Fixtures;
import dev.jsonbench.fixtures.generate.Shape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The vector pass of {@link StrictJsonValidator} against its scalar pass (the validator as it was before the vector
 * pass existed): the vector pass must accept exactly what the scalar pass accepts, on random valid documents, on
 * mutations of them, under small limits, on every short UTF-8 sequence at every position of a vector, and on the
 * fixture and the generated shapes. (Rejections are then the scalar pass's: same message, same offset.) The
 * conformance module compares them on the whole RFC 8259 corpus.
 */
class ValidatorPassesTest {

    private static final String BACKEND = "test";

    /** The scalar pass's verdict, and its message and offset for a rejection. */
    private static String scalarVerdict(DecodeLimits limits, byte[] b, int off, int len) {
        try {
            StrictJsonValidator.scalar(BACKEND, limits).validate(b, off, len);
            return "accepted";
        } catch (JsonDecodeException e) {
            return "rejected at " + e.offset() + ": " + e.getMessage();
        }
    }

    private static String validatorVerdict(DecodeLimits limits, byte[] b, int off, int len) {
        try {
            new StrictJsonValidator(BACKEND, limits).validate(b, off, len);
            return "accepted";
        } catch (JsonDecodeException e) {
            return "rejected at " + e.offset() + ": " + e.getMessage();
        }
    }

    /**
     * The validator gives the scalar pass's verdict (message and offset too); the vector pass accepts only what the
     * scalar pass accepts, and accepts all of it unless a string may be longer in bytes than maxStringLength (which
     * it leaves to the scalar pass to count in chars).
     */
    private static void assertSameVerdict(DecodeLimits limits, byte[] document) {
        String shown = new String(document, ISO_8859_1);
        String scalar = scalarVerdict(limits, document, 0, document.length);
        assertThat(validatorVerdict(limits, document, 0, document.length)).as(shown).isEqualTo(scalar);
        boolean vectorAccepts = new VectorValidator(limits).accepts(document, 0, document.length);
        boolean scalarAccepts = scalar.equals("accepted");
        if (vectorAccepts || document.length - 2 <= limits.maxStringLength()) {
            assertThat(vectorAccepts).as("vector pass accepts %s (scalar: %s)", shown, scalar).isEqualTo(scalarAccepts);
        }
        assertLexicalSubset(limits, document, vectorAccepts, scalar);
    }

    /** What the scalar pass says of a rule the lexical subset checks (encoding, strings, bytes between tokens, sizes). */
    private static final List<String> LEXICAL_RULES = List.of("UTF-8", "control character", "escape", "surrogate",
            "in a string", "byte order mark", "maxDocumentBytes", "maxStringLength");

    /** A control character other than JSON whitespace, or a non-ASCII byte, where a token should be. */
    private static final Pattern BYTE_BETWEEN_TOKENS = Pattern.compile("found byte 0x(0[0-8BCEF]|1[0-9A-F]|[89A-F][0-9A-F])");

    /**
     * The lexical subset accepts whatever the whole pass accepts, and when it accepts a document the scalar pass
     * rejects, the rule broken is one it leaves to the caller's token walk (grammar, numbers, literals, depth).
     */
    private static void assertLexicalSubset(DecodeLimits limits, byte[] document, boolean vectorAccepts, String scalar) {
        String shown = new String(document, ISO_8859_1);
        boolean lexicalAccepts = new VectorValidator(limits).acceptsLexically(document, 0, document.length);
        if (vectorAccepts) {
            assertThat(lexicalAccepts).as("lexical subset accepts %s", shown).isTrue();
        }
        if (lexicalAccepts && !scalar.equals("accepted")) {
            assertThat(LEXICAL_RULES).as("lexical subset accepts %s, which the scalar pass %s", shown, scalar)
                    .noneMatch(scalar::contains);
            assertThat(BYTE_BETWEEN_TOKENS.matcher(scalar).find()).as("lexical subset accepts %s, which the scalar pass %s",
                    shown, scalar).isFalse();
        }
    }

    @Example
    void theLexicalSubsetLeavesTheGrammarToTheCaller() {
        VectorValidator vector = new VectorValidator(DecodeLimits.builder().maxNestingDepth(2).maxNumberLength(3).build());
        for (String grammar : List.of("[1 2]", "{\"a\" 1}", "{\"a\":1,}", "[01]", "[+1]", "[1] x", "[[[1]]]", "[1234]",
                "[tru]", "{1:2}", "]", "")) {
            byte[] document = grammar.getBytes(StandardCharsets.UTF_8);
            assertThat(vector.acceptsLexically(document, 0, document.length)).as(grammar).isTrue();
            assertThat(vector.accepts(document, 0, document.length)).as(grammar).isFalse();
        }
        for (String lexical : List.of("[1,\u00a02]", "[1,\u000b2]", "[\"\u0001\"]", "[\"\\x\"]", "[\"\\uD800\"]", "[\"abc]",
                "\ufeff[1]", "[\"\u00e9\"]\u00e9")) {
            byte[] document = lexical.getBytes(StandardCharsets.UTF_8);
            assertThat(vector.acceptsLexically(document, 0, document.length)).as(lexical).isFalse();
        }
        byte[] overlong = {'[', '"', (byte) 0xC0, (byte) 0x80, '"', ']'};
        assertThat(vector.acceptsLexically(overlong, 0, overlong.length)).isFalse();
    }

    @Example
    void thisJvmRunsTheVectorPassOnceWarmedUp() throws InterruptedException {
        assertThat(StrictJsonValidator.implementation()).startsWith("vector (jdk.incubator.vector, ");

        assertThat(StrictJsonValidator.awaitVectorPass(java.time.Duration.ofSeconds(60))).isTrue();
        assertThat(StrictJsonValidator.implementation()).contains(": in use (faster than the scalar pass after ");
    }

    @Property(tries = 3000)
    void validDocumentsAreAcceptedByBoth(@ForAll long seed) {
        byte[] document = RandomDocuments.valid(seed);
        assertThat(scalarVerdict(DecodeLimits.defaults(), document, 0, document.length))
                .as(new String(document, StandardCharsets.UTF_8)).isEqualTo("accepted");
        assertSameVerdict(DecodeLimits.defaults(), document);
    }

    @Property(tries = 20000)
    void mutatedDocumentsGetTheSameVerdict(@ForAll long seed) {
        assertSameVerdict(DecodeLimits.defaults(), RandomDocuments.mutated(seed));
    }

    @Property(tries = 5000)
    void smallLimitsGiveTheSameVerdict(@ForAll long seed, @ForAll("smallLimits") DecodeLimits limits) {
        assertSameVerdict(limits, seed % 2 == 0 ? RandomDocuments.valid(seed) : RandomDocuments.mutated(seed));
    }

    @Provide
    Arbitrary<DecodeLimits> smallLimits() {
        return Arbitraries.integers().between(0, 3).flatMap(which -> Arbitraries.integers().between(1, 40).map(n -> {
            DecodeLimits.Builder limits = DecodeLimits.builder();
            switch (which) {
                case 0 -> limits.maxNestingDepth(n);
                case 1 -> limits.maxStringLength(n);
                case 2 -> limits.maxNumberLength(n);
                default -> limits.maxDocumentBytes(10 * n);
            }
            return limits.build();
        }));
    }

    @Property(tries = 2000)
    void aRangeOfALargerBufferGivesTheVerdictOfTheRangeAlone(@ForAll long seed, @ForAll("garbage") byte[] before,
            @ForAll("garbage") byte[] after) {
        byte[] document = seed % 2 == 0 ? RandomDocuments.valid(seed) : RandomDocuments.mutated(seed);
        byte[] buffer = new byte[before.length + document.length + after.length];
        System.arraycopy(before, 0, buffer, 0, before.length);
        System.arraycopy(document, 0, buffer, before.length, document.length);
        System.arraycopy(after, 0, buffer, before.length + document.length, after.length);

        assertThat(validatorVerdict(DecodeLimits.defaults(), buffer, before.length, document.length))
                .isEqualTo(scalarVerdict(DecodeLimits.defaults(), document, 0, document.length));
    }

    /** Bytes that would change a verdict if they were read: an open string, a lead byte, a backslash. */
    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.of((byte) '"', (byte) 0xE2, (byte) '\\', (byte) '[', (byte) 0x80, (byte) ' ')
                .array(byte[].class).ofMaxSize(70);
    }

    /**
     * Every sequence of up to three bytes drawn from the edges of each UTF-8 role, inside a string, starting at
     * every position around the 16-, 32- and 64-byte boundaries, and cut by the end of the document.
     */
    @Example
    void shortByteSequencesAtEveryPositionOfABlock() {
        int[] edges = {0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        List<byte[]> sequences = new ArrayList<>();
        for (int a : edges) {
            sequences.add(new byte[] {(byte) a});
            for (int b : edges) {
                sequences.add(new byte[] {(byte) a, (byte) b});
                for (int c : edges) {
                    sequences.add(new byte[] {(byte) a, (byte) b, (byte) c});
                }
            }
        }
        int[] prefixes = {0, 12, 13, 14, 28, 29, 30, 31, 60, 61, 62, 63, 64, 124, 125, 126};
        for (byte[] sequence : sequences) {
            for (int prefix : prefixes) {
                byte[] closed = new byte[prefix + sequence.length + 2];
                closed[0] = '"';
                java.util.Arrays.fill(closed, 1, prefix + 1, (byte) 'a');
                System.arraycopy(sequence, 0, closed, prefix + 1, sequence.length);
                closed[closed.length - 1] = '"';
                assertSameVerdict(DecodeLimits.defaults(), closed);
                assertSameVerdict(DecodeLimits.defaults(), java.util.Arrays.copyOf(closed, closed.length - 1));
            }
        }
    }

    /**
     * Runs of backslashes ending at every position around the first block boundaries, followed by a quote and a block
     * with no backslash, control or non-ASCII byte: whether that quote closes the string is carried across blocks.
     */
    @Example
    void backslashRunsAcrossABlockBoundary() {
        for (int run = 1; run <= 4; run++) {
            for (int prefix = 56; prefix < 132; prefix++) {
                StringBuilder document = new StringBuilder("[\"").append("a".repeat(prefix - 2)).append("\\".repeat(run))
                        .append("\"");
                for (String rest : List.of("]", "\"]", ",\"" + "b".repeat(70) + "\"]", "c".repeat(70) + "\"]")) {
                    assertSameVerdict(DecodeLimits.defaults(), (document + rest).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Example
    void fourByteSequencesWhole() {
        String[] whole = {"F0 90 80 80", "F4 8F BF BF", "F0 8F BF BF", "F4 90 80 80", "F3 BF BF BF", "F0 9F 98 80"};
        for (String hex : whole) {
            byte[] sequence = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
            for (int prefix = 0; prefix < 130; prefix++) {
                byte[] document = new byte[prefix + sequence.length + 2];
                java.util.Arrays.fill(document, (byte) 'a');
                document[0] = '"';
                System.arraycopy(sequence, 0, document, prefix + 1, sequence.length);
                document[document.length - 1] = '"';
                assertSameVerdict(DecodeLimits.defaults(), document);
            }
        }
    }

    @Example
    void theFixtureAndEveryGeneratedShapeAreAcceptedAndTheirMutationsJudgedAlike() {
        List<byte[]> documents = new ArrayList<>(List.of(Fixtures.apiResponse()));
        for (Shape shape : Shape.values()) {
            documents.add(shape.generate(Math.max(shape.minimumBytes(), 64 * 1024), 8259));
        }
        Random random = new Random(14);
        for (byte[] document : documents) {
            assertThat(new VectorValidator(DecodeLimits.defaults()).accepts(document, 0, document.length)).isTrue();
            for (int i = 0; i < 300; i++) {
                byte[] mutated = document.clone();
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                assertSameVerdict(DecodeLimits.defaults(), mutated);
            }
        }
    }

    @Property(tries = 2000)
    void escapesAreEveryOtherBackslashOfARun(@ForAll("backslashes") long backslashes) {
        long expected = 0;
        boolean escaped = false;
        for (int i = 0; i < Long.SIZE; i++) {
            boolean backslash = (backslashes >>> i & 1) != 0;
            if (backslash && !escaped) {
                expected |= 1L << i;
                escaped = true;
            } else {
                escaped = false;
            }
        }
        assertThat(Long.toBinaryString(VectorValidator.escapes(backslashes))).isEqualTo(Long.toBinaryString(expected));
    }

    /** Masks with runs of set bits of every length, at every parity. */
    @Provide
    Arbitrary<Long> backslashes() {
        return Arbitraries.longs().flatMap(bits -> Arbitraries.longs().map(other -> bits | other | bits << 1 | other >>> 1));
    }

    @Property(tries = 1000)
    void prefixXorIsTheParityOfTheBitsUpToEachPosition(@ForAll long quotes) {
        long expected = 0;
        boolean inside = false;
        for (int i = 0; i < Long.SIZE; i++) {
            inside ^= (quotes >>> i & 1) != 0;
            if (inside) {
                expected |= 1L << i;
            }
        }
        assertThat(VectorValidator.prefixXor(quotes)).isEqualTo(expected);
    }

    /** Run in a child JVM without the Vector API module. */
    public static final class WithoutVectorModule {
        public static void main(String[] args) {
            System.out.println("implementation: " + StrictJsonValidator.implementation());
            byte[] bad = "[1,]".getBytes(StandardCharsets.UTF_8);
            try {
                new StrictJsonValidator(BACKEND, DecodeLimits.defaults()).validate(bad, 0, bad.length);
            } catch (JsonDecodeException e) {
                System.out.println("rejected at " + e.offset() + ": " + e.getMessage());
            }
        }
    }

    @Example
    void withoutTheVectorModuleTheScalarPassRunsAlone() throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WithoutVectorModule.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("implementation: scalar (the vector pass needs --add-modules jdk.incubator.vector)")
                .contains("rejected at 3: ", "expected a value, found ']'");
    }
}
