package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.test.AllocationBudget;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** What decoding an order costs in allocation, held to a budget as a user would. */
class OrderAllocationTest {

    static final TypedDecoder<Order> ORDERS = JsonDecoders.get("jackson").forType(Order.class);

    static byte[] order() throws IOException {
        try (InputStream in = OrderAllocationTest.class.getResourceAsStream("/order.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void decodingAnOrderStaysWithinItsBudget() throws IOException {
        assertThat(AllocationBudget.of(ORDERS, order())).allocatesAtMostBytesPerOp(8_000);
    }

    /** Fails on purpose: verify.groovy checks that the message gives the measured bytes, the budget and the sites. */
    @Test
    void aBudgetTooSmallForAnOrderFails() throws IOException {
        assertThat(AllocationBudget.of(ORDERS, order())).allocatesAtMostBytesPerOp(100);
    }
}
