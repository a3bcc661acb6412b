package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.JsonType;
import dev.jsonbench.fixtures.Digest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's own types: records compiled here, at test time, outside the project and loaded by their own class loader
 * (as {@code jsonbench run --type com.acme.Order --classpath target/classes} loads them) decode typed, and the typed
 * value is the tree of the same document (digest-wise, {@code fixtures/DIGEST.md}); a type the backends cannot bind is
 * refused naming the component.
 */
@Tag("user-type")
public abstract class UserTypeConformance extends ConformanceGroup {

    /** The user's code: a record with every kind of component, nested, generic and recursive records. */
    private static final String ORDER_SOURCE = """
            package com.acme;

            import java.math.BigInteger;
            import java.util.List;
            import java.util.Map;

            public record Order(String id, long number, int quantity, double total, boolean paid, Long discount,
                                BigInteger serial, Customer customer, List<Line> lines, Map<String, Line> byProduct,
                                String[] notes, long[] counts, Map<String, Object> metadata, List<Object> events,
                                Object extra, Page<Line> page, Node category) {

                public record Customer(String name, List<String> emails) {
                }

                public record Line(String product, int units, double price) {
                }

                public record Page<T>(List<T> items, long total) {
                }

                public record Node(String name, List<Node> children) {
                }
            }
            """;

    /** A user type with a component no backend binds. */
    private static final String UNSUPPORTED_SOURCE = """
            package com.acme;

            public record Tagged(String id, java.util.Set<String> tags) {
            }
            """;

    /** A document with every member of {@code Order} present, so that the tree holds exactly what the record does. */
    private static final String ORDER = """
            {"id":"A-1","number":9007199254740993,"quantity":3,"total":59.97,"paid":true,"discount":null,
             "serial":123456789012345678901234567890,
             "customer":{"name":"Zoë \\u00e9","emails":["z@example.com","zoe@example.org"]},
             "lines":[{"product":"p1","units":1,"price":19.99},{"product":"p2","units":2,"price":19.99}],
             "byProduct":{"p2":{"product":"p2","units":2,"price":19.99},"p1":{"product":"p1","units":1,"price":19.99}},
             "notes":["fragile",null,"😀"],"counts":[1,-2,3],
             "metadata":{"source":"web","tags":["a","b"],"score":0.5,"nested":{"deep":[1,{"x":null}]}},
             "events":[1,"two",3.5,false,null,{"k":[]}],"extra":{"any":[1e2]},
             "page":{"items":[{"product":"p3","units":5,"price":1}],"total":1},
             "category":{"name":"root","children":[{"name":"leaf","children":[]}]}}
            """;

    private URLClassLoader loader;

    protected UserTypeConformance(ConformanceSuite suite) {
        super(suite);
    }

    /** Compiles the user's sources into {@code classes}, which lives as long as this group's cases. */
    @BeforeAll
    void compileTheUserTypes(@TempDir Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler (the tests need a JDK, not a JRE)").isNotNull();
        Path sources = Files.createDirectories(classes.resolve("src/com/acme"));
        Path order = Files.writeString(sources.resolve("Order.java"), ORDER_SOURCE);
        Path tagged = Files.writeString(sources.resolve("Tagged.java"), UNSUPPORTED_SOURCE);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, null, new PrintStream(messages, true, StandardCharsets.UTF_8),
                "-d", classes.resolve("out").toString(), order.toString(), tagged.toString());
        assertThat(status).as("javac: %s", messages.toString(StandardCharsets.UTF_8)).isZero();
        loader = new URLClassLoader(new URL[] {classes.resolve("out").toUri().toURL()}, getClass().getClassLoader());
    }

    @AfterAll
    void closeTheLoader() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }

    private Class<?> userClass(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " was compiled but cannot be loaded", e);
        }
    }

    @Test
    @DisplayName("user type: a record compiled outside the project decodes typed, and equals the tree of the same document")
    void userRecordDecodesTypedAsItsTree() throws ReflectiveOperationException {
        Class<?> orderClass = userClass("com.acme.Order");
        assertThat(orderClass.getClassLoader()).as("loaded by the user's class loader").isSameAs(loader);
        byte[] json = bytes(ORDER);
        Object order = accepted("Order", () -> decoder().forType(orderClass).decode(json));
        assertThat(order).isInstanceOf(orderClass);
        Object tree = decoder().decodeTree(json);
        assertThat(Digest.hex(Digest.ofDecoded(order))).as("digest of the typed Order against the tree")
                .isEqualTo(Digest.hex(Digest.ofTree(tree)));
        assertThat(orderClass.getMethod("number").invoke(order)).isEqualTo(9007199254740993L);
        assertThat((List<?>) orderClass.getMethod("lines").invoke(order)).hasSize(2)
                .allSatisfy(line -> assertThat(line.getClass().getName()).isEqualTo("com.acme.Order$Line"));
        assertThat(List.copyOf(((Map<?, ?>) orderClass.getMethod("byProduct").invoke(order)).keySet())).isEqualTo(List.of("p2", "p1"));
    }

    @Test
    @DisplayName("user type: generic targets over the user's records, named by text as a command line names them")
    void genericTargetsOverUserRecords() {
        byte[] list = bytes("[" + ORDER + "," + ORDER + "]");
        Object orders = accepted("List<Order>", () -> decoder().forType(JsonType.parse("List<com.acme.Order>", loader)).decode(list));
        assertThat((List<?>) orders).hasSize(2).allSatisfy(order -> assertThat(order).isInstanceOf(userClass("com.acme.Order")));
        assertThat(Digest.ofDecoded(orders)).isEqualTo(Digest.ofTree(decoder().decodeTree(list)));
        byte[] lines = bytes("{\"a\":{\"product\":\"p\",\"units\":1,\"price\":2.5},\"b\":null}");
        Object byName = accepted("Map<String, Line>", () -> decoder()
                .forType(JsonType.parse("java.util.Map<String, com.acme.Order$Line>", loader)).decode(lines));
        assertThat(Digest.ofDecoded(byName)).isEqualTo(Digest.ofTree(decoder().decodeTree(lines)));
        byte[] page = bytes("{\"items\":[[1,2],[]],\"total\":2}");
        Object pageOfArrays = accepted("Page<long[]>", () -> decoder()
                .forType(JsonType.parse("com.acme.Order$Page<long[]>", loader)).decode(page));
        assertThat(Digest.ofDecoded(pageOfArrays)).isEqualTo(Digest.ofTree(decoder().decodeTree(page)));
    }

    @Test
    @DisplayName("user type: a component the backends cannot bind is refused at forType, naming it and why")
    void unsupportedUserComponentRefused() {
        Class<?> tagged = userClass("com.acme.Tagged");
        assertThatThrownBy(() -> decoder().forType(tagged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("com.acme.Tagged")
                .hasMessageContaining("Tagged.tags: java.util.Set<java.lang.String> is not supported: use List");
    }
}
