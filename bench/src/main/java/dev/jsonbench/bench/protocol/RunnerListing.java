package dev.jsonbench.bench.protocol;

import java.util.List;
import java.util.Map;

/**
 * One runner as a binary's {@code --list} describes it ({@code compare/PROTOCOL.md}), and as the registry
 * {@code compare/runners.json} knows it before the binary is built (then without version and build settings).
 *
 * @param libraryVersion the version the build links; null in the registry
 * @param configuration  one line saying how the library is configured
 * @param defaultRun     false for a variant of a library that another runner measures by default: run only when
 *                       named or with {@code --backends all}
 * @param build          how the binary was built (Rust profile and target features, Go settings); null where the
 *                       runner does not say
 */
public record RunnerListing(String runner, String library, String libraryVersion, List<Mode> modes,
                            String configuration, boolean defaultRun, Map<String, String> build) {

    public RunnerListing {
        modes = List.copyOf(modes);
        build = build == null ? null : Map.copyOf(build);
    }

    /** The same runner with the version and build settings its binary reports. */
    public RunnerListing withBuild(String version, Map<String, String> settings) {
        return new RunnerListing(runner, library, version, modes, configuration, defaultRun, settings);
    }
}
