package dev.jsonbench.api.support;

import dev.jsonbench.api.support.TypeShape.ListOf;
import dev.jsonbench.api.support.TypeShape.RecordOf;
import dev.jsonbench.api.support.TypeShape.Scalar;
import dev.jsonbench.api.support.TypeShape.ScalarKind;
import dev.jsonbench.api.support.TypeShape.Tree;
import dev.jsonbench.api.support.TypeShape.TreeKind;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a target type binds to JSON, worked out once (at {@code forType}) so that a decode does no reflective
 * lookup. For adapters whose backend cannot bind records with untyped members itself: the adapter walks its
 * backend's tokens and follows the shape.
 *
 * <p>Supported: records whose components are {@code String}, {@code long}/{@code Long}, {@code int}/{@code Integer},
 * {@code double}/{@code Double}, {@code boolean}/{@code Boolean}, {@code BigInteger}, other supported records,
 * {@code List<E>} of a supported {@code E}, and {@code Object}, {@code Map<String,Object>} or {@code List<Object>},
 * which take the value model.
 */
public sealed interface TypeShape {

    /** A JSON value of the decoder value model; {@code expected} says which JSON kind the declaration demands. */
    record Tree(TreeKind expected) implements TypeShape {
    }

    enum TreeKind { ANY, OBJECT, ARRAY }

    record Scalar(ScalarKind kind, boolean nullable) implements TypeShape {
    }

    enum ScalarKind {
        STRING, LONG, INT, DOUBLE, BOOLEAN, BIG_INTEGER;

        /** The kind a component of class {@code c} has (a primitive and its box alike), or null if it is no scalar. */
        public static ScalarKind of(Class<?> c) {
            if (c == String.class) {
                return STRING;
            } else if (c == long.class || c == Long.class) {
                return LONG;
            } else if (c == int.class || c == Integer.class) {
                return INT;
            } else if (c == double.class || c == Double.class) {
                return DOUBLE;
            } else if (c == boolean.class || c == Boolean.class) {
                return BOOLEAN;
            } else if (c == BigInteger.class) {
                return BIG_INTEGER;
            }
            return null;
        }

        /**
         * Binds a number of the value model ({@code Long}, {@code BigInteger} or {@code Double}, as
         * {@link JsonNumbers#parse} gives) to this kind, or returns null when it does not fit, so that the caller
         * throws its own mismatch with its own context. LONG takes a Long; INT a Long within int range; BIG_INTEGER
         * any integer; DOUBLE any number, an integer giving its nearest double (null when a BigInteger is too large
         * for a finite double). STRING and BOOLEAN take no number (always null).
         */
        public Object bindNumber(Object number) {
            switch (this) {
                case LONG:
                    return number instanceof Long ? number : null;
                case INT:
                    return number instanceof Long value && value == value.intValue() ? (Object) value.intValue() : null;
                case BIG_INTEGER:
                    if (number instanceof Long value) {
                        return BigInteger.valueOf(value);
                    }
                    return number instanceof BigInteger ? number : null;
                case DOUBLE:
                    if (number instanceof Double) {
                        return number;
                    }
                    if (number instanceof Long value) {
                        return (double) value; // rounds to nearest (JLS 5.1.2)
                    }
                    double value = ((BigInteger) number).doubleValue();
                    return Double.isInfinite(value) ? null : (Object) value;
                default:
                    return null;
            }
        }
    }

    record ListOf(TypeShape element) implements TypeShape {
    }

    /** A record: its component names, their shapes and a constructor taking the arguments as an array. */
    final class RecordOf implements TypeShape {
        private final Class<?> type;
        private final String[] names;
        private final TypeShape[] components;
        private final Object[] absent;
        private final MethodHandle constructor;

        RecordOf(Class<?> type, String[] names, TypeShape[] components, Object[] absent, MethodHandle constructor) {
            this.type = type;
            this.names = names;
            this.components = components;
            this.absent = absent;
            this.constructor = constructor;
        }

        public Class<?> type() {
            return type;
        }

        public int size() {
            return names.length;
        }

