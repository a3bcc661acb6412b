package dev.jsonbench.direct;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.fixtures.ApiResponse;
import java.io.IOException;

/**
 * Jackson without the adapter: a mapper configured as the adapter configures its own, as far as Jackson's settings
 * go (same StreamReadConstraints from the default limits, FAIL_ON_TRAILING_TOKENS, unknown members ignored, no
 * coercions, USE_LONG_FOR_INTS so untyped integers are Long as in the value model), and one {@link ObjectReader} per
 * target, reading the byte array.
 *
 * <p>What the adapter adds and this leaves out: its subclass of Jackson's parser (UTF-8 only, no BOM, surrogate escapes
 * paired, names measured in chars, skipped values measured), its strict scalar deserializers and its own tree builder
 * (which rejects numbers overflowing a double and checks number lengths in characters). Jackson has no switch for
 * any of it, so there is no "validated" variant here: Jackson is strict enough by itself that the adapter does not
 * run the jsonbench validator.
 */
public final class JacksonDirect extends DirectDecoder {

    private final ObjectReader typedReader;
    private final ObjectReader treeReader;

    public JacksonDirect() {
        super("jackson", ObjectReader.class, "com.fasterxml.jackson.core", "jackson-databind",
                "ObjectMapper with the adapter's limits, FAIL_ON_TRAILING_TOKENS, USE_LONG_FOR_INTS, no coercions; "
                        + "one ObjectReader per target; tree: Jackson's own untyped deserializer");
        DecodeLimits limits = DecodeLimits.defaults();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength((int) Math.min(Integer.MAX_VALUE, 3L * limits.maxStringLength()))
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_LONG_FOR_INTS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
        typedReader = mapper.readerFor(ApiResponse.class);
        treeReader = mapper.readerFor(Object.class);
    }

    @Override
    ApiResponse typed(byte[] json) throws IOException {
        return typedReader.readValue(json);
    }

    /** Jackson's own untyped deserializer: LinkedHashMap, ArrayList, String, Long/BigInteger, Double, Boolean. */
    @Override
    Object tree(byte[] json) throws IOException {
        return treeReader.readValue(json);
    }
}
