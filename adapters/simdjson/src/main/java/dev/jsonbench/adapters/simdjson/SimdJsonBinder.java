package dev.jsonbench.adapters.simdjson;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.TypeShape;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.simdjson.JsonValue;

/**
 * Binds one simdjson-java DOM value to a {@link TypeShape}, following the rules of
 * {@link dev.jsonbench.api.TypedDecoder}. A tree of binders is built once per type at {@code forType}; a decode walks
 * the DOM with it and copies every value out of the parser's tape. Thread-safe: per-document state lives in the
 * {@link SimdJsonSession} passed along.
 */
abstract class Binder {

    private static final String NAME = SimdJsonProvider.NAME;

    /** What is being bound, for error messages: "dev.jsonbench.fixtures.Item.id". */
    final String where;

    private Binder(String where) {
        this.where = where;
    }

    /** The bound value of {@code v}, which is valid until the session's document ends. */
    abstract Object bind(JsonValue v, SimdJsonSession session);

    static Binder of(TypeShape shape, String where) {
        return switch (shape) {
            case TypeShape.RecordOf record -> new RecordBinder(record, where);
            case TypeShape.ListOf list -> new ListBinder(of(list.element(), where + "[]"), where);
            case TypeShape.Scalar scalar -> switch (scalar.kind()) {
                case STRING -> new StringBinder(where);
                case LONG -> new LongBinder(scalar.nullable(), where);
                case INT -> new IntBinder(scalar.nullable(), where);
                case DOUBLE -> new DoubleBinder(scalar.nullable(), where);
                case BOOLEAN -> new BooleanBinder(scalar.nullable(), where);
                case BIG_INTEGER -> new BigIntegerBinder(where);
            };
            case TypeShape.Tree tree -> switch (tree.expected()) {
                case ANY -> new AnyBinder(where);
                case OBJECT -> new MapBinder(where);
                case ARRAY -> new ListOfObjectBinder(where);
            };
        };
    }

    final JsonDecodeException mismatch(String expected, JsonValue found) {
        return new JsonDecodeException(NAME, -1, "cannot bind " + where + ": expected " + expected + ", found "
                + describe(found));
    }

    final JsonDecodeException nullForPrimitive() {
        return new JsonDecodeException(NAME, -1, "cannot bind " + where + ": null for a primitive component");
    }

    private static String describe(JsonValue v) {
        if (v.isObject()) {
            return "an object";
        } else if (v.isArray()) {
            return "an array";
        } else if (v.isString()) {
            return "a string";
        } else if (v.isLong()) {
            return "the integer " + v.asLong();
        } else if (v.isDouble()) {
            return "the decimal number " + v.asDouble();
        } else if (v.isBoolean()) {
            return String.valueOf(v.asBoolean());
        }
        return "null";
    }

    private static final class RecordBinder extends Binder {
        private final TypeShape.RecordOf shape;
        private final String[] names;
        private final Binder[] components;

        RecordBinder(TypeShape.RecordOf shape, String where) {
            super(where);
            this.shape = shape;
            this.names = new String[shape.size()];
            this.components = new Binder[shape.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = shape.name(i);
                components[i] = of(shape.component(i), shape.type().getName() + "." + names[i]);
            }
        }

        @Override
        Object bind(JsonValue v, SimdJsonSession session) {
            if (!v.isObject()) {
                if (v.isNull()) {
                    return null;
                }
                throw mismatch("an object", v);
            }
            Object[] arguments = shape.newArguments();
            Iterator<Map.Entry<String, JsonValue>> members = v.objectIterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonValue> member = members.next();
                int index = indexOf(member.getKey());
                if (index >= 0) {
                    arguments[index] = components[index].bind(member.getValue(), session);
                }
            }
            return shape.construct(arguments);
        }

