package dev.jsonbench.conformance;

/** A record no backend may bind ({@code Thread} is not a supported component type): {@code forType} must refuse it. */
public record ThreadComponent(String name, Thread thread) {
}
