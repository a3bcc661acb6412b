package dev.jsonbench.conformance;

import java.util.List;

/** A generic record: bound through its type argument ({@code Page<Scalars>}), for the generic-type cases. */
public record Page<T>(List<T> items, T first, long total) {
}
