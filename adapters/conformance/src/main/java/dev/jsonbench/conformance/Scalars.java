package dev.jsonbench.conformance;

/** A record of every scalar kind, for the typed cases of the {@link ConformanceSuite}. */
public record Scalars(long l, int i, double d, boolean b, String s, Long boxed) {
}
