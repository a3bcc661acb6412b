package com.example.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static final byte[] TEA = """
            {"sku": "T-1", "name": "Green tea", "priceCents": 450, "tags": ["tea", "green"], "inStock": true}
            """.getBytes(UTF_8);

    @Test
    void theOnlyAdapterOnTheClasspathDecodesWithoutBeingNamed() {
        assertEquals(new Product("T-1", "Green tea", 450, List.of("tea", "green"), true), new Catalog().product(TEA));
    }

    @Test
    void itIsTheDependencyThePomDeclaresFoundOnTheClasspath() {
        JsonDecoder decoder = JsonDecoders.get();
        assertEquals("jackson", decoder.name());
        assertEquals(List.of("jackson"), JsonDecoders.available());
        assertFalse(decoder.getClass().getModule().isNamed(), "loaded from the classpath");
        assertEquals(Map.of("sku", "T-1", "name", "Green tea", "priceCents", 450L, "tags", List.of("tea", "green"),
                "inStock", true), decoder.decodeTree(TEA));
    }
}
