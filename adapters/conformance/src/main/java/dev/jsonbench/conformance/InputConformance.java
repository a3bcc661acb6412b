package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.Utf8;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs: a document given as a {@code byte[]} range, a {@link ByteBuffer} (heap, direct, read-only), an
 * {@link InputStream} or a {@link String} decodes to the same value, within the same limits, and is rejected with the
 * same {@link JsonDecodeException} (message and offset) as the same bytes in a {@code byte[]}; a stream longer than
 * the document limit is not read past it; a buffer is left as it was.
 */
@Tag("inputs")
public abstract class InputConformance extends ConformanceGroup {

    protected InputConformance(ConformanceSuite suite) {
        super(suite);
    }

    /** One way to hand a document to a decoder, besides the plain {@code byte[]} it is compared with. */
    enum Input {
        BYTE_RANGE("byte[] range at offset 7"),
        HEAP_BUFFER("heap ByteBuffer (a slice, at position 3)"),
        DIRECT_BUFFER("direct ByteBuffer at position 2"),
        READ_ONLY_BUFFER("read-only heap ByteBuffer"),
        STREAM("InputStream"),
        TRICKLE_STREAM("InputStream giving one byte per read"),
        STRING("String");

        private final String label;

        Input(String label) {
            this.label = label;
        }

        /** Whether {@code json} can be given this way: a String holds only well-formed UTF-8. */
        boolean holds(byte[] json) {
            return this != STRING || Utf8.firstInvalid(json, 0, json.length) < 0;
        }

        /** Decodes {@code json} given this way, as a tree ({@code typed} null) or through {@code typed}. */
        Object decode(JsonDecoder decoder, TypedDecoder<?> typed, byte[] json) {
            return switch (this) {
                case BYTE_RANGE -> {
                    byte[] padded = concat(bytes("[1234,"), json, bytes("]]"));
                    yield typed == null ? decoder.decodeTree(padded, 6, json.length) : typed.decode(padded, 6, json.length);
                }
                case HEAP_BUFFER, DIRECT_BUFFER, READ_ONLY_BUFFER -> {
                    ByteBuffer buffer = buffer(json);
                    yield typed == null ? decoder.decodeTree(buffer) : typed.decode(buffer);
                }
                case STREAM, TRICKLE_STREAM -> {
                    InputStream in = this == STREAM ? new ByteArrayInputStream(json) : new Trickle(json);
                    yield typed == null ? decoder.decodeTree(in) : typed.decode(in);
                }
                case STRING -> {
                    String text = new String(json, StandardCharsets.UTF_8);
                    yield typed == null ? decoder.decodeTree(text) : typed.decode(text);
                }
            };
        }

        /** A buffer of this kind whose bytes from position to limit are {@code json}, with other bytes around them. */
        ByteBuffer buffer(byte[] json) {
            return switch (this) {
                case HEAP_BUFFER -> ByteBuffer.wrap(concat(bytes("{\"a\""), json, bytes("]"))).slice(1, json.length + 3).position(3);
                case DIRECT_BUFFER -> ByteBuffer.allocateDirect(json.length + 3).put(bytes("[[")).put(json).put((byte) '}')
                        .position(2).limit(json.length + 2);
                case READ_ONLY_BUFFER -> ByteBuffer.wrap(json).asReadOnlyBuffer();
                default -> throw new IllegalStateException(this + " is no buffer");
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** An InputStream that gives at most one byte per read, as a slow network might. */
    static final class Trickle extends InputStream {
        private final byte[] bytes;
        private int at;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }
    }

    /** A stream of {@code length} bytes (endless if negative) made of {@code head} and then spaces; counts what is read. */
    static final class Counting extends InputStream {
        private final byte[] head;
        private final long length;
        long read;
        int closed;

        Counting(String head, long length) {
            this.head = bytes(head);
            this.length = length;
        }

        @Override
        public int read() {
            if (length >= 0 && read >= length) {
                return -1;
            }
            int c = read < head.length ? head[(int) read] : ' ';
            read++;
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            for (; n < len; n++) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n] = (byte) c;
            }
            return n;
        }

