package dev.jsonbench.adapters.jackson;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.AbstractJsonDecoder;
import dev.jsonbench.api.support.BoundTypedDecoder;
import dev.jsonbench.api.support.DecodeErrors;
import dev.jsonbench.api.support.TypeShape;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * The Jackson backend: jackson-databind's {@link ObjectReader}, one per type, over jackson-core's UTF-8 byte parser;
 * tree decodes build the value model straight from the parser ({@link JacksonTree}).
 *
 * <h2>Configuration</h2>
 * StreamReadConstraints from the {@link DecodeLimits} (depth, string length, number length, document length, and
 * three times maxStringLength for names, which Jackson measures in UTF-8 bytes); FAIL_ON_TRAILING_TOKENS;
 * FAIL_ON_UNKNOWN_PROPERTIES off and unknown members skipped ({@link JacksonBinder.SkipUnknown});
 * ACCEPT_FLOAT_AS_INT and ALLOW_COERCION_OF_SCALARS off, and no coercion of numbers or booleans to strings;
 * strict deserializers for the scalars and the untyped types ({@link JacksonBinder}), which is why
 * USE_LONG_FOR_INTS is not needed; STRICT_DUPLICATE_DETECTION off (the value model keeps the last duplicate).
 *
 * <h2>Gaps closed</h2>
 * Checked against jackson-core/databind 2.23.0. Jackson validates UTF-8 fully (overlong forms, encoded surrogates,
 * code points above U+10FFFF, truncated sequences), in names, values and skipped values, checks surrogate escapes
 * in names, enforces the nesting depth exactly and rejects comments, NaN, leading zeros, single quotes and the
 * like. What it does not do:
 * <ul>
 *   <li>it skips a UTF-8 BOM and decodes UTF-16/UTF-32 input it detects from zero bytes: {@link CheckingFactory}
 *       reads UTF-8 only; it accepts unpaired surrogate escapes in string values: {@link CheckingParser} checks
 *       each escape Jackson decodes;</li>
 *   <li>its untyped deserializer turns 1e400 into Infinity (and gives Integer without USE_LONG_FOR_INTS):
 *       {@link JacksonTree};</li>
 *   <li>FAIL_ON_NULL_FOR_PRIMITIVES also rejects an <em>absent</em> primitive record component, and coercions (1.0
 *       or "1" to long, 1 to boolean, numbers to String) are on by default: {@link JacksonBinder};</li>
 *   <li>databind builds a record as soon as it has read every component, and a member repeated after that fails
 *       ("No fallback setter/field defined for creator property"): such a document is decoded again as a tree, which
 *       keeps the last value, and the tree is bound ({@link #decodeRepeatedMembers});</li>
 *   <li>its number length limit counts digits only, its name length limit UTF-8 bytes, and it skips unknown members'
 *       strings without measuring them: numbers are measured in characters where they are converted
 *       ({@link JacksonTree#checkLength}), names in chars, and skipped members are measured by the parser every
 *       decode reads from ({@link CheckingParser}).</li>
 * </ul>
 *
 * <h2>Measured choices</h2>
 * Jackson already checks UTF-8, so the full jsonbench validator (about 20 % of a decode) would mostly repeat its
 * work; what is left is checked inside Jackson's own parser, a subclass of its UTF-8 byte parser made by
 * {@link CheckingFactory}, so that a document without escapes, over-long names or skipped members costs no pass of
 * its own. Typed decodes of the fixture, JMH forks interleaved round by round (12 rounds, median of the per-round
 * ratios, its 96 % sign-test interval; a one-off harness, bench/jmh/OVERHEAD.md §3 has its method and every figure):
 * <pre>
 * the checks as a JsonParserDelegate around Jackson's parser -> as its subclass        -6.0 % [-9, -3]
 * a byte pass for unpaired surrogate escapes (0.35 us) -> the check where Jackson
 *   decodes an escape; the adapter against the mapper without the adapter's checks     -1.4 % [-15, +7]
 * </pre>
 * The tree is built on the parser directly: as fast as going through an ObjectReader and 112 bytes less (no
 * DeserializationContext).
 */
public final class JacksonDecoder extends AbstractJsonDecoder {

    static final String NAME = "jackson";

    private static final String CONFIGURATION = "ObjectReader per type; FAIL_ON_TRAILING_TOKENS; StreamReadConstraints"
            + " from limits; no scalar coercion; strict scalar and untyped deserializers; UTF-8 only, no BOM;"
            + " surrogate escapes paired; limits also checked in skipped members";

    private final CheckingFactory factory;
    private final JsonMapper mapper;
    private final JacksonTree tree;

    JacksonDecoder(DecodeLimits limits) {
        super(NAME, ObjectReader.class, "com.fasterxml.jackson.core", "jackson-databind", CONFIGURATION, limits);
        this.tree = new JacksonTree(limits);
        this.factory = new CheckingFactory(new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxStringLength(limits.maxStringLength())
                        // Jackson counts a name's UTF-8 bytes, at most 3 per char; names are checked in chars.
                        .maxNameLength((int) Math.min(Integer.MAX_VALUE, 3L * limits.maxStringLength()))
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                // Member names that collide in Jackson's symbol table are a valid document: Jackson then stops
                // canonicalizing the names of that parser instead of refusing it (found by conformance --hostile).
                .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW));
        JacksonBinder deserializers = new JacksonBinder(tree);
        Module strict = new Module() {
            @Override
            public String getModuleName() {
                return "jsonbench-strict";
            }

            @Override
            public Version version() {
                return Version.unknownVersion();
            }

            @Override
            public void setupModule(SetupContext context) {
                context.addDeserializers(deserializers);
                context.addBeanDeserializerModifier(new JacksonBinder.SkipUnknown());
            }
        };
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(strict);
        this.mapper = builder.build();
    }

    @Override
    public <T> TypedDecoder<T> forType(Type type) {
        TypeShape.of(type, NAME); // refuses what the other backends refuse, saying why
        ObjectReader reader = mapper.readerFor(mapper.constructType(type));
        return new BoundTypedDecoder<>(this, type, (json, offset, length) -> decode(reader, json, offset, length));
    }

    @Override
    public Object decodeTree(byte[] json, int offset, int length) {
        JsonParser p = null;
        try {
            p = factory.createParser(json, offset, length);
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonDecodeException(NAME, 0, "empty document: expected a JSON value");
            }
            Object value = tree.value(p, t);
            if (p.nextToken() != null) {
                throw error(p, "trailing content after the JSON value");
            }
            return value;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw decodeError(e, p);
        } finally {
            close(p);
        }
    }

    /** A typed decode: databind's reader for the type, over a parser that checks what Jackson does not. */
    private <T> T decode(ObjectReader reader, byte[] json, int offset, int length) {
        JsonParser p = null;
        try {
            p = factory.createParser(json, offset, length);
            return reader.readValue(p);
        } catch (InvalidDefinitionException e) {
            close(p);
            p = null;
            return decodeRepeatedMembers(reader, json, offset, length);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw decodeError(e, p);
        } finally {
            close(p);
        }
    }

    /**
     * Databind builds a record as soon as every component has been read and fails on a member repeated after that
     * ("No fallback setter/field defined for creator property"). The value model keeps the last value of a repeated
     * member, as the tree does: decode the document as a tree and bind that. Only such documents take this path.
     */
    private <T> T decodeRepeatedMembers(ObjectReader reader, byte[] json, int offset, int length) {
        Object value = decodeTree(json, offset, length);
        JsonParser p = null;
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            mapper.writeValue(buffer, value);
            p = buffer.asParser();
            return reader.readValue(p);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw decodeError(e, null);
        } finally {
            close(p);
        }
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException | RuntimeException e) {
                // nothing to release that matters
            }
        }
    }

    /** An error at the parser's current token. */
    static JsonDecodeException error(JsonParser p, String message) {
        return new JsonDecodeException(NAME, tokenOffset(p), message);
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    private static long tokenOffset(JsonParser p) {
        if (p == null) {
            return -1;
        }
        try {
            JsonLocation location = p.currentTokenLocation();
            return location == null ? -1 : location.getByteOffset();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * Turns whatever a decode threw into a JsonDecodeException: ours as is (databind may have wrapped it), Jackson's
     * with its byte offset and its message without the location, a limit with the DecodeLimits message.
     */
    private JsonDecodeException decodeError(Throwable e, JsonParser p) {
        JacksonException innermost = null;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof JsonDecodeException ours) {
                return ours;
            }
            if (c instanceof JacksonException jackson) {
                innermost = jackson;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        if (e instanceof StackOverflowError overflow) {
            return DecodeErrors.stackOverflow(NAME, limits(), overflow);
        }
        if (innermost == null) {
            return new JsonDecodeException(NAME, tokenOffset(p), "unexpected failure: " + e, e);
        }
        long offset = -1;
        JsonLocation location = innermost.getLocation();
        if (location != null) {
            offset = location.getByteOffset();
        }
        if (offset < 0) {
            offset = tokenOffset(p);
        }
        if (innermost instanceof StreamConstraintsException) {
            return new JsonDecodeException(NAME, offset, limitMessage(innermost.getOriginalMessage()), e);
        }
        return new JsonDecodeException(NAME, offset, innermost.getOriginalMessage(), e);
    }

    /** Jackson names the StreamReadConstraints getter of the limit that was exceeded. */
    private String limitMessage(String jacksonMessage) {
        String text = String.valueOf(jacksonMessage);
        if (text.contains("getMaxNestingDepth")) {
            return DecodeLimits.exceededMessage("maxNestingDepth", limits().maxNestingDepth());
        } else if (text.contains("getMaxNumberLength")) {
            return DecodeLimits.exceededMessage("maxNumberLength", limits().maxNumberLength());
        } else if (text.contains("getMaxStringLength") || text.contains("getMaxNameLength")) {
            return DecodeLimits.exceededMessage("maxStringLength", limits().maxStringLength());
        } else if (text.contains("getMaxDocumentLength")) {
            return DecodeLimits.exceededMessage("maxDocumentBytes", limits().maxDocumentBytes());
        }
        return text;
    }
}
