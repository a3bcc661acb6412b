package dev.jsonbench.bench.conformance;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * What every typed decode of the differential fuzzer binds: one component of each kind the typed binding supports
 * ({@code api/STRICTNESS.md}), a nested record and a list of them, so that fuzzed documents reach every binder path.
 */
public record FuzzRecord(String s, long l, int i, double d, boolean b, Long boxed, BigInteger big, List<Long> longs,
                         Map<String, Object> map, List<Object> list, Object any, Member member, List<Member> members) {

    /** A nested record with its own scalar and untyped components. */
    public record Member(String name, int n, Double x, Object value) {
    }
}
