package dev.jsonbench.adapters.simdjson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.support.BindingPlan;
import dev.jsonbench.conformance.RandomJson;
import dev.jsonbench.conformance.TreeNode;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Fixtures;
import dev.jsonbench.fixtures.Item;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The code generated per type must bind exactly as the generic binder: the same values and the same refusals, on
 * documents written for the type and then perturbed (values of another kind, nulls, big integers, unknown and
 * repeated members). The conformance suite checks both against the contract; this checks them against each other.
 */
class SimdJsonBinderGeneratorTest {

    private static final String NAME = SimdJsonProvider.NAME;
    private static final String GENERATED = SimdJsonBinderGenerator.class.getPackageName() + ".SimdJsonGeneratedBinder";

    /** A record of a component of every kind. */
    public record Every(String s, long l, int i, double d, boolean b, Long boxedLong, Integer boxedInt,
            Double boxedDouble, Boolean boxedBoolean, BigInteger big, Object any, Map<String, Object> object,
            List<Object> array, List<String> strings, Map<String, Inner> inners, Inner[] innerArray, int[] ints,
            List<List<Integer>> nested, Inner inner, Empty empty) {
    }

    public record Inner(String name, long id) {
    }

    public record Empty() {
    }

    public static final class Types {
        public List<Every> list;
        public Map<String, Every> map;
        public Every[] array;
        public List<Map<String, List<Object>>> containersOnly;
    }

    @Test
    void generatesCodeForRecordsListsMapsAndArrays() throws Exception {
        assertThat(readerFor(ApiResponse.class).getClass().getName()).startsWith(GENERATED);
        assertThat(readerFor(Every.class).getClass().getName()).startsWith(GENERATED);
        for (String field : List.of("list", "map", "array", "containersOnly")) {
            assertThat(readerFor(Types.class.getField(field).getGenericType()).getClass().getName()).as(field).startsWith(GENERATED);
        }
    }

    @Test
    void recursiveTypesAndScalarsKeepTheGenericBinder() {
        assertThat(readerFor(TreeNode.class).getClass().getName()).doesNotStartWith(GENERATED);
        assertThat(readerFor(String.class).getClass().getName()).doesNotStartWith(GENERATED);
        assertThat(readerFor(Object.class).getClass().getName()).doesNotStartWith(GENERATED);
    }

