package com.example.catalog;

import java.util.List;

public record Product(String sku, String name, long priceCents, List<String> tags, boolean inStock) {
}
