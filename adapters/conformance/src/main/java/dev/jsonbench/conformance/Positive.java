package dev.jsonbench.conformance;

/** A record whose constructor refuses some decoded values: the refusal must reach the caller as a decode error. */
public record Positive(long value) {
    public Positive {
        if (value <= 0) {
            throw new IllegalArgumentException("not positive: " + value);
        }
    }
}
