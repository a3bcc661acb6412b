package dev.jsonbench.adapters.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import java.io.IOException;

/**
 * A JsonFactory whose byte-array parsers are {@link CheckingParser}s, through the factory method jackson-core
 * provides for that ({@code _createParser}), reading UTF-8 without Jackson's charset detection. Left to itself,
 * Jackson skips a UTF-8 byte order mark and decodes UTF-16 and UTF-32, which it detects from zero bytes or a BOM in
 * the first four bytes. RFC 8259 JSON is UTF-8 and never contains a zero byte or 0xFE/0xFF, so any of those in the
 * first four bytes, or a UTF-8 BOM, is refused here with a message that says so (the UTF-8 parser would refuse them
 * too, as unexpected characters); its well-formedness Jackson checks fully, overlong forms and encoded surrogates
 * included.
 */
final class CheckingFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    CheckingFactory(JsonFactoryBuilder builder) {
        super(builder);
        if (!isEnabled(Feature.CANONICALIZE_FIELD_NAMES)) {
            throw new IllegalArgumentException("CheckingFactory reads names through Jackson's byte symbol table");
        }
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext context) throws IOException {
        long maxDocumentBytes = _streamReadConstraints.getMaxDocumentLength(); // DecodeLimits.maxDocumentBytes
        if (maxDocumentBytes > 0 && len > maxDocumentBytes) {
            throw new JsonDecodeException(JacksonDecoder.NAME, 0, DecodeLimits.exceededMessage("maxDocumentBytes", maxDocumentBytes));
        }
        checkEncoding(data, offset, len);
        return new CheckingParser(context, _parserFeatures, _objectCodec, _byteSymbolCanonicalizer.makeChild(_factoryFeatures),
                data, offset, offset + len);
    }

    private static void checkEncoding(byte[] b, int off, int len) {
        if (len >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB && b[off + 2] == (byte) 0xBF) {
            throw new JsonDecodeException(JacksonDecoder.NAME, 0, "a byte order mark (BOM) is not allowed before the JSON value");
        }
        for (int i = 0; i < Math.min(len, 4); i++) {
            int c = b[off + i] & 0xFF;
            if (c == 0 || c == 0xFE || c == 0xFF) {
                throw new JsonDecodeException(JacksonDecoder.NAME, i, String.format(
                        "unexpected byte 0x%02X: JSON text must be UTF-8 (UTF-16 and UTF-32 are not accepted)", c));
            }
        }
    }
}
