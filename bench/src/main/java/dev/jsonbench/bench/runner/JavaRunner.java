package dev.jsonbench.bench.runner;

import com.sun.management.ThreadMXBean;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.jfr.AllocationCount;
import dev.jsonbench.bench.jfr.AllocationCounter;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Digest;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java contestant's runner: one forked JVM measures one run of one backend in one mode and prints one
 * JSON object, exactly as {@code compare/PROTOCOL.md} describes for every language.
 *
 * <pre>
 * JavaRunner --runner NAME --fixture PATH --mode typed|tree --iterations N --warmup W --expect-digest HEX
 *            [--count-allocations | --profile-jfr FILE]
 * JavaRunner --list
 * </pre>
 *
 * Without a kind flag it measures time, bytes per op (ThreadMXBean), the loop's peak RSS and GC. With
 * {@code --count-allocations} (JVM started with {@code -XX:-UseTLAB}) it counts allocations with JFR and
 * times nothing; {@code --profile-jfr FILE} does the same with stack traces and keeps the recording.
 *
 * <p>{@code System.out} is pointed at stderr while the fork runs, so that nothing a backend prints can corrupt
 * the protocol's stdout; the JSON object goes to the original stdout at the end.
 */
public final class JavaRunner {

    public static final int PROTOCOL = 1;

    private JavaRunner() {
    }

    public static void main(String[] args) {
        PrintStream protocolOut = System.out;
        System.setOut(System.err);
        int code = run(args, protocolOut, System.err);
        protocolOut.flush();
        System.err.flush();
        // Backends may leave non-daemon threads behind: the fork's life ends with its answer.
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        RunnerArgs parsed;
        try {
            parsed = RunnerArgs.parse(args);
        } catch (RunnerArgs.UsageException e) {
            err.println("JavaRunner: " + e.getMessage());
            return 2;
        }
        if (parsed.list()) {
            out.println(JsonOut.write(list()));
            return 0;
        }
        byte[] input;
        try {
            input = Files.readAllBytes(parsed.fixture());
        } catch (NoSuchFileException e) {
            err.println("JavaRunner: no such fixture file: " + parsed.fixture());
            return 2;
        } catch (IOException e) {
            err.println("JavaRunner: cannot read " + parsed.fixture() + ": " + e);
            return 2;
        }
        if (!JsonDecoders.available().contains(parsed.runner())) {
            err.println("JavaRunner: no JSON backend named '" + parsed.runner() + "'; available: "
                    + String.join(", ", JsonDecoders.available()));
            return 2;
        }
        out.println(JsonOut.write(measure(parsed, input, err)));
        return 0;
    }

    private static List<Map<String, Object>> list() {
        List<Map<String, Object>> runners = new ArrayList<>();
        for (String name : JsonDecoders.available()) {
            JsonDecoder decoder = JsonDecoders.get(name);
            List<String> modes = new ArrayList<>();
            try {
                decoder.forType(ApiResponse.class);
                modes.add("typed");
            } catch (IllegalArgumentException e) {
                // typed mode unsupported
            }
            modes.add("tree");
            Map<String, Object> runner = new LinkedHashMap<>();
            runner.put("runner", name);
            runner.put("library", decoder.library());
            runner.put("library_version", decoder.backendVersion());
            runner.put("modes", modes);
            runner.put("configuration", decoder.configuration());
            runners.add(runner);
        }
        return runners;
    }

    static Map<String, Object> measure(RunnerArgs args, byte[] input, PrintStream err) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("protocol", PROTOCOL);
        result.put("runner", args.runner());
        result.put("language", "java");
        result.put("library", null);
        result.put("library_version", null);
        result.put("mode", args.mode());
        result.put("measure", args.kind().name().toLowerCase(java.util.Locale.ROOT));
        result.put("status", "failed");
        result.put("reason", null);
        result.put("iterations", args.iterations());
        result.put("warmup", args.warmup());
        result.put("elapsed_ns", null);
        result.put("alloc_bytes_per_op", null);
        result.put("allocs_per_op", null);
        result.put("allocs_method", null);
        result.put("peak_rss_bytes", null);
        result.put("peak_rss_scope", null);
        result.put("gc_count", null);
        result.put("gc_pause_ms", null);
        result.put("digest", null);
        result.put("digest_last", null);
        result.put("digest_ok", null);
        result.put("consumed", null);
        List<String> notes = new ArrayList<>();
        result.put("notes", notes);
        result.put("jvm_flags", ManagementFactory.getRuntimeMXBean().getInputArguments());
        result.put("configuration", null);

