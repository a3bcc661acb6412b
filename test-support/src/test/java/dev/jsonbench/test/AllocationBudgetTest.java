package dev.jsonbench.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.api.TypedDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Steady-state bytes per decode, exact, and failure messages that say measured against budget and where. */
class AllocationBudgetTest {

    static final byte[] PAYLOAD = "{\"id\": 7, \"name\": \"order\", \"lines\": [1, 2, 3]}".getBytes(StandardCharsets.UTF_8);

    /** A long[125] is 1,000 bytes of data and a 16-byte header (12 with compact object headers, padded to 8). */
    static final long ARRAY_BYTES = 1016;

    @Test
    void aDecodeThatAllocatesOneArrayMeasuresExactlyThatArray() {
        MeasuredAllocation measured = AllocationBudget.of(new AllocatingDecoder(), PAYLOAD).warmup(2_000).measure();

        assertThat(measured.steady()).as(measured.toString()).isTrue();
        assertThat(measured.bytesPerOp()).isEqualTo(ARRAY_BYTES);
        assertThat(measured.windowBytesPerOp().getLast()).isEqualTo(ARRAY_BYTES);
        assertThat(measured.warmupDecodes()).isEqualTo(2_000);
        assertThat(measured.windowDecodes()).isEqualTo(1_000);
    }

    @Test
    void aBudgetThatHoldsPassesThroughAssertJsOwnAssertThat() {
        AllocationBudget budget = AllocationBudget.of(new AllocatingDecoder(), PAYLOAD).warmup(2_000);
        assertThat(budget).allocatesAtMostBytesPerOp(ARRAY_BYTES);
        AllocationBudgetAssert.assertThat(budget).allocatesAtMostBytesPerOp(ARRAY_BYTES + 1);
    }

    @Test
    void aBudgetOneByteTooSmallFailsWithMeasuredAgainstBudgetAndTheAllocationSite() {
        AllocationBudget budget = AllocationBudget.of(new AllocatingDecoder(), PAYLOAD).warmup(2_000);

        assertThatThrownBy(() -> assertThat(budget).as("orders").allocatesAtMostBytesPerOp(ARRAY_BYTES - 1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[orders]")
                .hasMessageContaining("Expecting decoding long[] from " + PAYLOAD.length + " B with dev.jsonbench.test.AllocatingDecoder")
                .hasMessageContaining("to allocate at most 1,015 bytes per decode, but it allocated 1,016 bytes per decode")
                .hasMessageContaining("(steady state: two windows of 1,000 decodes allocated the same bytes after 2,000 warm-up decodes")
                .hasMessageContaining("Top allocation sites")
                .hasMessageContaining("long[] at dev.jsonbench.test.AllocatingDecoder.decode:");
    }

    @Test
    void aDecodeThatAllocatesNothingMeasuresZero() {
        long[] shared = new long[1];
        TypedDecoder<long[]> constant = new LongArrayDecoder() {
            @Override
            public long[] decode(byte[] json, int offset, int length) {
                return shared;
            }
        };
        MeasuredAllocation measured = AllocationBudget.of(constant, PAYLOAD).warmup(1_000).measure();
        assertThat(measured.steady()).isTrue();
        assertThat(measured.bytesPerOp()).isZero();
    }

    @Test
    void aRealBackendDecodingATreeIsSteadyAndWithinAGenerousBudget() {
        AllocationBudget budget = AllocationBudget.ofTree(JsonDecoders.get("jackson"), PAYLOAD);
        assertThat(budget.description()).isEqualTo("decoding a tree from " + PAYLOAD.length + " B with jackson");

        MeasuredAllocation measured = budget.measure();
        assertThat(measured.steady()).as(measured.toString()).isTrue();
        assertThat(measured.bytesPerOp()).isPositive().isLessThan(10_000);
        assertThat(measured.bytesPerOp() % 1).isZero();
        assertThat(budget).allocatesAtMostBytesPerOp(10_000);
    }

    @Test
    void warmUpAndWindowsAreSizedByThePayload() {
        assertThat(AllocationBudget.of(new AllocatingDecoder(), PAYLOAD).measure().warmupDecodes()).isEqualTo(20_000);
        byte[] large = new byte[1 << 20];
        MeasuredAllocation measured = AllocationBudget.of(new AllocatingDecoder(), large).measure();
        assertThat(measured.warmupDecodes()).isEqualTo(1_000);
        assertThat(measured.windowDecodes()).isEqualTo(16);
        assertThatThrownBy(() -> AllocationBudget.of(new AllocatingDecoder(), PAYLOAD).window(0))
                .hasMessageContaining("at least 1 decode");
    }

    @Test
    void aVirtualThreadIsNamedAsTheProblem() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            try {
                AllocationBudget.of(new AllocatingDecoder(), PAYLOAD).warmup(0).measure();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }).join();
        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("platform thread");
    }
}
