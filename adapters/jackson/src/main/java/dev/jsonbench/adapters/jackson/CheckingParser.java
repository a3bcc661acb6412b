package dev.jsonbench.adapters.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.JsonStrings;
import java.io.IOException;

/**
 * Jackson's UTF-8 byte parser, made to check what Jackson checks differently or not at all ({@link CheckingFactory}
 * creates it for every decode):
 * <ul>
 *   <li>unpaired surrogate escapes in strings ({@code "\\uD800"}), which Jackson decodes into an ill-formed string
 *       (it refuses them in member names only): checked where Jackson decodes an escape, whether the string is read
 *       or skipped, so a document without escapes costs nothing;</li>
 *   <li>member names: Jackson limits their UTF-8 bytes, so it is given three times the limit (the most bytes a
 *       name within the limit can take) and names are checked here in chars;</li>
 *   <li>skipped members: databind skips unknown members with {@link #skipChildren()}, and Jackson skips a string
 *       without measuring it; here every string, name and number inside a skipped value is measured (the strings
 *       are decoded to do so: only skipped ones, and only as far as the limit allows).</li>
 * </ul>
 * The limits are read from the parser's StreamReadConstraints, which the decoder sets from its {@link DecodeLimits}
 * (string and number lengths alike; names get three times the string limit), so the parser carries no field for them.
 * A subclass rather than a {@code JsonParserDelegate}: databind then calls Jackson's methods directly, with no
 * forwarding call per token (the delegate cost 6 % of a typed decode of the fixture; bench/jmh/OVERHEAD.md).
 * The overrides are the methods that can move onto a member name without calling {@link #nextToken()}; the others
 * ({@code nextValue}, {@code nextTextValue}, {@code nextLongValue}, ...) reach a name through it.
 */
final class CheckingParser extends UTF8StreamJsonParser {

    private static final int UNICODE_ESCAPE_LENGTH = 6;

    /** The escape decoded last was a high surrogate, and a low surrogate escape follows it at once. */
    private boolean lowSurrogateDue;

    CheckingParser(IOContext context, int features, ObjectCodec codec, ByteQuadsCanonicalizer names, byte[] input,
            int start, int end) {
        super(context, features, null, codec, names, input, start, end, 0, false);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = super.nextToken();
        if (t == JsonToken.FIELD_NAME) {
            checkName(currentName());
        }
        return t;
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = super.nextFieldName();
        if (name != null) {
            checkName(name);
        }
        return name;
    }

    @Override
    public boolean nextFieldName(SerializableString expected) throws IOException {
        boolean matched = super.nextFieldName(expected);
        if (_currToken == JsonToken.FIELD_NAME) {
            checkName(currentName());
        }
        return matched;
    }

    /**
     * Every escape of a string Jackson reads, skips or takes as a name passes here, just after its last byte. A
     * surrogate can only come from a {@code \\u} escape: Jackson refuses UTF-8 that encodes one.
     */
    @Override
    protected char _decodeEscaped() throws IOException {
        char c = super._decodeEscaped();
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && !lowSurrogateDue && lowSurrogateEscapeAt(_inputPtr)) {
                lowSurrogateDue = true;
            } else if (Character.isLowSurrogate(c) && lowSurrogateDue) {
                lowSurrogateDue = false;
            } else {
                throw unpaired(c);
            }
        }
        return c;
    }

    private boolean lowSurrogateEscapeAt(int i) {
        return i + UNICODE_ESCAPE_LENGTH <= _inputEnd && _inputBuffer[i] == '\\' && _inputBuffer[i + 1] == 'u'
                && Character.isLowSurrogate((char) JsonStrings.hex4(_inputBuffer, i + 2, _inputEnd));
    }

    /** At the backslash of the escape just decoded. */
    private JsonDecodeException unpaired(char unit) {
        long offset = _currInputProcessed + _inputPtr - UNICODE_ESCAPE_LENGTH;
        return new JsonDecodeException(JacksonDecoder.NAME, offset, Character.isHighSurrogate(unit)
                ? String.format("unpaired surrogate escape \\u%04X: a high surrogate must be followed at once by a low"
                        + " surrogate escape (\\uDC00-\\uDFFF)", (int) unit)
                : String.format("unpaired surrogate escape \\u%04X: a low surrogate must follow a high surrogate escape"
                        + " (\\uD800-\\uDBFF)", (int) unit));
    }

    /** Skips the value at the current token (as Jackson does) while measuring what it skips. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = _currToken;
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            checkScalar(t);
            return this;
        }
        int open = 1;
        while (open > 0) {
            t = nextToken(); // checks names
            if (t == null) {
                return this; // end of input: the caller's next read reports it
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> open++;
                case END_OBJECT, END_ARRAY -> open--;
                default -> checkScalar(t);
            }
        }
        return this;
    }

    private void checkScalar(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            // Decodes the string to measure it: only a skipped one, and only as far as the limit allows.
            checkLength(getTextLength(), "maxStringLength", _streamReadConstraints.getMaxStringLength());
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            JacksonTree.checkLength(this, _streamReadConstraints.getMaxNumberLength());
        }
    }

    /** Jackson limits a name's UTF-8 bytes (it is given three times the limit); the limit counts chars. */
    private void checkName(String name) {
        checkLength(name.length(), "maxStringLength", _streamReadConstraints.getMaxStringLength());
    }

    private void checkLength(int length, String setting, int limit) {
        if (length > limit) {
            throw JacksonDecoder.error(this, DecodeLimits.exceededMessage(setting, limit));
        }
    }
}
