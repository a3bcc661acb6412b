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
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        MethodHandle canonical;
        try {
            canonical = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, parameterTypes));
        } catch (ReflectiveOperationException e) {
            throw refuse(where, type, "is not supported: its canonical constructor is not public, or the record is not"
                    + " in a public class (" + e.getMessage() + ")");
        }
        MethodHandle constructor = canonical.asSpreader(Object[].class, parts.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        boolean[] primitive = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            primitive[i] = parameterTypes[i].isPrimitive();
        }
        RecordOf record = new RecordOf(type, names, components, absent, constructor,
                FrameConstructor.of(canonical, parameterTypes), primitive);
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
