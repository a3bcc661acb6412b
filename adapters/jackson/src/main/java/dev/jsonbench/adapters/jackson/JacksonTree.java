package dev.jsonbench.adapters.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import dev.jsonbench.api.DecodeLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the value model from Jackson's token stream: for tree decodes, and (through {@link JacksonBinder})
 * for every untyped component of a typed decode. Recursive; the parser enforces
 * {@link DecodeLimits#maxNestingDepth()} before a container is entered.
 *
 * <p>Jackson's own untyped deserializer differs from the value model in two ways this closes: a number overflowing
 * a double becomes {@code Infinity} instead of an error, and small integers become {@code Integer} unless
 * USE_LONG_FOR_INTS is on. Jackson limits a number's digits; {@link DecodeLimits#maxNumberLength()} counts its
 * characters (sign, point and exponent too), which is checked here for every number that is converted; Jackson
 * limits a member name's UTF-8 bytes, {@link DecodeLimits#maxStringLength()} its chars, which {@link CheckingParser}
 * checks for every name it reads.
 */
final class JacksonTree {

    private final int maxNumberLength;

    JacksonTree(DecodeLimits limits) {
        this.maxNumberLength = limits.maxNumberLength();
    }

    /** The value whose first token, {@code t}, the parser is at; on return the parser is at its last token. */
    Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t.id()) {
            case JsonTokenId.ID_START_OBJECT:
                return object(p);
            case JsonTokenId.ID_START_ARRAY:
                return array(p);
            case JsonTokenId.ID_STRING:
                return p.getText();
            case JsonTokenId.ID_NUMBER_INT:
                return integer(p);
            case JsonTokenId.ID_NUMBER_FLOAT:
                return floating(p);
            case JsonTokenId.ID_TRUE:
                return Boolean.TRUE;
            case JsonTokenId.ID_FALSE:
                return Boolean.FALSE;
            case JsonTokenId.ID_NULL:
                return null;
            case JsonTokenId.ID_FIELD_NAME:
                // Databind may hand over an object whose START_OBJECT it has consumed already.
                return members(p, new LinkedHashMap<>(), p.currentName());
            default:
                throw JacksonDecoder.error(p, "unexpected token " + t);
        }
    }

    Map<String, Object> object(JsonParser p) throws IOException {
        return members(p, new LinkedHashMap<>(), p.nextFieldName());
    }

    /** Reads members from the one named {@code name} (the parser at its name) to the end of the object. */
    private Map<String, Object> members(JsonParser p, Map<String, Object> map, String name) throws IOException {
        while (name != null) {
            // put: a repeated name keeps its first position and takes the last value.
            map.put(name, value(p, p.nextToken()));
            name = p.nextFieldName();
        }
        return map;
    }

    List<Object> array(JsonParser p) throws IOException {
        List<Object> list = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            list.add(value(p, t));
        }
        return list;
    }

    /** An integer token as Long, or BigInteger when it does not fit. */
    Object integer(JsonParser p) throws IOException {
        checkLength(p);
        return switch (p.getNumberType()) {
            case INT -> (long) p.getIntValue();
            case LONG -> p.getLongValue();
            default -> p.getBigIntegerValue();
        };
    }

    /** A number token (integer or not) as a finite double. */
    double finiteDouble(JsonParser p) throws IOException {
        checkLength(p);
        double value = p.getDoubleValue();
        if (Double.isInfinite(value)) {
            throw JacksonDecoder.error(p, "number " + excerpt(p.getText()) + " is too large for a double");
        }
        return value;
    }

    private Object floating(JsonParser p) throws IOException {
        return finiteDouble(p);
    }

    /** Checks the literal's length in characters; the parser limited its digits only. */
    void checkLength(JsonParser p) throws IOException {
        checkLength(p, maxNumberLength);
    }

    static void checkLength(JsonParser p, int maxNumberLength) throws IOException {
        if (p.getTextLength() > maxNumberLength) {
            throw JacksonDecoder.error(p, DecodeLimits.exceededMessage("maxNumberLength", maxNumberLength));
        }
    }

    private static String excerpt(String literal) {
        return literal.length() <= 40 ? literal : literal.substring(0, 40) + "...";
    }
}