        public String name(int index) {
            return names[index];
        }

        public TypeShape component(int index) {
            return components[index];
        }

        /** The component bound to member {@code name}, or -1 for a member to skip. */
        public int indexOf(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /** Fresh constructor arguments holding the value of every absent member (null, 0 or false). */
        public Object[] newArguments() {
            return absent.clone();
        }

        public Object construct(Object[] arguments) {
            try {
                return constructor.invokeExact(arguments);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("constructor of " + type.getName() + " failed", e);
            }
        }
    }

    /**
     * The shape of {@code type}.
     *
     * @throws IllegalArgumentException naming the backend, the type and the component that cannot be bound
     */
    static TypeShape of(Class<?> type, String backend) {
        return TypeShapeAnalysis.shape(type, type.getName(), backend, new HashSet<>());
    }
}

/** Builds {@link TypeShape}s; reflection happens here only. */
final class TypeShapeAnalysis {
    private TypeShapeAnalysis() {
    }

    /** @param enclosing the records being analysed around {@code type}: one of them again would never end */
    static TypeShape shape(Type type, String where, String backend, Set<Class<?>> enclosing) {
        if (type == Object.class) {
            return new Tree(TreeKind.ANY);
        }
        if (type instanceof Class<?> c) {
            if (c.isRecord()) {
                return record(c, backend, enclosing);
            }
            ScalarKind kind = ScalarKind.of(c);
            if (kind != null) {
                return new Scalar(kind, !c.isPrimitive());
            }
            if (c == Map.class || c == List.class) {
                throw refuse(backend, where, type, "a raw " + c.getSimpleName() + " needs type arguments");
            }
        }
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return isObject(args[0]) ? new Tree(TreeKind.ARRAY) : new ListOf(shape(args[0], where + "[]", backend, enclosing));
            }
            if (raw == Map.class && args[0] == String.class && isObject(args[1])) {
                return new Tree(TreeKind.OBJECT);
            }
        }
        throw refuse(backend, where, type, "unsupported type");
    }

    private static TypeShape record(Class<?> type, String backend, Set<Class<?>> enclosing) {
        if (!enclosing.add(type)) {
            throw refuse(backend, type.getName(), type, "a record that contains itself (directly or through records and "
                    + "lists) has no finite shape");
        }
        RecordComponent[] parts = type.getRecordComponents();
        String[] names = new String[parts.length];
        TypeShape[] components = new TypeShape[parts.length];
        Object[] absent = new Object[parts.length];
        Class<?>[] parameterTypes = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            names[i] = parts[i].getName();
            components[i] = shape(parts[i].getGenericType(), type.getName() + "." + names[i], backend, enclosing);
            absent[i] = absentValue(parts[i].getType());
            parameterTypes[i] = parts[i].getType();
        }
        enclosing.remove(type);
        try {
            MethodHandle constructor = MethodHandles.publicLookup()
                    .findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                    .asSpreader(Object[].class, parts.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new RecordOf(type, names, components, absent, constructor);
        } catch (ReflectiveOperationException e) {
            throw refuse(backend, type.getName(), type, "its canonical constructor is not public (" + e.getMessage() + ")");
        }
    }

    private static Object absentValue(Class<?> c) {
        if (c == long.class) {
            return 0L;
        } else if (c == int.class) {
            return 0;
        } else if (c == double.class) {
            return 0.0;
        } else if (c == boolean.class) {
            return false;
        }
        return null;
    }

    private static boolean isObject(Type type) {
        return type == Object.class
                || type instanceof WildcardType w && w.getLowerBounds().length == 0 && w.getUpperBounds()[0] == Object.class;
    }

    private static IllegalArgumentException refuse(String backend, String where, Type type, String why) {
        return new IllegalArgumentException(backend + " cannot bind " + where + " of type " + type.getTypeName() + ": " + why
                + ". Supported: records of String, long, int, double, boolean (or boxed), BigInteger, records, List<E>, "
                + "and Object, Map<String,Object> or List<Object> for untyped values");
    }
}
