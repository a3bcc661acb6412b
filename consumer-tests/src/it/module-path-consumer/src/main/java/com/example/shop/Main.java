package com.example.shop;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;

/** Decodes one order with the backend the launch chose, and says which module that backend came from. */
public final class Main {

    private static final byte[] ORDER = """
            {"id": "A-1", "lines": [{"sku": "tea", "quantity": 2, "price": 3.5}], "paid": true}
            """.getBytes(UTF_8);

    public static void main(String[] args) {
        JsonDecoder decoder = JsonDecoders.get();
        System.out.println(decoder.name() + " from module " + decoder.getClass().getModule().getName());
        System.out.println(decoder.forType(Order.class).decode(ORDER));
        System.out.println(decoder.decodeTree(ORDER));
    }
}
