package dev.jsonbench.test.internal;

/** One decode, whose result the meters publish so that it escapes as it does in production code. */
@FunctionalInterface
public interface Operation {
    Object run();
}
