package dev.jsonbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTypeTest {

    /** Declarations whose reflected types the JsonTypes built here must equal. */
    record Declared(List<Order> orders, Map<String, List<Order>> byCustomer, List<Order>[] pages, Map.Entry<String, Long> entry) {
    }

    public record Order(String id) {
    }

    private static Type declared(int component) {
        return Declared.class.getRecordComponents()[component].getGenericType();
    }

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void anAnonymousSubclassKeepsItsTypeArgument() {
        JsonType<List<Order>> orders = new JsonType<List<Order>>() { };
        assertThat(orders.type()).isEqualTo(declared(0));
        assertThat(new JsonType<Map<String, List<Order>>>() { }.type()).isEqualTo(declared(1));
        assertThat(new JsonType<String>() { }.type()).isEqualTo(String.class);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aSubclassWithoutItsTypeArgumentIsRefused() {
        assertThatThrownBy(() -> new JsonType() { }).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("new JsonType<List<Order>>() {}");
    }

    @Test
    void builtTypesEqualTheJdksOwnBothWays() {
        Type list = JsonType.listOf(Order.class).type();
        assertThat(list).isEqualTo(declared(0)).hasSameHashCodeAs(declared(0));
        assertThat(declared(0)).isEqualTo(list);
        Type map = JsonType.mapOf(JsonType.listOf(Order.class)).type();
        assertThat(map).isEqualTo(declared(1)).hasSameHashCodeAs(declared(1));
        assertThat(declared(1)).isEqualTo(map);
        Type array = JsonType.arrayOf(list).type();
        assertThat(array).isInstanceOf(GenericArrayType.class).isEqualTo(declared(2)).hasSameHashCodeAs(declared(2));
        assertThat(declared(2)).isEqualTo(array);
        Type entry = JsonType.parameterized(Map.Entry.class, String.class, Long.class).type();
        assertThat(((ParameterizedType) entry).getOwnerType()).isEqualTo(Map.class);
        assertThat(entry).isEqualTo(declared(3)).hasSameHashCodeAs(declared(3));
        assertThat(JsonType.listOf(Order.class)).isEqualTo(new JsonType<List<Order>>() { })
                .hasSameHashCodeAs(new JsonType<List<Order>>() { });
        assertThat(JsonType.listOf(Order.class)).hasToString("java.util.List<dev.jsonbench.api.JsonTypeTest$Order>");
    }

    @Test
    void anArrayOfAClassIsThatClassesArrayClass() {
        assertThat(JsonType.arrayOf(Order.class).type()).isEqualTo(Order[].class);
        assertThat(JsonType.arrayOf(long.class).type()).isEqualTo(long[].class);
        assertThat(JsonType.of(int[].class).type()).isEqualTo(int[].class);
    }

    @Test
    void parameterizedChecksTheNumberAndKindOfArguments() {
        assertThatThrownBy(() -> JsonType.parameterized(Map.class, String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("java.util.Map takes 2 type arguments, not 1");
        assertThatThrownBy(() -> JsonType.parameterized(List.class, long.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be primitive").hasMessageContaining("use its box");
        assertThatThrownBy(() -> JsonType.parameterized(String.class, Long.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("java.lang.String takes 0 type arguments, not 1");
    }

    @Test
    void parseReadsJavaSourceSyntax() {
        assertThat(JsonType.parse("java.util.List<dev.jsonbench.api.JsonTypeTest$Order>", loader).type()).isEqualTo(declared(0));
        assertThat(JsonType.parse(" Map < String , List<dev.jsonbench.api.JsonTypeTest$Order> > ", loader).type())
                .isEqualTo(declared(1));
        assertThat(JsonType.parse("List<dev.jsonbench.api.JsonTypeTest$Order>[]", loader).type()).isEqualTo(declared(2));
        assertThat(JsonType.parse("java.util.Map$Entry<String, Long>", loader).type()).isEqualTo(declared(3));
        assertThat(JsonType.parse("long[][]", loader).type()).isEqualTo(long[][].class);
        assertThat(JsonType.parse("dev.jsonbench.api.JsonTypeTest$Order[]", loader).type()).isEqualTo(Order[].class);
        assertThat(JsonType.parse("Object", loader).type()).isEqualTo(Object.class);
        assertThat(JsonType.parse("java.math.BigInteger", loader).type()).isEqualTo(java.math.BigInteger.class);
    }

    @Test
    void parseSaysWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> JsonType.parse("List<com.acme.Missing>", loader)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no class named com.acme.Missing").hasMessageContaining("at character 5");
        assertThatThrownBy(() -> JsonType.parse("Map<String>", loader)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.util.Map takes 2 type arguments, not 1").hasMessageContaining("'Map<String>'");
        assertThatThrownBy(() -> JsonType.parse("List<String", loader)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected ',' or '>'");
        assertThatThrownBy(() -> JsonType.parse("String x", loader)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected text after the type at character 7");
        assertThatThrownBy(() -> JsonType.parse("List<?>", loader)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a type name");
        assertThatThrownBy(() -> JsonType.parse("int[", loader)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected ']'");
        assertThatThrownBy(() -> JsonType.parse("List<int>", loader)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be primitive");
    }
}
