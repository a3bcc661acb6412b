package dev.jsonbench.api.support;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.List;

/**
 * How a target type binds to JSON, worked out once (at {@code forType}) so that a decode does no reflective
 * lookup. For adapters whose backend cannot bind records with untyped members itself: the adapter walks its
 * backend's tokens and follows the shape. Every adapter calls {@link #of} at {@code forType}, so that all of them
 * refuse the same types with the same words.
 *
 * <p>Supported, at the top and inside one another: {@code String}, {@code long}/{@code Long}, {@code int}/{@code Integer},
 * {@code double}/{@code Double}, {@code boolean}/{@code Boolean}, {@code BigInteger}; records (generic ones with their
 * type arguments, recursive ones too); {@code List<E>} and {@code Collection<E>} (an {@code ArrayList}),
 * {@code Map<String, V>} (a {@code LinkedHashMap} in document order) and arrays {@code E[]} (primitive ones too) of a
 * supported {@code E} or {@code V}; and {@code Object}, {@code Map<String,Object>} or {@code List<Object>}, which take
 * the value model. A wildcard {@code ? extends E} binds as {@code E}.
 *
 * <p>A shape may be cyclic: a recursive record ({@code record Node(List<Node> children)}) is one {@link RecordOf}
 * that appears inside itself.
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

    /** {@code List<E>} or {@code Collection<E>} of a typed element: an {@code ArrayList}. */
    record ListOf(TypeShape element) implements TypeShape {
    }

    /** {@code Map<String, V>} of a typed value: a {@code LinkedHashMap} in document order. */
    record MapOf(TypeShape value) implements TypeShape {
    }

    /** An array {@code E[]}: read as a list of {@code element}, then {@link #toArray} of {@code componentType}. */
    record ArrayOf(TypeShape element, Class<?> componentType) implements TypeShape {

        /** The array of the decoded {@code elements}. */
        public Object toArray(List<?> elements) {
            return toArray(componentType, elements);
        }

        /**
         * An array of {@code componentType} holding {@code elements} (boxes unboxed into a primitive array), for
         * adapters whose backend reads the elements itself.
         */
        public static Object toArray(Class<?> componentType, List<?> elements) {
            int n = elements.size();
            if (!componentType.isPrimitive()) {
                return elements.toArray((Object[]) Array.newInstance(componentType, n));
            }
            Object array = Array.newInstance(componentType, n);
            for (int i = 0; i < n; i++) {
                Array.set(array, i, elements.get(i)); // unboxes
            }
            return array;
        }
    }

    /**
     * A record: its component names, their shapes and a constructor taking the arguments as an array. Identity is
     * equality: a recursive record contains itself.
     */
    final class RecordOf implements TypeShape {
        private final Class<?> type;
        private final String[] names;
        private final TypeShape[] components;
        private final Object[] absent;
        private final MethodHandle constructor;
        /** {@code (Object[] references, long[] primitives, int base)Object}, or null for a record too wide for one. */
        private final MethodHandle frameConstructor;
        private final boolean[] primitive;

        RecordOf(Class<?> type, String[] names, TypeShape[] components, Object[] absent, MethodHandle constructor,
                MethodHandle frameConstructor, boolean[] primitive) {
            this.type = type;
            this.names = names;
            this.components = components;
            this.absent = absent;
            this.constructor = constructor;
            this.frameConstructor = frameConstructor;
            this.primitive = primitive;
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

        /** The record from the frame at {@code base} of {@code frames}: primitives unboxed all the way. */
        Object construct(ArgumentFrames frames, int base) {
            if (frameConstructor == null) {
                Object[] arguments = absent.clone();
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = primitive[i] ? box(components[i], frames.primitives()[base + i])
                            : frames.references()[base + i];
                }
                return construct(arguments);
            }
            try {
                return frameConstructor.invokeExact(frames.references(), frames.primitives(), base);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("constructor of " + type.getName() + " failed", e);
            }
        }

        private static Object box(TypeShape component, long bits) {
            return switch (((Scalar) component).kind()) {
                case LONG -> bits;
                case INT -> (int) bits;
                case DOUBLE -> Double.longBitsToDouble(bits);
                default -> bits != 0;
            };
        }
    }

    /**
     * The shape of {@code type}: a {@code Class}, a {@code ParameterizedType} ({@code List<Order>}, {@code Page<Order>})
     * or a {@code GenericArrayType}.
     *
     * @throws IllegalArgumentException naming the backend, the type, the component that cannot be bound (as
     *                                  {@code Order.items}) and why
     */
    static TypeShape of(Type type, String backend) {
        return new TypeShapeAnalysis(type, backend).shape(type, TypeShapeAnalysis.simpleName(type), 0);
    }
}
