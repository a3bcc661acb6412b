module com.example.shop {
    requires dev.jsonbench.api;

    // Typed decoding calls the records' public constructors from the backends' modules: export their package.
    exports com.example.shop;
}
