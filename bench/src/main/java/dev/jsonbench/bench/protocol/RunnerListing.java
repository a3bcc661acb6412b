package dev.jsonbench.bench.protocol;

import java.util.List;

/**
 * One element of a runner's {@code --list} answer ({@code compare/PROTOCOL.md}).
 *
 * @param configuration one line saying how the library is configured (null where the runner does not say)
 */
public record RunnerListing(String runner, String library, String libraryVersion, List<Mode> modes,
                            String configuration) {

    public RunnerListing {
        modes = List.copyOf(modes);
    }
}
