package dev.jsonbench.bench.orchestra;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.runner.JavaRunner;
import dev.jsonbench.fixtures.ApiResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Java backend, measured in a forked JVM: the same {@code java} binary as this process, the same class path,
 * and the same fixed flags for every backend ({@link #JVM_FLAGS}).
 */
public final class JavaContestant implements Contestant {

    /** Heap of every fork unless {@code --heap} says otherwise. */
    public static final String DEFAULT_HEAP = "1g";

    /**
     * Flags of every measured fork, printed in every report.
     * <ul>
     *   <li>{@code -Xms<heap> -Xmx<heap>} (default 1g): a fixed heap, so no backend pays for heap resizing and
     *       every peak RSS is measured under the same heap; 1 GiB leaves any backend room on the 2.4 KB fixture
     *       and on user files of a few MB. Peak RSS then mostly shows how much of the young generation the loop
     *       touched (about 700 MiB for every backend on 100,000 decodes): {@code --heap 128m} shows the
     *       differences in retained memory instead.</li>
     *   <li>{@code -XX:+UseG1GC}: the default collector on a server-class machine, named so that a 1-CPU
     *       container (where the JVM would pick Serial) measures the same thing.</li>
     *   <li>{@code -Xshare:auto}: class data sharing as by default (startup is not measured, but forks start
     *       faster).</li>
     *   <li>{@code --add-modules=jdk.incubator.vector}: simdjson-java needs the Vector API; every fork gets it
     *       so that all run with the same module graph.</li>
     *   <li>{@code -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr}: the JVM writes its
     *       warnings to stdout by default; the protocol's stdout carries exactly one JSON object.</li>
     * </ul>
     * Nothing that changes code generation or object layout (no compact headers, no tiered-compilation or
     * inlining flags): the figures are those of a default JVM.
     */
    public static List<String> jvmFlags(String heap) {
        return List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-Xshare:auto",
                "--add-modules=jdk.incubator.vector", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
                "-Xlog:all=warning:stderr");
    }

    /** The flags with the default heap. */
    public static final List<String> JVM_FLAGS = jvmFlags(DEFAULT_HEAP);

    /** Added to {@link #JVM_FLAGS} in counting and profiling forks: every allocation then emits a JFR event. */
    public static final List<String> COUNT_FLAGS = List.of("-XX:-UseTLAB");

    public static final String LANGUAGE = "java";

    private final String name;
    private final String library;
    private final String version;
    private final String configuration;
    private final List<String> modes;
    private final Map<String, String> unsupported;
    private final String javaBinary;
    private final String classPath;
    private final List<String> jvmFlags;

    private JavaContestant(String name, String library, String version, String configuration, List<String> modes,
                           Map<String, String> unsupported, String javaBinary, String classPath, List<String> jvmFlags) {
        this.name = name;
        this.library = library;
        this.version = version;
        this.configuration = configuration;
        this.modes = List.copyOf(modes);
        this.unsupported = Map.copyOf(unsupported);
        this.javaBinary = javaBinary;
        this.classPath = classPath;
        this.jvmFlags = List.copyOf(jvmFlags);
    }

    /**
     * The backend {@code name} as found on this JVM's class path; the fork uses the same java binary and class
     * path.
     *
     * @throws IllegalArgumentException if there is no such backend (the message lists those that exist)
     */
    public static JavaContestant of(String name) {
        return of(name, DEFAULT_HEAP);
    }

    /** As {@link #of(String)}, the forks with heap {@code heap} (a -Xmx value such as 1g or 256m). */
    public static JavaContestant of(String name, String heap) {
        return of(name, currentJava(), absoluteClassPath(), jvmFlags(heap));
    }

    /** This JVM's class path with every entry made absolute, so that a fork may run in any directory. */
    public static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(entry.endsWith("*") ? entry : Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    public static JavaContestant of(String name, String javaBinary, String classPath, List<String> jvmFlags) {
        if (!JsonDecoders.available().contains(name)) {
            JsonDecoders.get(name); // throws, listing the names that exist
        }
        JsonDecoder decoder;
        try {
            decoder = JsonDecoders.get(name);
        } catch (RuntimeException | LinkageError e) {
            // Installed but unable to run here (e.g. simdjson without the Vector API): every mode is skipped.
            String reason = name + " cannot run here: " + e.getMessage();
            Map<String, String> unsupported = new LinkedHashMap<>();
            unsupported.put("typed", reason);
            unsupported.put("tree", reason);
            return new JavaContestant(name, "dev.jsonbench:jsonbench-" + name, "unknown", "unavailable: " + e.getMessage(),
                    List.of(), unsupported,
                    javaBinary, classPath, jvmFlags);
        }
        List<String> modes = new ArrayList<>();
        Map<String, String> unsupported = new LinkedHashMap<>();
        try {
            decoder.forType(ApiResponse.class);
            modes.add("typed");
        } catch (RuntimeException | LinkageError e) {
            unsupported.put("typed", name + " cannot bind ApiResponse: " + e.getMessage());
        }
        modes.add("tree");
        return new JavaContestant(name, decoder.library(), decoder.backendVersion(), decoder.configuration(), modes,
                unsupported,
                javaBinary, classPath, jvmFlags);
    }

    /** Every backend on the class path, by name. */
    public static List<JavaContestant> all() {
        List<JavaContestant> all = new ArrayList<>();
        for (String name : JsonDecoders.available()) {
            all.add(of(name));
        }
        return all;
    }

    /** The java binary running this process. */
    public static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String language() {
        return LANGUAGE;
    }

    @Override
    public String library() {
        return library;
    }

    @Override
    public String libraryVersion() {
        return version;
    }

    @Override
    public String configuration() {
        return configuration;
    }

    @Override
    public List<String> modes() {
        return modes;
    }

    @Override
    public Map<String, String> unsupportedModes() {
        return unsupported;
    }

    @Override
    public boolean countsSeparately() {
        return true;
    }

    @Override
    public List<String> runtimeFlags(RunRequest.Kind kind) {
        List<String> flags = new ArrayList<>(jvmFlags);
        if (kind != RunRequest.Kind.TIMED) {
            flags.addAll(COUNT_FLAGS);
        }
        return List.copyOf(flags);
    }

    @Override
    public List<String> command(RunRequest request) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary);
        command.addAll(runtimeFlags(request.kind()));
        if (request.kind() == RunRequest.Kind.PROFILE) {
            command.add("-XX:FlightRecorderOptions:stackdepth=" + request.stackDepth());
        }
        command.add("-cp");
        command.add(classPath);
        command.add(JavaRunner.class.getName());
        command.add("--runner");
        command.add(name);
        command.add("--fixture");
        command.add(request.fixture().toAbsolutePath().toString());
        command.add("--mode");
        command.add(request.mode());
        command.add("--iterations");
        command.add(Integer.toString(request.iterations()));
        command.add("--warmup");
        command.add(Integer.toString(request.warmup()));
        command.add("--expect-digest");
        command.add(request.expectDigest());
        switch (request.kind()) {
            case TIMED -> { }
            case COUNT -> command.add("--count-allocations");
            case PROFILE -> {
                command.add("--profile-jfr");
                command.add(request.profileFile().toAbsolutePath().toString());
            }
        }
        return command;
    }
}
