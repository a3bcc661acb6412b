package dev.jsonbench.api.support;

import dev.jsonbench.api.JsonType;
import dev.jsonbench.api.support.TypeShape.ArrayOf;
import dev.jsonbench.api.support.TypeShape.ListOf;
import dev.jsonbench.api.support.TypeShape.MapOf;
import dev.jsonbench.api.support.TypeShape.RecordOf;
import dev.jsonbench.api.support.TypeShape.Scalar;
import dev.jsonbench.api.support.TypeShape.ScalarKind;
import dev.jsonbench.api.support.TypeShape.Tree;
import dev.jsonbench.api.support.TypeShape.TreeKind;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
            if (componentType == long.class) {
                long[] array = new long[n];
                for (int i = 0; i < n; i++) {
                    array[i] = (Long) elements.get(i);
                }
                return array;
            } else if (componentType == int.class) {
                int[] array = new int[n];
                for (int i = 0; i < n; i++) {
                    array[i] = (Integer) elements.get(i);
                }
                return array;
            } else if (componentType == double.class) {
                double[] array = new double[n];
                for (int i = 0; i < n; i++) {
                    array[i] = (Double) elements.get(i);
                }
                return array;
            } else if (componentType == boolean.class) {
                boolean[] array = new boolean[n];
                for (int i = 0; i < n; i++) {
                    array[i] = (Boolean) elements.get(i);
                }
                return array;
            }
            return elements.toArray((Object[]) Array.newInstance(componentType, n));
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

/** Builds {@link TypeShape}s; reflection happens here only. */
final class TypeShapeAnalysis {

    private static final String SUPPORTED = "Supported: String, long, int, double, boolean (or boxed), BigInteger,"
            + " records, List<E> or Collection<E>, Map<String, V>, arrays E[], and Object, Map<String,Object> or"
            + " List<Object> for untyped values";

    /** Types nested deeper than this are refused: only a type that expands without end gets there. */
    private static final int MAX_TYPE_DEPTH = 256;

    private final Type root;
    private final String backend;
    /** The record shapes made so far, by their (resolved) type: a recursive record finds itself here. */
    private final Map<Type, RecordOf> records = new HashMap<>();

    TypeShapeAnalysis(Type root, String backend) {
        this.root = root;
        this.backend = backend;
    }

