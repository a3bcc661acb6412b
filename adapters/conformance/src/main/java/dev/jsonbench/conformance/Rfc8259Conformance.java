package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.JsonDecodeException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 8259: every document of {@link Rfc8259Corpus} is accepted with its value or rejected, alone, nested and typed,
 * and a rejection names the backend and an offset within the document.
 */
@Tag("rfc8259")
public abstract class Rfc8259Conformance extends ConformanceGroup {

    protected Rfc8259Conformance(ConformanceSuite suite) {
        super(suite);
    }

    static Stream<Rfc8259Corpus.Case> validCases() {
        return Rfc8259Corpus.valid().stream();
    }

    static Stream<Rfc8259Corpus.Case> invalidCases() {
        return Rfc8259Corpus.invalid().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    @DisplayName("RFC 8259: a valid document is accepted and decodes to its value")
    void validDocumentAccepted(Rfc8259Corpus.Case c) {
        Object value = accepted(c.toString(), () -> decoder().decodeTree(c.json()));
        assertSameValue(c.toString(), c.expected(), value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    @DisplayName("RFC 8259: a valid document is accepted as an array element [0,D] and as a typed Object component")
    void validDocumentAcceptedWhenNested(Rfc8259Corpus.Case c) {
        byte[] inArray = concat(bytes("[0,"), c.json(), bytes("]"));
        assertSameValue("[0," + c.text() + "]", Arrays.asList(0L, c.expected()),
                accepted(c.toString(), () -> decoder().decodeTree(inArray)));
        byte[] inRecord = concat(bytes("{\"any\":"), c.json(), bytes("}"));
        Nested typed = accepted("typed " + c, () -> decoder().forType(Nested.class).decode(inRecord));
        assertSameValue("typed {\"any\":" + c.text() + "}", c.expected(), typed.any());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    @DisplayName("RFC 8259: an invalid document is rejected with JsonDecodeException (tree)")
    void invalidDocumentRejected(Rfc8259Corpus.Case c) {
        rejected(c.toString(), () -> decoder().decodeTree(c.json()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    @DisplayName("RFC 8259: an invalid document is rejected as an array element [0,D] (tree)")
    void invalidDocumentRejectedInArray(Rfc8259Corpus.Case c) {
        byte[] inArray = concat(bytes("[0,"), c.json(), bytes("]"));
        rejected("[0," + c.text() + "]", () -> decoder().decodeTree(inArray));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    @DisplayName("RFC 8259: an invalid document is rejected by a typed decode, alone and as an Object component")
    void invalidDocumentRejectedTyped(Rfc8259Corpus.Case c) {
        rejected("typed Nested: " + c, () -> decoder().forType(Nested.class).decode(c.json()));
        byte[] inRecord = concat(bytes("{\"any\":"), c.json(), bytes("}"));
        rejected("typed {\"any\":" + c.text() + "}", () -> decoder().forType(Nested.class).decode(inRecord));
        byte[] inList = concat(bytes("{\"list\":[0,"), c.json(), bytes("]}"));
        rejected("typed {\"list\":[0," + c.text() + "]}", () -> decoder().forType(Nested.class).decode(inList));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    @DisplayName("RFC 8259: a rejection names the backend and gives an offset within the document (or -1)")
    void rejectionNamesBackendAndOffset(Rfc8259Corpus.Case c) {
        byte[] buffer = concat(bytes("garbage["), c.json(), bytes("]garbage"));
        JsonDecodeException e = rejected(c.toString(), () -> decoder().decodeTree(buffer, 8, c.json().length));
        assertThat(e.backend()).as("JsonDecodeException.backend()").isEqualTo(decoder().name());
        assertThat(e.offset()).as("JsonDecodeException.offset() of a %d-byte document at buffer offset 8", c.json().length)
                .isBetween(-1L, (long) c.json().length);
        assertThat(e.getMessage()).as("message").isNotBlank();
    }

    @Test
    @DisplayName("RFC 8259: a rejection's offset counts from the start of the decoded range, not of the buffer")
    void rejectionOffsetCountsFromTheRange() {
        JsonDecodeException tree = rejected("[1,2,] at offset 4", () -> decoder().decodeTree(bytes("xxxx[1,2,]"), 4, 6));
        assertThat(tree.offset()).as("offset of the ']' after a trailing comma, or unknown").isIn(5L, -1L);
        JsonDecodeException typed = rejected("{\"l\":\"5\"} at offset 2",
                () -> decoder().forType(Scalars.class).decode(bytes("xx{\"l\":\"5\"}"), 2, 9));
        assertThat(typed.offset()).as("offset of the string given for a long, or unknown").isIn(5L, -1L);
    }
}
