package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Work;
import java.util.List;
import java.util.Map;

/**
 * Something a run measures: a command line that speaks {@code compare/PROTOCOL.md}. A Java backend is one (a
 * forked JVM running {@code fork.JavaRunner}); a Go or Rust runner binary is another.
 */
public interface Contestant {

    /** The runner name, unique in a run ({@code --runner NAME}). */
    String name();

    Language language();

    /** Library coordinates, e.g. {@code com.fasterxml.jackson.core:jackson-databind} or {@code encoding/json}. */
    String library();

    String libraryVersion();

    /** One line saying how the library is configured. */
    String configuration();

    /** What its rows measure: a strict adapter, or the library with its own defaults. */
    Work work();

    /** Modes it can run. */
    List<Mode> modes();

    /** Modes it cannot run, each with the reason (reported as {@code skipped}). */
    Map<Mode, String> unsupportedModes();

    /**
     * Whether exact allocation counts need a process of their own ({@link Measure#count}); false for runners whose
     * timed run reports allocations itself.
     */
    boolean countsSeparately();

    /**
     * The fixed heap its processes run with, when it is a JVM whose heap a request may change
     * ({@link RunRequest#heapBytes()}); null otherwise.
     */
    default Long heapBytes() {
        return null;
    }

    /** Runtime flags of the process for this kind of request (JVM flags), for the report; empty if none. */
    List<String> runtimeFlags(Measure measure);

    /** The command line that performs {@code request}. */
    List<String> command(RunRequest request);

    /**
     * Why this contestant cannot run at all, or null when it can: {@code skipped} (e.g. its toolchain is missing) or
     * {@code failed} (e.g. its binary did not build). Every mode then gets a result with that status and reason.
     */
    default Unavailable unavailable() {
        return null;
    }

    /** A contestant that cannot run, and why. */
    record Unavailable(Status status, String reason) {
    }
}