    /**
     * The shape of {@code type}, whose type variables are all resolved already, filling {@code where} ("Order.items",
     * "Order.items[]", "Order.byId{}").
     */
    TypeShape shape(Type type, String where, int depth) {
        if (depth > MAX_TYPE_DEPTH) {
            throw refuse(where, type, "nests more than " + MAX_TYPE_DEPTH + " types deep (does it expand without end?)");
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                throw refuse(where, type, "is not supported: a wildcard with a lower bound (? super) names no type to build");
            }
            return shape(w.getUpperBounds()[0], where, depth);
        }
        if (type == Object.class) {
            return new Tree(TreeKind.ANY);
        }
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return new ArrayOf(shape(c.getComponentType(), where + "[]", depth + 1), c.getComponentType());
            }
            ScalarKind kind = ScalarKind.of(c);
            if (kind != null) {
                return new Scalar(kind, !c.isPrimitive());
            }
            if (c.isRecord()) {
                return record(c, type, Map.of(), where, depth);
            }
            throw refuse(where, type, "is not supported: " + hint(c));
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            if (raw == List.class || raw == Collection.class) {
                return isObject(arguments[0]) ? new Tree(TreeKind.ARRAY)
                        : new ListOf(shape(arguments[0], where + "[]", depth + 1));
            }
            if (raw == Map.class) {
                if (upperBound(arguments[0]) != String.class) {
                    throw refuse(where, type, "is not supported: a Map's keys must be String (JSON member names are strings)");
                }
                return isObject(arguments[1]) ? new Tree(TreeKind.OBJECT)
                        : new MapOf(shape(arguments[1], where + "{}", depth + 1));
            }
            if (raw.isRecord()) {
                TypeVariable<?>[] parameters = raw.getTypeParameters();
                Map<TypeVariable<?>, Type> bindings = new HashMap<>();
                for (int i = 0; i < parameters.length; i++) {
                    bindings.put(parameters[i], arguments[i]);
                }
                return record(raw, type, bindings, where, depth);
            }
            throw refuse(where, type, "is not supported: " + hint(raw));
        }
        if (type instanceof GenericArrayType a) {
            Type component = a.getGenericComponentType();
            return new ArrayOf(shape(component, where + "[]", depth + 1), erasure(component));
        }
        if (type instanceof TypeVariable<?> v) {
            throw refuse(where, type, "is not supported: the type variable " + v.getName() + " has no type argument;"
                    + " name the type with one, as in new JsonType<Page<Order>>() {}");
        }
        throw refuse(where, type, "is not supported");
    }

    /**
     * The shape of the record {@code type} (declared as {@code generic}, whose type parameters {@code bindings} maps
     * to types): the one made before for the same type, if any, so that a recursive record refers to itself.
     */
    private TypeShape record(Class<?> type, Type generic, Map<TypeVariable<?>, Type> bindings, String where, int depth) {
        RecordOf known = records.get(generic);
        if (known != null) {
            return known;
        }
        RecordComponent[] parts = type.getRecordComponents();
        String[] names = new String[parts.length];
        TypeShape[] components = new TypeShape[parts.length];
        Object[] absent = new Object[parts.length];
        Class<?>[] parameterTypes = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            names[i] = parts[i].getName();
            absent[i] = absentValue(parts[i].getType());
            parameterTypes[i] = parts[i].getType();
        }
        MethodHandle constructor;
        try {
            constructor = MethodHandles.publicLookup()
                    .findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                    .asSpreader(Object[].class, parts.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw refuse(where, type, "is not supported: its canonical constructor is not public, or the record is not"
                    + " in a public class (" + e.getMessage() + ")");
        }
        RecordOf record = new RecordOf(type, names, components, absent, constructor);
        records.put(generic, record);
        for (int i = 0; i < parts.length; i++) {
            Type component = resolve(parts[i].getGenericType(), bindings);
            components[i] = shape(component, simpleName(type) + "." + names[i], depth + 1);
        }
        return record;
    }

    /** {@code type} with the type variables {@code bindings} names replaced; a wildcard becomes its upper bound. */
    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> v) {
            return bindings.getOrDefault(v, v);
        }
        if (type instanceof WildcardType w && w.getLowerBounds().length == 0) {
            return resolve(w.getUpperBounds()[0], bindings);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = resolve(arguments[i], bindings);
            }
            return JsonType.parameterized(raw, arguments).type();
        }
        if (type instanceof GenericArrayType a) {
            return JsonType.arrayOf(resolve(a.getGenericComponentType(), bindings)).type();
        }
        return type;
    }

    private static Class<?> erasure(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        } else if (type instanceof ParameterizedType p) {
            return erasure(p.getRawType());
        } else if (type instanceof GenericArrayType a) {
            return erasure(a.getGenericComponentType()).arrayType();
        } else if (type instanceof WildcardType w) {
            return erasure(w.getUpperBounds()[0]);
        }
        return erasure(((TypeVariable<?>) type).getBounds()[0]);
    }

    /** Why the class {@code c} (not a scalar, record or array) is refused, and what to declare instead. */
    private static String hint(Class<?> c) {
        if (c == List.class || c == Collection.class || c == Map.class) {
            return "a raw " + c.getSimpleName() + " needs its type arguments, as in " + c.getSimpleName()
                    + (c == Map.class ? "<String, V>" : "<E>");
        }
        if (Collection.class.isAssignableFrom(c)) {
            return "use List";
        }
        if (Map.class.isAssignableFrom(c)) {
            return "use Map<String, V>";
        }
        if (c.isEnum()) {
            return "enums are not bound; use String";
        }
        if (c == BigDecimal.class) {
            return "use double, or BigInteger for integers";
        }
        if (c.isPrimitive() || Number.class.isAssignableFrom(c) || c == Character.class) {
            return "use long, int, double or their boxes" + (c == char.class || c == Character.class ? ", or String" : "");
        }
        return "only records bind by name; declare it as a record";
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
        return upperBound(type) == Object.class && !(type instanceof WildcardType w && w.getLowerBounds().length > 0);
    }

    private static Type upperBound(Type type) {
        return type instanceof WildcardType w ? w.getUpperBounds()[0] : type;
    }

    /** How error messages name a type: simple names, {@code Map<String, Order>}, {@code Order[]}. */
    static String simpleName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        } else if (type instanceof ParameterizedType p) {
            return simpleName(p.getRawType()) + Arrays.stream(p.getActualTypeArguments())
                    .map(TypeShapeAnalysis::simpleName).collect(Collectors.joining(", ", "<", ">"));
        } else if (type instanceof GenericArrayType a) {
            return simpleName(a.getGenericComponentType()) + "[]";
        } else if (type instanceof WildcardType w) {
            return w.getLowerBounds().length > 0 ? "? super " + simpleName(w.getLowerBounds()[0])
                    : w.getUpperBounds()[0] == Object.class ? "?" : "? extends " + simpleName(w.getUpperBounds()[0]);
        }
        return type.getTypeName();
    }

    private IllegalArgumentException refuse(String where, Type type, String why) {
        return new IllegalArgumentException(backend + " cannot bind " + root.getTypeName() + ": " + where + ": "
                + type.getTypeName() + " " + why + ". " + SUPPORTED);
    }
}
