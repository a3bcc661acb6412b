package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import java.nio.file.Path;

/**
 * One process to start: what it measures, in which mode, on which document.
 *
 * @param profileFile where a {@link Measure#profile} fork keeps its recording; null otherwise
 * @param stackDepth  stack depth of a profile recording; 0 otherwise
 */
public record RunRequest(Measure measure, Mode mode, Path fixture, int iterations, int warmup, String expectDigest,
                         Path profileFile, int stackDepth) {

    public static RunRequest timed(Mode mode, Path fixture, int iterations, int warmup, String expectDigest) {
        return new RunRequest(Measure.time, mode, fixture, iterations, warmup, expectDigest, null, 0);
    }

    public static RunRequest count(Mode mode, Path fixture, int iterations, int warmup, String expectDigest) {
        return new RunRequest(Measure.count, mode, fixture, iterations, warmup, expectDigest, null, 0);
    }

    public static RunRequest profile(Mode mode, Path fixture, int iterations, int warmup, String expectDigest,
                                     Path profileFile, int stackDepth) {
        return new RunRequest(Measure.profile, mode, fixture, iterations, warmup, expectDigest, profileFile, stackDepth);
    }

    /** The protocol's arguments, shared by every runner: {@code --runner NAME --fixture ... --expect-digest HEX}. */
    public java.util.List<String> protocolArguments(String runner) {
        return java.util.List.of("--runner", runner, "--fixture", fixture.toAbsolutePath().toString(), "--mode", mode.name(),
                "--iterations", Integer.toString(iterations), "--warmup", Integer.toString(warmup),
                "--expect-digest", expectDigest);
    }
}
