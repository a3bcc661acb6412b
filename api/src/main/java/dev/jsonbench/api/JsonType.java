package dev.jsonbench.api;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A target type for {@link JsonDecoder#forType(JsonType)}, generic ones included, carrying the Java type a decode
 * returns. Name one as an anonymous subclass, which keeps its type argument, or build one:
 *
 * <pre>{@code
 * TypedDecoder<List<Order>> orders = decoder.forType(new JsonType<List<Order>>() {});
 * TypedDecoder<Map<String, Order>> byId = decoder.forType(JsonType.mapOf(Order.class));
 * TypedDecoder<?> named = decoder.forType(JsonType.parse("java.util.List<com.acme.Order>", loader));
 * }</pre>
 *
 * The {@link #type()} is an ordinary {@link java.lang.reflect.Type}: the types built here equal the JDK's own for the
 * same declaration (so they can key a cache), and {@link JsonDecoder#forType(Type)} takes any of them. Immutable.
 *
 * @param <T> the Java type a decode returns
 */
public abstract class JsonType<T> {

    private final Type type;

    /**
     * Takes the type argument of the anonymous subclass being created: {@code new JsonType<List<Order>>() {}}.
     *
     * @throws IllegalStateException if the subclass does not name its type argument
     */
    protected JsonType() {
        if (!(getClass().getGenericSuperclass() instanceof ParameterizedType superclass)
                || superclass.getRawType() != JsonType.class) {
            throw new IllegalStateException("name the type as an anonymous subclass with its type argument, as in"
                    + " new JsonType<List<Order>>() {}");
        }
        this.type = superclass.getActualTypeArguments()[0];
    }

    private JsonType(Type type) {
        this.type = type;
    }

    /** The type {@code type} itself. */
    public static <T> JsonType<T> of(Class<T> type) {
        return new Built<>(Objects.requireNonNull(type, "type"));
    }

    /** {@code List<E>}. */
    public static <E> JsonType<List<E>> listOf(Class<E> element) {
        return new Built<>(new Parameterized(List.class, Objects.requireNonNull(element, "element")));
    }

    /** {@code List<E>}. */
    public static <E> JsonType<List<E>> listOf(JsonType<E> element) {
        return new Built<>(new Parameterized(List.class, element.type()));
    }

    /** {@code Map<String, V>}: a JSON object whose member values are {@code V}s. */
    public static <V> JsonType<Map<String, V>> mapOf(Class<V> value) {
        return new Built<>(new Parameterized(Map.class, String.class, Objects.requireNonNull(value, "value")));
    }

    /** {@code Map<String, V>}: a JSON object whose member values are {@code V}s. */
    public static <V> JsonType<Map<String, V>> mapOf(JsonType<V> value) {
        return new Built<>(new Parameterized(Map.class, String.class, value.type()));
    }

    /**
     * {@code raw<arguments...>}, as Moshi's {@code Types.newParameterizedType}: for types assembled at run time.
     *
     * @throws IllegalArgumentException if {@code raw} does not take that many type arguments, or an argument is
     *                                  primitive
     */
    public static JsonType<?> parameterized(Class<?> raw, Type... arguments) {
        return new Built<>(new Parameterized(raw, arguments.clone()));
    }

    /** An array of {@code component}: a {@code Class} such as {@code Order[]} when the component is one. */
    public static JsonType<?> arrayOf(Type component) {
        Objects.requireNonNull(component, "component");
        return new Built<>(component instanceof Class<?> c ? c.arrayType() : new GenericArray(component));
    }

    /**
     * The type named by {@code name} in Java source syntax: a class name as {@link Class#forName(String)} takes it
     * ({@code com.acme.Order}, {@code com.acme.Outer$Inner}), a primitive, or the simple name of a class of
     * {@code java.lang} or {@code java.util} ({@code String}, {@code Long}, {@code List}, {@code Map}), with type
     * arguments and array brackets: {@code List<com.acme.Order>}, {@code Map<String, List<com.acme.Order>>},
     * {@code com.acme.Order[]}. This is how a command line names a generic target.
     *
     * @param loader the class loader that finds the named classes (the user's classes)
     * @throws IllegalArgumentException if the text is not such a name, a class is not found, or the number of type
     *                                  arguments is wrong; the message says where
     */
    public static JsonType<?> parse(String name, ClassLoader loader) {
        Parser parser = new Parser(Objects.requireNonNull(name, "name"), loader);
        Type type = parser.type();
        parser.expectEnd();
        return new Built<>(type);
    }

    /** The type: a {@code Class}, a {@code ParameterizedType} or a {@code GenericArrayType}. */
    public final Type type() {
        return type;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof JsonType<?> that && type.equals(that.type);
    }

    @Override
    public final int hashCode() {
        return type.hashCode();
    }

    @Override
    public final String toString() {
        return type.getTypeName();
    }

    /** A JsonType built by the factories (an anonymous subclass is the other kind). */
    private static final class Built<T> extends JsonType<T> {
        Built(Type type) {
            super(type);
        }
    }

    /** A ParameterizedType equal to the JDK's for the same declaration (same equals and hashCode). */
    private static final class Parameterized implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] arguments;
        private final Type owner;

        Parameterized(Class<?> raw, Type... arguments) {
            TypeVariable<?>[] parameters = raw.getTypeParameters();
            if (parameters.length != arguments.length) {
                throw new IllegalArgumentException(raw.getName() + " takes " + parameters.length + " type argument"
                        + (parameters.length == 1 ? "" : "s") + ", not " + arguments.length);
            }
            for (Type argument : arguments) {
                if (Objects.requireNonNull(argument, "type argument") instanceof Class<?> c && c.isPrimitive()) {
                    throw new IllegalArgumentException("a type argument cannot be primitive (" + c + " in "
                            + raw.getName() + "): use its box");
                }
            }
            this.raw = raw;
            this.arguments = arguments;
            this.owner = raw.getDeclaringClass();
        }

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return owner;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType that && raw.equals(that.getRawType())
                    && Objects.equals(owner, that.getOwnerType())
                    && Arrays.equals(arguments, that.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ Objects.hashCode(owner) ^ raw.hashCode();
        }

        @Override
        public String getTypeName() {
            StringBuilder name = new StringBuilder(raw.getTypeName()).append('<');
            for (int i = 0; i < arguments.length; i++) {
                name.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
            }
            return name.append('>').toString();
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }

    /** A GenericArrayType equal to the JDK's for the same declaration. */
    private static final class GenericArray implements GenericArrayType {
        private final Type component;

        GenericArray(Type component) {
            this.component = component;
        }

        @Override
        public Type getGenericComponentType() {
            return component;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof GenericArrayType that && component.equals(that.getGenericComponentType());
        }

        @Override
        public int hashCode() {
            return component.hashCode();
        }

        @Override
        public String getTypeName() {
            return component.getTypeName() + "[]";
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }

    /** Reads a type name: {@code name ('<' type (',' type)* '>')? ('[]')*}. */
    private static final class Parser {
        private final String text;
        private final ClassLoader loader;
        private int at;

        Parser(String text, ClassLoader loader) {
            this.text = text;
            this.loader = loader;
        }

        Type type() {
            int start = skipSpaces();
            while (at < text.length() && (Character.isJavaIdentifierPart(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            if (start == at) {
                throw error("expected a type name");
            }
            String name = text.substring(start, at);
            Class<?> raw = load(name, start);
            Type type = raw;
            if (peek() == '<') {
                at++;
                List<Type> arguments = new ArrayList<>();
                do {
                    arguments.add(type());
                } while (accept(','));
                if (!accept('>')) {
                    throw error("expected ',' or '>'");
                }
                try {
                    type = new Parameterized(raw, arguments.toArray(Type[]::new));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage() + ", in '" + text + "'", e);
                }
            }
            while (accept('[')) {
                if (!accept(']')) {
                    throw error("expected ']'");
                }
                type = type instanceof Class<?> c ? c.arrayType() : new GenericArray(type);
            }
            return type;
        }

        void expectEnd() {
            if (skipSpaces() != text.length()) {
                throw error("unexpected text after the type");
            }
        }

        private Class<?> load(String name, int start) {
            if (!name.contains(".")) {
                Class<?> primitive = switch (name) {
                    case "boolean" -> boolean.class;
                    case "byte" -> byte.class;
                    case "char" -> char.class;
                    case "short" -> short.class;
                    case "int" -> int.class;
                    case "long" -> long.class;
                    case "float" -> float.class;
                    case "double" -> double.class;
                    default -> null;
                };
                if (primitive != null) {
                    return primitive;
                }
                for (String known : new String[] {"java.lang.", "java.util."}) {
                    try {
                        return Class.forName(known + name, false, null); // both are java.base's, the boot loader's
                    } catch (ClassNotFoundException e) {
                        // not a simple name of that package: try the class loader below
                    }
                }
            }
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                at = start;
                throw error("no class named " + name + " is found by " + loader
                        + " (nested classes are named Outer$Inner)");
            }
        }

        private boolean accept(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        private char peek() {
            skipSpaces();
            return at < text.length() ? text.charAt(at) : 0;
        }

        private int skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at;
        }

        private IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("not a type name: '" + text + "': " + problem + " at character " + at);
        }
    }
}
