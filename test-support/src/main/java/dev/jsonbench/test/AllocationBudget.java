package dev.jsonbench.test;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.test.internal.AllocationSites;
import dev.jsonbench.test.internal.Operation;
import dev.jsonbench.test.internal.SteadyStateMeter;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AssertProvider;

/**
 * Decoding your payload with a jsonbench backend, measured for what it allocates per decode in steady state: after a
 * warm-up, on the calling thread, exactly (ThreadMXBean, as the jsonbench benchmark and JMH's
 * {@code gc.alloc.rate.norm} count). A cold first call allocates more (class loading, caches, interpreted code); this is
 * what production sees once the JIT has settled.
 *
 * <pre>{@code
 * TypedDecoder<Order> orders = JsonDecoders.get("jackson").forType(Order.class);
 * assertThat(AllocationBudget.of(orders, payload)).allocatesAtMostBytesPerOp(15_000);
 * }</pre>
 *
 * {@code assertThat} is AssertJ's own ({@code Assertions.assertThat(AssertProvider)}) or
 * {@link AllocationBudgetAssert#assertThat}. The counts depend on the JDK and its flags (compressed oops, compact object
 * headers): set budgets for the JDK your tests run on.
 */
public final class AllocationBudget implements AssertProvider<AllocationBudgetAssert> {

    /** Input a warm-up decodes at most, so that a large payload does not make a test slow; at least {@link #MIN_WARMUP}. */
    static final long WARMUP_BYTES = 256L << 20;
    /** Decodes of the bench's warm-up on its 2.4 KB fixture, after which counts were steady for every backend there. */
    static final int MAX_WARMUP = 20_000;
    static final int MIN_WARMUP = 1_000;
    /** Input one window decodes at most; a window has 10 to 1,000 decodes. */
    static final long WINDOW_BYTES = 16L << 20;
    static final int MAX_WINDOWS = 20;

    private final String description;
    private final Operation operation;
    private final int warmup;
    private final int window;

    private AllocationBudget(String description, Operation operation, int warmup, int window) {
        this.description = description;
        this.operation = operation;
        this.warmup = warmup;
        this.window = window;
    }

    /** Decoding {@code json} with {@code decoder} (from {@link JsonDecoder#forType(Class)}). */
    public static AllocationBudget of(TypedDecoder<?> decoder, byte[] json) {
        Objects.requireNonNull(decoder, "decoder");
        byte[] input = json.clone();
        return sized("decoding " + typeName(decoder.type()) + " from " + size(input) + " with "
                + decoder.getClass().getName(), () -> decoder.decode(input), input.length);
    }

    /** A class by its simple name ("Order"), a generic type in full ("java.util.List<example.Order>"). */
    private static String typeName(Type type) {
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }

    /** Decoding {@code json} into the value model with {@link JsonDecoder#decodeTree(byte[])}. */
    public static AllocationBudget ofTree(JsonDecoder decoder, byte[] json) {
        Objects.requireNonNull(decoder, "decoder");
        byte[] input = json.clone();
        return sized("decoding a tree from " + size(input) + " with " + decoder.name(), () -> decoder.decodeTree(input),
                input.length);
    }

    private static AllocationBudget sized(String description, Operation operation, int bytes) {
        long size = Math.max(1, bytes);
        int warmup = (int) Math.clamp(WARMUP_BYTES / size, MIN_WARMUP, MAX_WARMUP);
        int window = (int) Math.clamp(WINDOW_BYTES / size, 10, 1_000);
        return new AllocationBudget(description, operation, warmup, window);
    }

    /** The same, with {@code decodes} warm-up decodes (default: 20,000, fewer for payloads above 13 KB, at least 1,000). */
    public AllocationBudget warmup(int decodes) {
        if (decodes < 0) {
            throw new IllegalArgumentException("warm-up decodes must be at least 0, was " + decodes);
        }
        return new AllocationBudget(description, operation, decodes, window);
    }

    /** The same, counting {@code decodes} decodes per window (default: 1,000, fewer for payloads above 16 KB). */
    public AllocationBudget window(int decodes) {
        if (decodes < 1) {
            throw new IllegalArgumentException("a window has at least 1 decode, was " + decodes);
        }
        return new AllocationBudget(description, operation, warmup, decodes);
    }

    /** Warms up, then counts windows until two in a row allocate the same bytes (at most 20 windows). */
    public MeasuredAllocation measure() {
        return SteadyStateMeter.measure(operation, warmup, window, MAX_WINDOWS);
    }

    /** Where the decodes allocate: a short JFR recording with stack traces (for failure messages; a second or so). */
    AllocationSites.Sampling sites() {
        return AllocationSites.sample(operation, window);
    }

    /** "decoding Order from 2,444 B with dev.jsonbench.jackson.JacksonTypedDecoder" */
    public String description() {
        return description;
    }

    @Override
    public AllocationBudgetAssert assertThat() {
        return new AllocationBudgetAssert(this);
    }

    @Override
    public String toString() {
        return description;
    }

    private static String size(byte[] json) {
        return String.format(Locale.ROOT, "%,d B", json.length);
    }
}
