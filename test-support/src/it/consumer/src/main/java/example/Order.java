package example;

import java.util.List;

/** The user's own model: an order with its lines. */
public record Order(long id, String customer, String status, List<Line> lines, double total) {

    public record Line(String sku, String title, int quantity, double unitPrice) {
    }
}
