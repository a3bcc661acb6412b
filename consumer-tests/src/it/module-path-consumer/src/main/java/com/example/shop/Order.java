package com.example.shop;

import java.util.List;

public record Order(String id, List<Line> lines, boolean paid) {

    public record Line(String sku, int quantity, double price) {
    }
}
