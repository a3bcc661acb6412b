package dev.jsonbench.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BindingPlanTest {

    public record Item(long id, String name, List<Integer> counts, Map<String, Object> extra, Object any,
                       List<Object> list, Double ratio, boolean flag, BigInteger big) {
        public Item {
            if (id < 0) {
                throw new IllegalArgumentException("negative id");
            }
        }
    }

    private final BindingPlan plan = BindingPlan.of(Item.class, "test");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachComponentHasItsKindAndLabel() {
        assertThat(plan.kind()).isEqualTo(BindingPlan.RECORD);
        assertThat(plan.where()).isEqualTo("Item");
        assertThat(plan.size()).isEqualTo(9);
        int[] kinds = {BindingPlan.LONG, BindingPlan.STRING, BindingPlan.LIST, BindingPlan.OBJECT, BindingPlan.ANY,
            BindingPlan.ARRAY, BindingPlan.DOUBLE, BindingPlan.BOOLEAN, BindingPlan.BIG_INTEGER};
        for (int i = 0; i < kinds.length; i++) {
            assertThat(plan.component(i).kind()).as("component %d", i).isEqualTo(kinds[i]);
        }
        assertThat(plan.component(0).where()).isEqualTo("Item.id");
        assertThat(plan.component(2).element().kind()).isEqualTo(BindingPlan.INT);
        assertThat(plan.component(2).element().where()).isEqualTo("Item.counts[]");
        assertThat(plan.component(0).nullable()).as("long").isFalse();
        assertThat(plan.component(6).nullable()).as("Double").isTrue();
    }

    @Test
    void memberNamesMatchAsRawBytesAsEscapedTextAndAsStrings() {
        byte[] document = utf8("{\"name\":1,\"n\\u0061me\":2,\"nam\":3}");
        assertThat(plan.indexOf(document, 2, 6)).isEqualTo(1);
        assertThat(plan.indexOf(document, 23, 26)).as("a prefix of a name").isEqualTo(-1);
        assertThat(plan.indexOfEscaped(document, 11, 20)).isEqualTo(1);
        assertThat(plan.indexOf("big")).isEqualTo(8);
        assertThat(plan.name(1)).isEqualTo(utf8("name"));
        // DSL-JSON's JsonReader.calcHash() of "id": FNV-1a, 32 bits.
        assertThat(plan.nameHash(0)).isEqualTo(0x37386ae0);
    }

    @Test
    void numbersBindByTheScalarKind() {
        assertThat(plan.component(0).bindNumber(5L, "test", 3)).isEqualTo(5L);
        assertThat(plan.component(6).bindNumber(5L, "test", 3)).isEqualTo(5.0);
        assertThat(plan.component(2).element().bindNumber(5L, "test", 3)).isEqualTo(5);
        assertThatThrownBy(() -> plan.component(0).bindNumber(1.5, "test", 3))
                .isInstanceOfSatisfying(JsonDecodeException.class, e -> assertThat(e.offset()).isEqualTo(3))
                .hasMessage("test: expected a long for Item.id, found a number with a fraction or exponent (at byte 3)");
        assertThatThrownBy(() -> plan.component(2).element().bindNumber(1L << 40, "test", -1))
                .hasMessage("test: integer is out of range for an int, for Item.counts[]");
    }

    @Test
    void mismatchesNameTheComponentAndWhatWasFound() {
        assertThat(plan.component(1).mismatch("test", 7, (byte) '{'))
                .hasMessage("test: expected a string for Item.name, found an object (at byte 7)");
        assertThat(plan.component(0).mismatch("test", -1, (byte) 'n'))
                .hasMessage("test: expected an integer for Item.id, found null (a primitive takes no null)");
        assertThat(plan.mismatch("test", 0, (byte) '['))
                .hasMessage("test: expected an object for Item, found an array (at byte 0)");
    }

    @Test
    void recordsAreBuiltFromArgumentsThatStartAbsent() {
        Object[] arguments = plan.newArguments();
        assertThat(arguments).containsExactly(0L, null, null, null, null, null, null, false, null);
        arguments[0] = 7L;
        assertThat(plan.construct(arguments, "test", 9)).isEqualTo(new Item(7, null, null, null, null, null, null, false, null));
        arguments[0] = -1L;
        assertThatThrownBy(() -> plan.construct(arguments, "test", 9))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("negative id");
    }

    public record Node(String name, List<Node> children, Map<String, Node> byName, Node[] pair) {
    }

    public record Page<T>(List<T> items, T[] array) {
    }

    @Test
    void mapsAndArraysHaveTheirKindsAndLabels() {
        BindingPlan byId = BindingPlan.of(JsonType.mapOf(Item.class).type(), "test");
        assertThat(byId.kind()).isEqualTo(BindingPlan.MAP);
        assertThat(byId.where()).isEqualTo("Map<String, Item>");
        assertThat(byId.element().kind()).isEqualTo(BindingPlan.RECORD);
        assertThat(byId.element().where()).isEqualTo("Map<String, Item>{}");
        assertThat(byId.mismatch("test", 0, (byte) '[')).hasMessage("test: expected an object for Map<String, Item>, found an array (at byte 0)");
        BindingPlan longs = BindingPlan.of(long[].class, "test");
        assertThat(longs.kind()).isEqualTo(BindingPlan.JAVA_ARRAY);
        assertThat(longs.element().kind()).isEqualTo(BindingPlan.LONG);
        assertThat(longs.element().nullable()).as("a long[] element").isFalse();
        assertThat(longs.mismatch("test", -1, (byte) '{')).hasMessage("test: expected an array for long[], found an object");
        assertThat(longs.toArray(List.of(1L, 2L))).isEqualTo(new long[] {1, 2});
        assertThat(BindingPlan.of(String[].class, "test").toArray(List.of("a"))).isEqualTo(new String[] {"a"});
    }

    @Test
    void aGenericRecordIsPlannedWithItsTypeArguments() {
        BindingPlan page = BindingPlan.of(new JsonType<Page<Integer>>() { }.type(), "test");
        assertThat(page.where()).isEqualTo("Page<Integer>");
        assertThat(page.component(0).element().kind()).isEqualTo(BindingPlan.INT);
        assertThat(page.component(1).kind()).isEqualTo(BindingPlan.JAVA_ARRAY);
        assertThat(page.component(1).toArray(List.of(3))).isEqualTo(new Integer[] {3});
        assertThatThrownBy(() -> BindingPlan.of(Page.class, "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Page.items[]: T is not supported: the type variable T has no type argument");
    }

    @Test
    void aRecursiveRecordSharesTheComponentsOfTheRecordAboveIt() {
        BindingPlan node = BindingPlan.of(Node.class, "test");
        BindingPlan child = node.component(1).element();
        assertThat(child.kind()).isEqualTo(BindingPlan.RECORD);
        assertThat(child.where()).as("its own label").isEqualTo("Node.children[]");
        assertThat(child.component(1)).as("the same components, not a copy").isSameAs(node.component(1));
        assertThat(node.component(2).element().component(3)).isSameAs(node.component(3));
        assertThat(node.component(3).element().where()).isEqualTo("Node.pair[]");
    }

    @Test
    void anUnsupportedTypeIsRefusedNamingTheBackend() {
        assertThatThrownBy(() -> BindingPlan.of(Thread.class, "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("test cannot bind");
    }

    public record Primitives(long l, int i, double d, boolean b, Long boxed, String s) {
    }

    @Test
    void aRecordIsBuiltFromItsFrameWithPrimitivesUnboxed() {
        BindingPlan primitives = BindingPlan.of(Primitives.class, "test");
        ArgumentFrames frames = new ArgumentFrames();
        int outer = frames.push(3); // a record being built around this one
        int base = frames.push(primitives.size());
        frames.setLong(base, Long.MIN_VALUE);
        frames.setLong(base + 1, -7);
        frames.setDouble(base + 2, -0.0);
        frames.setBoolean(base + 3, true);
        frames.setReference(base + 4, 42L);
        frames.setReference(base + 5, "s");

        assertThat(primitives.construct(frames, base, "test", -1)).isEqualTo(new Primitives(Long.MIN_VALUE, -7, -0.0, true, 42L, "s"));
        frames.pop(base);
        int again = frames.push(primitives.size());
        assertThat(again).isEqualTo(base);
        assertThat(primitives.construct(frames, again, "test", -1))
                .as("a popped frame is absent values again").isEqualTo(new Primitives(0, 0, 0.0, false, null, null));
        frames.pop(outer);
    }

    @Test
    void framesGrowForDeepNestingAndBoxedValuesFitPrimitiveSlots() {
        BindingPlan primitives = BindingPlan.of(Primitives.class, "test");
        ArgumentFrames frames = new ArgumentFrames();
        int base = 0;
        for (int depth = 0; depth < 100; depth++) {
            base = frames.push(primitives.size());
        }
        frames.setBoxed(base, 5L);
        frames.setBoxed(base + 1, 6);
        frames.setBoxed(base + 2, 1.5);
        frames.setBoxed(base + 3, Boolean.TRUE);

        assertThat(primitives.construct(frames, base, "test", -1)).isEqualTo(new Primitives(5, 6, 1.5, true, null, null));
        assertThatThrownBy(() -> frames.setBoxed(0, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordTooWideForOneMethodHandleIsBuiltFromItsFrameAllTheSame() throws Exception {
        int n = FrameConstructor.MAX_COMPONENTS + 1;
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < n; i++) {
            source.append(i == 0 ? "" : ", ").append(i % 2 == 0 ? "long c" : "String c").append(i);
        }
        Class<?> wide = TestRecords.compile("Wide", source.toString());
        BindingPlan plan = BindingPlan.of(wide, "test");
        ArgumentFrames frames = new ArgumentFrames();
        int base = frames.push(n);
        frames.setLong(base, 7);
        frames.setReference(base + 1, "one");

        Object record = plan.construct(frames, base, "test", -1);

        assertThat(wide.getRecordComponents()[0].getAccessor().invoke(record)).isEqualTo(7L);
        assertThat(wide.getRecordComponents()[1].getAccessor().invoke(record)).isEqualTo("one");
        assertThat(wide.getRecordComponents()[2].getAccessor().invoke(record)).isEqualTo(0L);
    }

    @Test
    void aConstructorThatThrowsFromAFrameIsAJsonDecodeException() {
        ArgumentFrames frames = new ArgumentFrames();
        int base = frames.push(plan.size());
        frames.setLong(base, -1);

        assertThatThrownBy(() -> plan.construct(frames, base, "test", 12)).isInstanceOf(JsonDecodeException.class)
                .hasMessageContaining("rejected the decoded values").hasMessageContaining("negative id");
    }
}