    @Test
    void theFixtureBindsAsTheGenericBinderBindsIt() {
        byte[] json = Fixtures.apiResponse();
        Object generated = outcome(readerFor(ApiResponse.class), json);
        assertThat(generated).isInstanceOf(ApiResponse.class);
        assertThat(((ApiResponse) generated).items()).hasSizeGreaterThan(1).allSatisfy(item -> assertThat(item).isInstanceOf(Item.class));
        assertThat(generated).isEqualTo(outcome(generic(ApiResponse.class), json));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Every", "list", "map", "array", "containersOnly"})
    void perturbedDocumentsBindAsTheGenericBinderBindsThem(String target) throws Exception {
        Type type = target.equals("Every") ? Every.class : Types.class.getField(target).getGenericType();
        SimdJsonReader generated = readerFor(type);
        SimdJsonReader generic = generic(type);
        int refused = 0;
        for (long seed = 0; seed < 1_500; seed++) {
            String json = new Documents(seed, seed % 2 == 0 ? 0 : 7).value(type, 0);
            Object expected = outcome(generic, json.getBytes(StandardCharsets.UTF_8));
            Object actual = outcome(generated, json.getBytes(StandardCharsets.UTF_8));
            assertThat(show(actual)).as("seed %d: %s", seed, json).isEqualTo(show(expected));
            refused += expected instanceof Refusal ? 1 : 0;
        }
        assertThat(refused).as("documents refused: both paths exercised").isBetween(100, 1_000);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static SimdJsonReader readerFor(Type type) {
        return SimdJsonBinderGenerator.readerFor(BindingPlan.of(type, NAME));
    }

    private static SimdJsonReader generic(Type type) {
        BindingPlan plan = BindingPlan.of(type, NAME);
        return (root, state) -> SimdJsonBinder.read(plan, root, state);
    }

    /** A refusal: its exception's class and message. */
    private record Refusal(String type, String message) {
    }

    /** What {@code reader} makes of {@code json}: the value, or the refusal. */
    private static Object outcome(SimdJsonReader reader, byte[] json) {
        SimdJsonState state = new SimdJsonState(DecodeLimits.defaults());
        try {
            return reader.read(state.parse(json, 0, json.length), state);
        } catch (RuntimeException e) {
            return new Refusal(e.getClass().getName(), e.getMessage());
        } finally {
            state.end();
        }
    }

    /** A comparable rendering: arrays by content, doubles by their bits (so -0.0 differs from 0.0). */
    private static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(show(Array.get(value, i)));
            }
            return value.getClass().getComponentType().getSimpleName() + elements;
        }
        if (value instanceof Record record) {
            List<String> components = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                components.add(component.getName() + "=" + show(call(() -> component.getAccessor().invoke(record))));
            }
            return record.getClass().getSimpleName() + components;
        }
        if (value instanceof List<?> list) {
            return list.getClass().getSimpleName() + list.stream().map(SimdJsonBinderGeneratorTest::show).toList();
        }
        if (value instanceof Map<?, ?> map) {
            return map.getClass().getSimpleName() + map.entrySet().stream().map(e -> e.getKey() + "=" + show(e.getValue())).toList();
        }
        if (value instanceof Double d) {
            return "Double(" + Double.doubleToRawLongBits(d) + ")";
        }
        return value.getClass().getSimpleName() + "(" + value + ")";
    }

    private static Object call(Callable callable) {
        try {
            return callable.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Callable {
        Object call() throws Exception;
    }

    /**
     * JSON text written for a type, then perturbed: some values of another kind (null, a string, integers
     * at and past the int and long ranges, decimals, an overflowing double, booleans, objects, arrays), members
     * missing, unknown or repeated. Valid JSON throughout: what differs is only how it binds.
     */
    private static final class Documents {

        private static final String[] OTHERS = {"null", "\"x\"", "1", "-5", "2147483648", "-2147483649",
            "9223372036854775807", "18446744073709551616", "1.5", "-0.0", "1e400", "2e1", "true", "false", "{}",
            "[]", "{\"name\":\"n\",\"id\":1}", "[1,\"a\",null]"};
        private static final int MAX_DEPTH = 4;

        private final SplittableRandom random;
        private final int perturbation;

        /** @param perturbation one value in this many is of another kind (0: none) */
        Documents(long seed, int perturbation) {
            this.random = new SplittableRandom(seed);
            this.perturbation = perturbation;
        }

        String value(Type type, int depth) {
            if ((perturbation > 0 && random.nextInt(perturbation) == 0) || depth > MAX_DEPTH) {
                return OTHERS[random.nextInt(OTHERS.length)];
            }
            if (type instanceof ParameterizedType p) {
                Type[] arguments = p.getActualTypeArguments();
                return p.getRawType() == Map.class ? object(arguments[1], depth) : array(arguments[0], depth);
            }
            Class<?> c = (Class<?>) type;
            if (c.isArray()) {
                return array(c.getComponentType(), depth);
            }
            if (c.isRecord()) {
                return record(c, depth);
            }
            if (c == String.class) {
                return random.nextBoolean() ? "\"s" + random.nextInt(100) + "\"" : "\"\\u00e9\\n\"";
            }
            if (c == long.class || c == Long.class || c == BigInteger.class) {
                return Long.toString(random.nextBoolean() ? random.nextLong() : random.nextInt(1000));
            }
            if (c == int.class || c == Integer.class) {
                return Integer.toString(random.nextInt());
            }
            if (c == double.class || c == Double.class) {
                return random.nextBoolean() ? Double.toString(random.nextDouble() * 1e6) : Integer.toString(random.nextInt(100));
            }
            if (c == boolean.class || c == Boolean.class) {
                return Boolean.toString(random.nextBoolean());
            }
            return RandomJson.generate(random.nextLong()).text(); // Object: any value of the value model
        }

        private String object(Type values, int depth) {
            StringBuilder json = new StringBuilder("{");
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                json.append(i == 0 ? "" : ",").append("\"k").append(random.nextInt(3)).append("\":").append(value(values, depth + 1));
            }
            return json.append('}').toString();
        }

        private String array(Type elements, int depth) {
            StringBuilder json = new StringBuilder("[");
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                json.append(i == 0 ? "" : ",").append(value(elements, depth + 1));
            }
            return json.append(']').toString();
        }

        private String record(Class<?> type, int depth) {
            List<String> members = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                int draw = random.nextInt(10);
                if (draw < 8) {
                    members.add("\"" + component.getName() + "\":" + value(component.getGenericType(), depth + 1));
                }
                if (draw == 8) { // repeated: the last value wins
                    members.add("\"" + component.getName() + "\":" + value(component.getGenericType(), depth + 1));
                    members.add("\"" + component.getName() + "\":" + value(component.getGenericType(), depth + 1));
                }
            }
            if (random.nextInt(5) == 0) {
                members.add("\"unknown\":" + OTHERS[random.nextInt(OTHERS.length)]);
            }
            Collections.shuffle(members, new Random(random.nextLong()));
            return "{" + String.join(",", members) + "}";
        }
    }
}
