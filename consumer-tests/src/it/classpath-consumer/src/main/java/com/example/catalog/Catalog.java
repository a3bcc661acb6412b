package com.example.catalog;

import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.api.TypedDecoder;

/** Reads products with whichever jsonbench backend the build put on the classpath: the code names none. */
public final class Catalog {

    private final TypedDecoder<Product> products = JsonDecoders.get().forType(Product.class);

    public Product product(byte[] json) {
        return products.decode(json);
    }
}
