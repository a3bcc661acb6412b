package dev.jsonbench.bench.contestant.java;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.bench.fork.JavaBackends;
import dev.jsonbench.bench.fork.JavaRunner;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.Work;
import dev.jsonbench.bench.run.Contestant;
import dev.jsonbench.bench.run.CurrentJvm;
import dev.jsonbench.bench.run.RunRequest;
import dev.jsonbench.fixtures.ApiResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Java backend, measured in a forked JVM: the same {@code java} binary as this process, the same class path, and
 * the same fixed flags for every backend ({@link #jvmFlags}).
 */
public final class JavaContestant implements Contestant {

    /** Heap of every fork unless {@code --heap} says otherwise. */
    public static final String DEFAULT_HEAP = "1g";

    /** Added to {@link #jvmFlags} in counting and profiling forks: every allocation then emits a JFR event. */
    public static final List<String> COUNT_FLAGS = List.of("-XX:-UseTLAB");

    private final String name;
    private final String library;
    private final String version;
    private final String configuration;
    private final List<Mode> modes;
    private final Map<Mode, String> unsupported;
    private final String heap;
    private final Work work;

    private JavaContestant(String name, String library, String version, String configuration, List<Mode> modes,
                           Map<Mode, String> unsupported, String heap, Work work) {
        this.name = name;
        this.library = library;
        this.version = version;
        this.configuration = configuration;
        this.modes = List.copyOf(modes);
        this.unsupported = Map.copyOf(unsupported);
        this.heap = heap;
        this.work = work;
    }

    /**
     * Flags of every measured fork, printed in every report.
     * <ul>
     *   <li>{@code -Xms<heap> -Xmx<heap>} (default 1g): a fixed heap, so no backend pays for heap resizing and
     *       every peak RSS is measured under the same heap; 1 GiB leaves any backend room on the 2.4 KB fixture
     *       and on user files of a few MB. Peak RSS then mostly shows how much of the young generation the loop
     *       touched: the minimal and fair heaps ({@code Result.Memory}) show what the parser needs.</li>
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

    /** {@code 1g}, {@code 256m}, {@code 65536k} or plain bytes, as -Xmx reads them. */
    public static long heapBytes(String heap) {
        String size = heap.toLowerCase(Locale.ROOT);
        long unit = switch (size.charAt(size.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        return Long.parseLong(unit == 1 ? size : size.substring(0, size.length() - 1)) * unit;
    }

    /**
     * The backend {@code name} as found on this JVM's class path, its forks with the default heap.
     *
     * @throws IllegalArgumentException if there is no such backend (the message lists those that exist)
     */
    public static JavaContestant of(String name) {
        return of(name, DEFAULT_HEAP);
    }

    /** As {@link #of(String)}, the forks with heap {@code heap} (a -Xmx value such as 1g or 256m). */
    public static JavaContestant of(String name, String heap) {
        if (!JavaBackends.all().contains(name)) {
            JavaBackends.get(name); // throws, listing the names that exist
        }
        Work work = JavaBackends.isDirect(name) ? Work.library_defaults : Work.strict_adapter;
        JsonDecoder decoder;
        try {
            decoder = JavaBackends.get(name);
        } catch (RuntimeException | LinkageError e) {
            // Installed but unable to run here (e.g. simdjson without the Vector API): every mode is skipped.
            String reason = name + " cannot run here: " + e.getMessage();
            Map<Mode, String> unsupported = new EnumMap<>(Mode.class);
            unsupported.put(Mode.typed, reason);
            unsupported.put(Mode.tree, reason);
            return new JavaContestant(name, "dev.jsonbench:jsonbench-" + name, "unknown", "unavailable: " + e.getMessage(),
                    List.of(), unsupported, heap, work);
        }
        List<Mode> modes = new ArrayList<>();
        Map<Mode, String> unsupported = new EnumMap<>(Mode.class);
        try {
            decoder.forType(ApiResponse.class);
            modes.add(Mode.typed);
        } catch (RuntimeException | LinkageError e) {
            unsupported.put(Mode.typed, name + " cannot bind ApiResponse: " + e.getMessage());
        }
        modes.add(Mode.tree);
        return new JavaContestant(name, decoder.library(), decoder.backendVersion(), decoder.configuration(), modes,
                unsupported, heap, work);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Language language() {
        return Language.java;
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
    public Work work() {
        return work;
    }

    @Override
    public List<Mode> modes() {
        return modes;
    }

    @Override
    public Map<Mode, String> unsupportedModes() {
        return unsupported;
    }

    @Override
    public boolean countsSeparately() {
        return true;
    }

    @Override
    public Long heapBytes() {
        return heapBytes(heap);
    }

    @Override
    public List<String> runtimeFlags(Measure measure) {
        return flags(measure, heap);
    }

    private static List<String> flags(Measure measure, String heap) {
        List<String> flags = new ArrayList<>(jvmFlags(heap));
        if (measure != Measure.time) {
            flags.addAll(COUNT_FLAGS);
        }
        return List.copyOf(flags);
    }

    @Override
    public List<String> command(RunRequest request) {
        List<String> command = new ArrayList<>();
        command.add(CurrentJvm.javaBinary());
        command.addAll(flags(request.measure(), request.heapBytes() == null ? heap : (request.heapBytes() >> 10) + "k"));
        if (request.measure() == Measure.profile) {
            command.add("-XX:FlightRecorderOptions:stackdepth=" + request.stackDepth());
        }
        command.add("-cp");
        command.add(CurrentJvm.absoluteClassPath());
        command.add(JavaRunner.class.getName());
        command.addAll(request.protocolArguments(name));
        if (request.userType() != null && request.mode() == Mode.typed) {
            command.addAll(request.userType().arguments());
        }
        if (request.measure() == Measure.profile) {
            command.addAll(List.of("--profile-jfr", request.profileFile().toAbsolutePath().toString()));
        }
        return command;
    }
}
