package dev.jsonbench.conformance;

import java.util.Set;

/** A record no backend may bind ({@code Set} is not a supported component type): {@code forType} must refuse it. */
public record SetComponent(String name, Set<String> names) {
}