        private int indexOf(String name) {
            String[] names = this.names;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static final class ListBinder extends Binder {
        private final Binder element;

        ListBinder(Binder element, String where) {
            super(where);
            this.element = element;
        }

        @Override
        Object bind(JsonValue v, SimdJsonSession session) {
            if (!v.isArray()) {
                if (v.isNull()) {
                    return null;
                }
                throw mismatch("an array", v);
            }
            List<Object> list = new ArrayList<>(v.getSize());
            Iterator<JsonValue> elements = v.arrayIterator();
            while (elements.hasNext()) {
                list.add(element.bind(elements.next(), session));
            }
            return list;
        }
    }

    private static final class StringBinder extends Binder {
        StringBinder(String where) {
            super(where);
        }

        @Override
        Object bind(JsonValue v, SimdJsonSession session) {
            if (v.isString()) {
                return v.asString();
            } else if (v.isNull()) {
                return null;
            }
            throw mismatch("a string", v);
        }
    }

    /** Integer components take only integer literals: the tape's INT64 values (a decimal such as 1.0 is a DOUBLE). */
    private abstract static class IntegerBinder extends Binder {
        private final boolean nullable;

        IntegerBinder(boolean nullable, String where) {
            super(where);
            this.nullable = nullable;
        }

        @Override
        final Object bind(JsonValue v, SimdJsonSession session) {
            if (v.isLong()) {
                long value = v.asLong();
                BigInteger big = session.bigInteger(value);
                return big != null ? outOfRange(big) : integer(value);
            } else if (v.isNull()) {
                if (nullable) {
                    return null;
                }
                throw nullForPrimitive();
            }
            throw mismatch("an integer", v);
        }

        abstract Object integer(long value);

        final Object outOfRange(Object value) {
            throw new JsonDecodeException(NAME, -1, "cannot bind " + where + ": the integer " + value + " is out of range");
        }
    }

    private static final class LongBinder extends IntegerBinder {
        LongBinder(boolean nullable, String where) {
            super(nullable, where);
        }

        @Override
        Object integer(long value) {
            return value;
        }
    }

    private static final class IntBinder extends IntegerBinder {
        IntBinder(boolean nullable, String where) {
            super(nullable, where);
        }

        @Override
        Object integer(long value) {
            return value == (int) value ? (Object) (int) value : outOfRange(value);
        }
    }

    private static final class BigIntegerBinder extends Binder {
        BigIntegerBinder(String where) {
            super(where);
        }

        @Override
        Object bind(JsonValue v, SimdJsonSession session) {
            if (v.isLong()) {
                long value = v.asLong();
                BigInteger big = session.bigInteger(value);
                return big != null ? big : BigInteger.valueOf(value);
            } else if (v.isNull()) {
                return null;
            }
            throw mismatch("an integer", v);
        }
    }

    /** A double component takes any number; an integer gives its nearest double. */
    private static final class DoubleBinder extends Binder {
        private final boolean nullable;

        DoubleBinder(boolean nullable, String where) {
            super(where);
            this.nullable = nullable;
        }

        @Override
        Object bind(JsonValue v, SimdJsonSession session) {
            if (v.isDouble()) {
                return session.finite(v.asDouble());
            } else if (v.isLong()) {
                long value = v.asLong();
                BigInteger big = session.bigInteger(value);
                return big != null ? big.doubleValue() : (double) value;
            } else if (v.isNull()) {
                if (nullable) {
                    return null;
                }
                throw nullForPrimitive();
            }
            throw mismatch("a number", v);
        }
    }

    private static final class BooleanBinder extends Binder {
        private final boolean nullable;

        BooleanBinder(boolean nullable, String where) {
            super(where);
            this.nullable = nullable;
        }

        @Override
        Object bind(JsonValue v, SimdJsonSession session) {
            if (v.isBoolean()) {
                return v.asBoolean() ? Boolean.TRUE : Boolean.FALSE;
            } else if (v.isNull()) {
                if (nullable) {
                    return null;
                }
                throw nullForPrimitive();
            }
            throw mismatch("true or false", v);
        }
    }

    private static final class AnyBinder extends Binder {
        AnyBinder(String where) {
            super(where);
        }

        @Override
        Object bind(JsonValue v, SimdJsonSession session) {
            return session.value(v);
        }
    }

    private static final class MapBinder extends Binder {
        MapBinder(String where) {
            super(where);
        }

        @Override
        Object bind(JsonValue v, SimdJsonSession session) {
            if (v.isObject()) {
                return session.object(v);
            } else if (v.isNull()) {
                return null;
            }
            throw mismatch("an object", v);
        }
    }

    private static final class ListOfObjectBinder extends Binder {
        ListOfObjectBinder(String where) {
            super(where);
        }

        @Override
        Object bind(JsonValue v, SimdJsonSession session) {
            if (v.isArray()) {
                return session.array(v);
            } else if (v.isNull()) {
                return null;
            }
            throw mismatch("an array", v);
        }
    }
}
