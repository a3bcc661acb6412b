package dev.jsonbench.bench.orchestra;

import java.util.List;
import java.util.Map;

/**
 * Something {@code jsonbench run} measures: a command line that speaks {@code compare/PROTOCOL.md}. A Java
 * backend is one (a forked JVM running {@code JavaRunner}); a Go or Rust runner binary is another.
 */
public interface Contestant {

    /** The runner name, unique in a run ({@code --runner NAME}). */
    String name();

    /** "java", "go", "rust". */
    String language();

    /** Library coordinates, e.g. {@code com.fasterxml.jackson.core:jackson-databind} or {@code encoding/json}. */
    String library();

    String libraryVersion();

    /** One line saying how the library is configured. */
    String configuration();

    /** Modes it can run ("typed", "tree"). */
    List<String> modes();

    /** Modes it cannot run, each with the reason (reported as {@code skipped}). */
    Map<String, String> unsupportedModes();

    /**
     * Whether exact allocation counts need a process of their own ({@link RunRequest.Kind#COUNT}); false for
     * runners whose timed run reports {@code allocs_per_op} itself.
     */
    boolean countsSeparately();

    /** Runtime flags of the process for this kind of request (JVM flags), for the report; empty if none. */
    List<String> runtimeFlags(RunRequest.Kind kind);

    /** The command line that performs {@code request}. */
    List<String> command(RunRequest request);
}