        @Override
        public void close() {
            closed++;
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // Same values and same errors as byte[]

    static Stream<Rfc8259Corpus.Case> corpus() {
        return Stream.concat(Rfc8259Corpus.valid().stream(), Rfc8259Corpus.invalid().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("inputs: every input gives what byte[] gives for the RFC 8259 corpus: the same value, or the same rejection and offset")
    void corpusDecodesAlikeFromEveryInput(Rfc8259Corpus.Case c) {
        assertAlike(c.toString(), decoder(), null, c.json());
        byte[] inRecord = concat(bytes("{\"any\":"), c.json(), bytes("}"));
        assertAlike("typed {\"any\":" + c.text() + "}", decoder(), decoder().forType(Nested.class), inRecord);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.jsonbench.conformance.LimitsConformance#limitCases")
    @DisplayName("inputs: every limit holds alike for every input, at the limit and one past it")
    void limitsHoldAlikeForEveryInput(LimitsConformance.LimitCase c) {
        JsonDecoder decoder = decoderFor(c.limits());
        TypedDecoder<?> typed = c.type() == null ? null : decoder.forType(c.type());
        assertAlike(c + " at the limit", decoder, typed, c.atLimit());
        assertAlike(c + " one past the limit", decoder, typed, c.overLimit());
    }

    static Stream<Arguments> hostileSample() {
        return Stream.of(
                Arguments.of("100,000 nested [", (Supplier<String>) () -> "[".repeat(100_000)),
                Arguments.of("100,000 nested {\"a\": closed", (Supplier<String>) () -> "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
                Arguments.of("100,000-digit integer", (Supplier<String>) () -> "9".repeat(100_000)),
                Arguments.of("1e1000000", (Supplier<String>) () -> "1e1000000"),
                Arguments.of("1,000,000 commas", (Supplier<String>) () -> "[" + ",".repeat(1_000_000) + "]"),
                Arguments.of("100,000 unpaired surrogate escapes", (Supplier<String>) () -> "\"" + "\\ud800".repeat(100_000) + "\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileSample")
    @DisplayName("inputs: hostile documents are rejected alike from every input, within bounds")
    void hostileDocumentsRejectedAlike(String label, Supplier<String> document) {
        byte[] json = bytes(document.get());
        guarded(() -> {
            assertAlike(label, decoder(), null, json);
            assertAlike(label + " (typed Scalars)", decoder(), decoder().forType(Scalars.class), json);
            return null;
        });
    }

    /**
     * Decodes {@code json} as a {@code byte[]} and in every other input that can hold it: each must give the same
     * value, or a JsonDecodeException with the same message and offset.
     */
    private static void assertAlike(String what, JsonDecoder decoder, TypedDecoder<?> typed, byte[] json) {
        Outcome expected = outcome(() -> typed == null ? decoder.decodeTree(json) : typed.decode(json));
        if (expected.thrown() != null && !(expected.thrown() instanceof JsonDecodeException)) {
            throw new AssertionError(what + " (byte[]): " + describe(expected.thrown()), expected.thrown());
        }
        for (Input input : Input.values()) {
            if (!input.holds(json)) {
                continue;
            }
            String where = what + " from " + input;
            if (expected.thrown() == null) {
                Object value = accepted(where, () -> input.decode(decoder, typed, json));
                assertSameDecoded(where, expected.value(), value);
            } else {
                JsonDecodeException e = rejected(where, () -> input.decode(decoder, typed, json));
                JsonDecodeException bytes = (JsonDecodeException) expected.thrown();
                assertThat(e.getMessage()).as("%s: the message of the byte[] rejection", where).isEqualTo(bytes.getMessage());
                assertThat(e.offset()).as("%s: the offset of the byte[] rejection", where).isEqualTo(bytes.offset());
            }
        }
    }

    /** Values of the value model compare strictly; typed values (records) by equals. */
    private static void assertSameDecoded(String what, Object expected, Object actual) {
        if (expected instanceof Record) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else {
            assertSameValue(what, expected, actual);
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // InputStream

    @Test
    @DisplayName("inputs: a stream longer than maxDocumentBytes is rejected after reading at most one byte past the limit")
    void oversizedStreamIsNotReadPastTheLimit() {
        JsonDecoder decoder = decoderFor(DecodeLimits.builder().maxDocumentBytes(1000).build());
        String message = DecodeLimits.exceededMessage("maxDocumentBytes", 1000);
        Counting tenMegabytes = new Counting("[1]", 10_000_000);
        JsonDecodeException e = rejected("10 MB stream, limit 1000", () -> decoder.decodeTree(tenMegabytes));
        assertThat(e.getMessage()).contains(message);
        assertThat(e.offset()).isZero();
        assertThat(tenMegabytes.read).as("bytes read from a 10 MB stream with a limit of 1000").isLessThanOrEqualTo(1001L);
        Counting endless = new Counting("{\"s\":\"", -1);
        JsonDecodeException typed = guarded(() -> rejected("endless stream, typed",
                () -> decoder.forType(Scalars.class).decode(endless)));
        assertThat(typed.getMessage()).contains(message);
        assertThat(endless.read).as("bytes read from an endless stream").isLessThanOrEqualTo(1001L);
    }

    @Test
    @DisplayName("inputs: a stream of exactly maxDocumentBytes is decoded; the stream is read to its end and not closed")
    void streamAtTheLimitIsDecodedToItsEndAndNotClosed() throws IOException {
        JsonDecoder decoder = decoderFor(DecodeLimits.builder().maxDocumentBytes(1000).build());
        Counting atLimit = new Counting("[1]", 1000);
        assertSameValue("1000-byte stream", List.of(1L), accepted("1000-byte stream", () -> decoder.decodeTree(atLimit)));
        assertThat(atLimit.read).isEqualTo(1000L);
        assertThat(atLimit.read()).as("the stream is at its end").isEqualTo(-1);
        assertThat(atLimit.closed).as("close() calls").isZero();
        Counting onePast = new Counting("[1]", 1001);
        rejected("1001-byte stream", () -> decoder.decodeTree(onePast));
        assertThat(onePast.closed).as("close() calls after a rejection").isZero();
        byte[] big = bytes("[" + "1234567,".repeat(100_000) + "0]");
        assertSameValue("a stream larger than any first buffer", decoder().decodeTree(big),
                accepted("800 KB stream", () -> decoder().decodeTree(new Trickle(big))));
    }

    @Test
    @DisplayName("inputs: a stream that fails gives UncheckedIOException caused by its IOException, not a JsonDecodeException")
    void failingStreamGivesUncheckedIoException() {
        IOException failure = new IOException("connection reset");
        InputStream failing = new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (given == 5) {
                    throw failure;
                }
                return "[1,2,3]".charAt(given++);
            }
        };
        assertThatThrownBy(() -> decoder().decodeTree(failing))
                .isInstanceOf(UncheckedIOException.class).hasCause(failure).hasMessageContaining("connection reset");
        InputStream failingAtOnce = new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }
        };
        assertThatThrownBy(() -> decoder().forType(Scalars.class).decode(failingAtOnce))
                .isInstanceOf(UncheckedIOException.class).hasCause(failure);
    }

    // -------------------------------------------------------------------------------------------------------------
    // ByteBuffer

    @Test
    @DisplayName("inputs: a ByteBuffer is left as it was (position, limit, mark), after a value and after a rejection")
    void bufferIsLeftAsItWas() {
        byte[] valid = bytes("{\"l\":5,\"s\":\"x\"}");
        byte[] invalid = bytes("{\"l\":5,}");
        for (Input input : List.of(Input.HEAP_BUFFER, Input.DIRECT_BUFFER, Input.READ_ONLY_BUFFER)) {
            ByteBuffer buffer = input.buffer(valid).mark();
            int position = buffer.position();
            int limit = buffer.limit();
            Object first = accepted(input + " (tree)", () -> decoder().decodeTree(buffer));
            Scalars typed = accepted(input + " (typed)", () -> decoder().forType(Scalars.class).decode(buffer));
            Object again = accepted(input + " again", () -> decoder().decodeTree(buffer));
            assertSameValue(input + ": decoding the same buffer twice", first, again);
            assertThat(typed).isEqualTo(new Scalars(5, 0, 0.0, false, "x", null));
            assertThat(buffer.position()).as("%s position", input).isEqualTo(position);
            assertThat(buffer.limit()).as("%s limit", input).isEqualTo(limit);
            buffer.position(limit).reset();
            assertThat(buffer.position()).as("%s mark", input).isEqualTo(position);
            ByteBuffer bad = input.buffer(invalid);
            int badPosition = bad.position();
            rejected(input + " invalid", () -> decoder().decodeTree(bad));
            assertThat(bad.position()).as("%s position after a rejection", input).isEqualTo(badPosition);
            assertThat(bad.limit()).as("%s limit after a rejection", input).isEqualTo(badPosition + invalid.length);
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // String

    static Stream<Arguments> loneSurrogates() {
        return Stream.of(
                Arguments.of("a lone high surrogate in a string", "[\"a\uD800b\"]", false),
                Arguments.of("a lone low surrogate in a string", "[\"\uDC00\"]", false),
                Arguments.of("a high surrogate at the end of a string", "\"ab\uD800\"", false),
                Arguments.of("a high surrogate before a pair", "[\"\uD800\uD83D\uDE00\"]", false),
                Arguments.of("a low surrogate before a high one", "\"\uDC00\uD800\"", false),
                Arguments.of("a lone surrogate in a member name", "{\"\uD800\":1}", false),
                Arguments.of("a lone surrogate outside strings", "[1,\uD800]", false),
                Arguments.of("a lone surrogate in a String component", "{\"s\":\"\uDBFF\"}", true),
                Arguments.of("a lone surrogate in a skipped member", "{\"zz\":\"\uDFFF\",\"l\":1}", true),
                Arguments.of("a lone surrogate in a skipped member name", "{\"\uD800\":1,\"l\":1}", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loneSurrogates")
    @DisplayName("inputs: an unpaired surrogate in a String is rejected as its encoded surrogate is in bytes (invalid UTF-8)")
    void loneSurrogateInStringRejected(String label, String json, boolean typed) {
        TypedDecoder<Scalars> scalars = decoder().forType(Scalars.class);
        JsonDecodeException fromString = rejected(label,
                () -> typed ? scalars.decode(json) : decoder().decodeTree(json));
        byte[] encodedSurrogates = encodeWithSurrogates(json);
        JsonDecodeException fromBytes = rejected(label + " (bytes with the encoded surrogate)",
                () -> typed ? scalars.decode(encodedSurrogates) : decoder().decodeTree(encodedSurrogates));
        assertThat(fromString.getMessage()).as(label).isEqualTo(fromBytes.getMessage());
        assertThat(fromString.offset()).as(label).isEqualTo(fromBytes.offset());
    }

    @Test
    @DisplayName("inputs: a String with astral characters, escapes and paired surrogates gives what its UTF-8 bytes give")
    void stringWithAstralCharactersDecodesLikeItsBytes() {
        String json = "{\"😀\":[\"\uD83D\uDE00\",\"\\ud83d\\ude00\",\"é€\",\"\\u00e9\"],\"k\":\"\uFEFF\uFFFF\"}";
        assertSameValue("String", decoder().decodeTree(bytes(json)), accepted("String", () -> decoder().decodeTree(json)));
        assertThat(decoder().forType(Scalars.class).decode("{\"s\":\"𝄞é\"}").s()).isEqualTo("𝄞é");
        JsonDecodeException e = rejected("a string longer in chars than maxDocumentBytes",
                () -> decoderFor(DecodeLimits.builder().maxDocumentBytes(64).build()).decodeTree(" ".repeat(70) + "1"));
        assertThat(e.getMessage()).contains(DecodeLimits.exceededMessage("maxDocumentBytes", 64));
        assertThat(e.offset()).isZero();
    }

    /** UTF-8, with each unpaired surrogate written as the three bytes of its code point (an encoded surrogate). */
    private static byte[] encodeWithSurrogates(String s) {
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                parts.add(s.substring(i, i + 2));
                i++;
            } else if (Character.isSurrogate(c)) {
                parts.addAll(Arrays.asList(0xE0 | c >> 12, 0x80 | c >> 6 & 0x3F, 0x80 | c & 0x3F));
            } else {
                parts.add(String.valueOf(c));
            }
        }
        return JsonBytes.bytes(parts.toArray());
    }
}
