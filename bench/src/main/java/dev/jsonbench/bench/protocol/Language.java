package dev.jsonbench.bench.protocol;

/** The language a contestant is written in; the order is the order contestants are planned in. */
public enum Language {
    java, rust, go
}
