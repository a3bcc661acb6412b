package dev.jsonbench.conformance;

import java.util.List;
import java.util.Map;

/** A record with nested records and untyped components, for the typed cases of the {@link ConformanceSuite}. */
public record Nested(List<Scalars> items, Map<String, Object> extra, Object any, List<Object> list) {
}
