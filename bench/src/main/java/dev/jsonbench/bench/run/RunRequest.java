package dev.jsonbench.bench.run;

import dev.jsonbench.bench.fork.UserType;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One process to start: what it measures, in which mode, on which document.
 *
 * @param retainCopies results a count run holds at once to measure the bytes one keeps alive; 0 otherwise
 * @param profileFile  where a {@link Measure#profile} fork keeps its recording; null otherwise
 * @param stackDepth   stack depth of a profile recording; 0 otherwise
 * @param heapBytes    the fixed heap of a JVM for this process; null for the contestant's own
 * @param userType     the user's type typed mode binds (Java only); null for the fixture model
 */
public record RunRequest(Measure measure, Mode mode, Path fixture, int iterations, int warmup, String expectDigest,
                         int retainCopies, Path profileFile, int stackDepth, Long heapBytes, UserType userType) {

    public static RunRequest timed(Mode mode, Path fixture, int iterations, int warmup, String expectDigest) {
        return new RunRequest(Measure.time, mode, fixture, iterations, warmup, expectDigest, 0, null, 0, null, null);
    }

    public static RunRequest count(Mode mode, Path fixture, int iterations, int warmup, String expectDigest,
                                   int retainCopies) {
        return new RunRequest(Measure.count, mode, fixture, iterations, warmup, expectDigest, retainCopies, null, 0,
                null, null);
    }

    public static RunRequest profile(Mode mode, Path fixture, int iterations, int warmup, String expectDigest,
                                     Path profileFile, int stackDepth) {
        return new RunRequest(Measure.profile, mode, fixture, iterations, warmup, expectDigest, 0, profileFile, stackDepth,
                null, null);
    }

    /** The same request in a JVM with a fixed heap of {@code bytes}. */
    public RunRequest withHeap(long bytes) {
        return new RunRequest(measure, mode, fixture, iterations, warmup, expectDigest, retainCopies, profileFile,
                stackDepth, bytes, userType);
    }

    /** The same request on a document whose typed mode binds {@code type} (null: the fixture model). */
    public RunRequest withUserType(UserType type) {
        return new RunRequest(measure, mode, fixture, iterations, warmup, expectDigest, retainCopies, profileFile,
                stackDepth, heapBytes, type);
    }

    /**
     * The protocol's arguments, the same for every runner ({@code compare/PROTOCOL.md}): {@code --runner NAME ...
     * --expect-digest HEX}, and for a count run {@code --measure count --retain-copies K}.
     */
    public List<String> protocolArguments(String runner) {
        List<String> args = new ArrayList<>(List.of("--runner", runner, "--fixture", fixture.toAbsolutePath().toString(),
                "--mode", mode.name(), "--iterations", Integer.toString(iterations), "--warmup", Integer.toString(warmup),
                "--expect-digest", expectDigest));
        if (measure == Measure.count) {
            args.addAll(List.of("--measure", "count", "--retain-copies", Integer.toString(retainCopies)));
        }
        return args;
    }
}
