package dev.jsonbench.adapters.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import dev.jsonbench.api.support.TypeShape;
import dev.jsonbench.api.support.TypeShape.ScalarKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * The deserializers that make databind follow the binding rules of {@code TypedDecoder} and the value model:
 * <ul>
 *   <li>{@code Object}, {@code Map<String,Object>} and {@code List<Object>} are built by {@link JacksonTree}
 *       (Jackson's untyped deserializer turns 1e400 into Infinity);</li>
 *   <li>the scalars take only their own JSON kind: an integer component an in-range integer literal (no 1.0, no
 *       "1"), a double component any number that fits a double, a boolean only true/false. Jackson with
 *       FAIL_ON_NULL_FOR_PRIMITIVES also fails on an <em>absent</em> primitive record component (it asks the same
 *       null provider), so null is refused here instead: {@link #getNullValue} throws for a primitive while
 *       {@link #getAbsentValue} gives 0/false;</li>
 *   <li>every bean ignores unknown members by skipping them (with FAIL_ON_UNKNOWN_PROPERTIES off alone, databind
 *       copies unknown members seen before the last creator property into a TokenBuffer);</li>
 *   <li>arrays read their elements with the element type's deserializer ({@link ArrayOf}): databind's own primitive
 *       array deserializers turn null into 0, 1e400 into Infinity and skip the scalar deserializers above.</li>
 * </ul>
 * Lists, collections and typed maps ({@code Map<String, V>}) keep databind's deserializers, which read their elements
 * and values with the ones above and build an ArrayList and a LinkedHashMap in document order.
 * Strings keep Jackson's deserializer: with scalar coercion off it accepts only JSON strings.
 */
final class JacksonBinder extends Deserializers.Base {

    private final JsonDeserializer<Object> any;
    private final JsonDeserializer<Object> object;
    private final JsonDeserializer<Object> array;
    private final JacksonTree tree;

    JacksonBinder(JacksonTree tree) {
        this.tree = tree;
        this.any = new Untyped(tree, null);
        this.object = new Untyped(tree, JsonToken.START_OBJECT);
        this.array = new Untyped(tree, JsonToken.START_ARRAY);
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (raw == Object.class) {
            return any;
        }
        ScalarKind kind = ScalarKind.of(raw);
        // Strings keep Jackson's deserializer, which takes only JSON strings with scalar coercion off.
        return kind == null || kind == ScalarKind.STRING ? null : new Scalar(tree, kind, raw.isPrimitive());
    }

    @Override
    public JsonDeserializer<?> findMapDeserializer(MapType type, DeserializationConfig config, BeanDescription beanDesc,
            KeyDeserializer keyDeserializer, TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
        return type.getKeyType().hasRawClass(String.class) && type.getContentType().hasRawClass(Object.class) ? object : null;
    }

    @Override
    public JsonDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
            BeanDescription beanDesc, TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
        return (type.hasRawClass(List.class) || type.hasRawClass(Collection.class))
                && type.getContentType().hasRawClass(Object.class) ? array : null;
    }

    @Override
    public JsonDeserializer<?> findArrayDeserializer(ArrayType type, DeserializationConfig config, BeanDescription beanDesc,
            TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
        return new ArrayOf(type.getContentType(), null);
    }

    /** Makes every bean skip unknown members instead of buffering them. */
    static final class SkipUnknown extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription beanDesc,
                BeanDeserializerBuilder builder) {
            builder.setIgnoreUnknownProperties(true);
            return builder;
        }
    }

    /** A value of the value model; {@code expected} is the first token the declaration demands, or null for any. */
    static final class Untyped extends JsonDeserializer<Object> {
        private final JacksonTree tree;
        private final JsonToken expected;

        Untyped(JacksonTree tree, JsonToken expected) {
            this.tree = tree;
            this.expected = expected;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (expected != null && t != expected
                    && !(expected == JsonToken.START_OBJECT && (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT))) {
                throw JacksonDecoder.error(p, (expected == JsonToken.START_OBJECT ? "expected an object, found " : "expected an array, found ")
                        + JacksonDecoder.describe(t));
            }
            if (t == JsonToken.END_OBJECT) {
                return new LinkedHashMap<String, Object>();
            }
            return tree.value(p, t);
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** An array {@code E[]}, primitive or not: its elements read by the deserializer of {@code E}. */
    static final class ArrayOf extends JsonDeserializer<Object> implements ContextualDeserializer {
        private final JavaType elementType;
        private final JsonDeserializer<Object> elements;

        ArrayOf(JavaType elementType, JsonDeserializer<Object> elements) {
            this.elementType = elementType;
            this.elements = elements;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            return elements != null ? this : new ArrayOf(elementType, ctxt.findContextualValueDeserializer(elementType, property));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.START_ARRAY) {
                throw JacksonDecoder.error(p, "expected an array, found " + JacksonDecoder.describe(t));
            }
            List<Object> list = new ArrayList<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                list.add(t == JsonToken.VALUE_NULL ? elements.getNullValue(ctxt) : elements.deserialize(p, ctxt));
            }
            return TypeShape.ArrayOf.toArray(elementType.getRawClass(), list);
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** A scalar component or element, strictly of its own JSON kind. */
    static final class Scalar extends JsonDeserializer<Object> {
        private final JacksonTree tree;
        private final ScalarKind kind;
        private final boolean primitive;

        Scalar(JacksonTree tree, ScalarKind kind, boolean primitive) {
            this.tree = tree;
            this.kind = kind;
            this.primitive = primitive;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            switch (kind) {
                case LONG, INT, BIG_INTEGER -> {
                    if (t == JsonToken.VALUE_NUMBER_INT) {
                        tree.checkLength(p);
                        JsonParser.NumberType type = p.getNumberType();
                        if (kind == ScalarKind.BIG_INTEGER) {
                            return p.getBigIntegerValue();
                        }
                        if (type == JsonParser.NumberType.INT) {
                            return kind == ScalarKind.INT ? (Object) p.getIntValue() : (Object) (long) p.getIntValue();
                        }
                        if (type == JsonParser.NumberType.LONG) {
                            // A TokenBuffer (see JacksonDecoder#decodeRepeatedMembers) reports every long as LONG, however small.
                            long value = p.getLongValue();
                            if (kind == ScalarKind.LONG) {
                                return value;
                            } else if ((int) value == value) {
                                return (int) value;
                            }
                        }
                        throw JacksonDecoder.error(p, "integer " + p.getText() + " is out of range for "
                                + (kind == ScalarKind.INT ? "an int" : "a long"));
                    }
                }
                case DOUBLE -> {
                    if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                        return tree.finiteDouble(p);
                    }
                }
                case BOOLEAN -> {
                    if (t == JsonToken.VALUE_TRUE) {
                        return Boolean.TRUE;
                    } else if (t == JsonToken.VALUE_FALSE) {
                        return Boolean.FALSE;
                    }
                }
                default -> throw new IllegalStateException("not a scalar handled here: " + kind);
            }
            throw JacksonDecoder.error(p, "expected " + expectation() + ", found " + JacksonDecoder.describe(t));
        }

        private String expectation() {
            return switch (kind) {
                case LONG, BIG_INTEGER -> "an integer";
                case INT -> "an integer (int)";
                case DOUBLE -> "a number";
                case BOOLEAN -> "true or false";
                default -> kind.toString();
            };
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            if (primitive) {
                throw JacksonDecoder.error(ctxt.getParser(), "null is not allowed for a component of primitive type "
                        + kind.toString().toLowerCase(Locale.ROOT));
            }
            return null;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            if (!primitive) {
                return null;
            }
            return switch (kind) {
                case LONG -> 0L;
                case INT -> 0;
                case DOUBLE -> 0.0;
                case BOOLEAN -> Boolean.FALSE;
                default -> null;
            };
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
