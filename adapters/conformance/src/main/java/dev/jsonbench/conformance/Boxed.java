package dev.jsonbench.conformance;

import java.math.BigInteger;

/** Boxed scalar components and a BigInteger, for the typed cases of the {@link ConformanceSuite}. */
public record Boxed(Integer i, Double d, Boolean b, BigInteger big) {
}
