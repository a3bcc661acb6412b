package dev.jsonbench.conformance;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A record whose components are generic containers and arrays (records nested in maps, arrays and lists; wildcards),
 * for the generic-type cases of the {@link ConformanceSuite}.
 */
public record Catalog(Map<String, Scalars> byName, Scalars[] all, long[] counts, List<Map<String, List<Long>>> nested,
                      Collection<String> tags, Map<String, ? extends Boxed> wild, List<? extends Long> longs) {
}
