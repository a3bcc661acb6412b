package dev.jsonbench.bench.contestant.external;

import dev.jsonbench.bench.protocol.Mode;
import java.util.List;

/**
 * A runner a binary is expected to offer (its {@code --list} is authoritative once built): known in advance so
 * that {@code --backends} can name it, and so that a runner whose toolchain is missing or whose build failed
 * still gets a row saying so.
 *
 * @param configuration one line saying how the library is configured (from the runner's README)
 * @param variant       a further configuration of a library that another runner already measures by default: run
 *                      only when named in {@code --backends} or with {@code --backends all}, which keeps the default
 *                      run to one row per library
 */
public record KnownRunner(String name, String library, List<Mode> modes, String configuration, boolean variant) {

    public KnownRunner {
        modes = List.copyOf(modes);
    }

    /** A runner of the default run. */
    public KnownRunner(String name, String library, List<Mode> modes, String configuration) {
        this(name, library, modes, configuration, false);
    }
}
