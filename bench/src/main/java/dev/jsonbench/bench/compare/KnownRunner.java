package dev.jsonbench.bench.compare;

import java.util.List;

/**
 * A runner a binary is expected to offer (its {@code --list} is authoritative once built): known in advance so
 * that {@code --backends} can name it, and so that a runner whose toolchain is missing or whose build failed
 * still gets a row saying so.
 *
 * @param configuration one line saying how the library is configured (from the runner's README)
 */
public record KnownRunner(String name, String library, List<String> modes, String configuration) {

    public KnownRunner {
        modes = List.copyOf(modes);
    }
}