        Workload workload;
        try {
            JsonDecoder decoder = JsonDecoders.get(args.runner());
            result.put("library", decoder.library());
            result.put("library_version", decoder.backendVersion());
            result.put("configuration", decoder.configuration());
            workload = Workload.of(args.mode(), decoder, input);
        } catch (RuntimeException | LinkageError e) {
            result.put("reason", "could not prepare the decoder: " + describe(e));
            e.printStackTrace(err);
            return result;
        }

        try {
            switch (args.kind()) {
                case TIME -> time(args, workload, result, notes);
                case COUNT, PROFILE -> count(args, workload, result, notes);
            }
        } catch (Throwable e) {
            result.put("status", "failed");
            result.put("reason", "decode failed: " + describe(e));
            e.printStackTrace(err);
            return result;
        }

        checkDigests(args, workload, result);
        result.put("consumed", workload.consumed());
        return result;
    }

    private static void time(RunnerArgs args, Workload workload, Map<String, Object> result, List<String> notes) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        workload.run(args.warmup());
        System.gc();

        GcCounters gcBefore = GcCounters.now();
        boolean reset = ProcessMemory.resetPeak();
        long bytesBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        workload.run(args.iterations());
        long elapsed = System.nanoTime() - start;
        long bytesAfter = threads.getCurrentThreadAllocatedBytes();
        long peak = ProcessMemory.peakBytes();
        GcCounters gc = GcCounters.now().since(gcBefore);

        result.put("elapsed_ns", elapsed);
        result.put("alloc_bytes_per_op", (double) (bytesAfter - bytesBefore) / args.iterations());
        result.put("allocs_method", null);
        result.put("peak_rss_bytes", peak >= 0 ? peak : null);
        result.put("peak_rss_scope", peak < 0 ? null : reset ? "loop" : "process");
        if (!reset && peak >= 0) {
            notes.add("/proc/self/clear_refs refused: peak RSS is the whole process's");
        }
        result.put("gc_count", gc.count());
        result.put("gc_pause_ms", (double) gc.timeMs());
    }

    private static void count(RunnerArgs args, Workload workload, Map<String, Object> result, List<String> notes)
            throws Exception {
        String tlab = AllocationCounter.tlabProblem();
        if (tlab != null) {
            throw new IllegalStateException(tlab);
        }
        boolean profile = args.kind() == RunnerArgs.Kind.PROFILE;
        Path file = profile ? args.profileFile() : AllocationCounter.temporaryRecordingFile();
        try {
            AllocationCount count = AllocationCounter.count(workload::run, args.warmup(), args.iterations(), file, profile);
            result.put("alloc_bytes_per_op", count.bytesPerOp());
            result.put("allocs_per_op", count.verified() ? count.allocsPerOp() : null);
            result.put("allocs_method", AllocationCounter.METHOD + (profile ? ", with stack traces" : ""));
            result.put("allocs_verified", count.verified());
            result.put("allocs_events", count.events());
            result.put("allocs_event_bytes", count.eventBytes());
            result.put("allocs_thread_bytes", count.threadBytes());
            result.put("allocs_problem", count.problem());
            result.put("allocs_steady", count.steady());
            result.put("benchmark_thread_id", Thread.currentThread().threadId());
            if (count.verified() && !count.steady()) {
                notes.add("allocations per op not a whole number: the counted window was not in a steady state");
            }
            if (profile) {
                result.put("jfr_file", file.toAbsolutePath().toString());
            }
        } finally {
            if (!profile) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void checkDigests(RunnerArgs args, Workload workload, Map<String, Object> result) {
        try {
            String first = Digest.hex(Digest.ofDecoded(workload.first()));
            String last = Digest.hex(Digest.ofDecoded(workload.last()));
            boolean ok = first.equals(args.expectDigest()) && last.equals(args.expectDigest());
            result.put("digest", first);
            result.put("digest_last", last);
            result.put("digest_ok", ok);
            result.put("status", ok ? "ok" : "wrong");
            if (!ok) {
                result.put("reason", "digest " + (first.equals(args.expectDigest()) ? last : first)
                        + " differs from the expected " + args.expectDigest());
            }
        } catch (RuntimeException e) {
            result.put("digest_ok", false);
            result.put("status", "wrong");
            result.put("reason", "result is not in the decoder value model: " + describe(e));
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + message;
    }
}
