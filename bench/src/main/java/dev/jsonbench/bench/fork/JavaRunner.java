package dev.jsonbench.bench.fork;

import com.sun.management.ThreadMXBean;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.bench.jfr.AllocationCount;
import dev.jsonbench.bench.jfr.AllocationCounter;
import dev.jsonbench.bench.protocol.JsonLine;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RssScope;
import dev.jsonbench.bench.protocol.RunReport;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Digest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java contestant's runner: one forked JVM measures one run of one backend in one mode and prints one
 * {@link RunReport}, exactly as {@code compare/PROTOCOL.md} describes for every language.
 *
 * <pre>
 * JavaRunner --runner NAME --fixture PATH --mode typed|tree --iterations N --warmup W --expect-digest HEX
 *            [--measure time|count | --profile-jfr FILE]
 * JavaRunner --list
 * JavaRunner --validate --runner NAME (--fixture PATH | --batch)
 * </pre>
 *
 * {@code time} measures time, bytes per op (ThreadMXBean), the loop's peak RSS and GC; {@code count} (JVM started
 * with {@code -XX:-UseTLAB}) counts allocations with JFR and times nothing; {@code --profile-jfr FILE} does the same
 * with stack traces and keeps the recording.
 *
 * <p>{@code System.out} is pointed at stderr while the fork runs, so that nothing a backend prints can corrupt
 * the protocol's stdout; the report goes to the original stdout at the end.
 */
public final class JavaRunner {

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
            out.println(JsonLine.write(list()));
            return 0;
        }
        if (!JavaBackends.all().contains(parsed.runner())) {
            err.println("JavaRunner: no JSON backend named '" + parsed.runner() + "'; available: "
                    + String.join(", ", JavaBackends.all()));
            return 2;
        }
        if (parsed.validate()) {
            return validate(parsed, out, err);
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
        out.println(JsonLine.write(measure(parsed, input, err)));
        return 0;
    }

    /** {@code --validate}: one document, or {@code --batch} paths on stdin ({@link Validator}). */
    private static int validate(RunnerArgs args, PrintStream out, PrintStream err) {
        Validator validator = Validator.of(args.runner());
        if (!args.batch()) {
            return validator.one(args.fixture(), out, err);
        }
        try {
            return validator.batch(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, err);
        } catch (IOException e) {
            err.println("JavaRunner: cannot read the paths on stdin: " + e);
            return 1;
        }
    }

    private static List<RunnerListing> list() {
        List<RunnerListing> runners = new ArrayList<>();
        for (String name : JavaBackends.all()) {
            JsonDecoder decoder = JavaBackends.get(name);
            List<Mode> modes = new ArrayList<>();
            try {
                decoder.forType(ApiResponse.class);
                modes.add(Mode.typed);
            } catch (IllegalArgumentException e) {
                // typed mode unsupported
            }
            modes.add(Mode.tree);
            runners.add(new RunnerListing(name, decoder.library(), decoder.backendVersion(), modes, decoder.configuration(),
                    !JavaBackends.isDirect(name), null));
        }
        return runners;
    }

    static RunReport measure(RunnerArgs args, byte[] input, PrintStream err) {
        RunReport.Builder report = RunReport.builder(args.runner(), args.mode(), args.measure())
                .counts(args.iterations(), args.warmup())
                .jvmFlags(ManagementFactory.getRuntimeMXBean().getInputArguments());
        Workload workload;
        try {
            JsonDecoder decoder = JavaBackends.get(args.runner());
            report.library(decoder.library(), decoder.backendVersion(), decoder.configuration());
            workload = Workload.of(args.mode(), decoder, input, args.userType());
        } catch (RuntimeException | LinkageError e) {
            e.printStackTrace(err);
            return report.status(Status.failed, "could not prepare the decoder: " + describe(e)).build();
        }
        long consumed;
        try {
            int warmup = args.warmup();
            if (warmup > 0) {
                // The first warm-up decode makes the backend's strict validator, if it has one, which then chooses its
                // pass. Wait for that choice before the rest, so that warm-up and measured loop run one pass: a
                // switch later would deoptimise the decoder's compiled code inside the measured loop.
                workload.run(1);
                warmup--;
                StrictJsonValidator.awaitChosenPass(VALIDATOR_CHOICE_TIMEOUT)
                        .ifPresent(pass -> report.note("strict validator: " + pass));
            }
            consumed = switch (args.measure()) {
                case time -> time(args, workload, warmup, report);
                case count, profile -> count(args, workload, warmup, report);
            };
        } catch (Throwable e) {
            e.printStackTrace(err);
            return report.status(Status.failed, "decode failed: " + describe(e)).build();
        }
        checkDigests(args, workload, report);
        return report.consumed(consumed).build();
    }

    /** Longer than the validator's own limit for choosing its pass (VectorWarmUp). */
    private static final Duration VALIDATOR_CHOICE_TIMEOUT = Duration.ofSeconds(40);

    /** The protocol's time run; returns the consume step of the timed decodes. */
    private static long time(RunnerArgs args, Workload workload, int warmup, RunReport.Builder report) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long rss = ProcessMemory.residentBytes();
        report.runtimeRss(rss >= 0 ? rss : null);
        workload.run(warmup);
        System.gc();

        GcCounters gcBefore = GcCounters.now();
        boolean reset = ProcessMemory.resetPeak();
        // the byte counter's window holds the loop only: nothing else between its two reads
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long bytesBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        long consumed = workload.run(args.iterations());
        long elapsed = System.nanoTime() - start;
        long bytesAfter = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long peak = ProcessMemory.peakBytes();
        GcCounters gc = GcCounters.now().since(gcBefore);

        report.times(elapsed, cpu)
                .threadBytesPerOp((double) (bytesAfter - bytesBefore) / args.iterations())
                .gc(gc.count(), gc.timeMs());
        if (peak >= 0) {
            report.peakRss(peak, reset ? RssScope.loop : RssScope.process);
            if (!reset) {
                report.note("/proc/self/clear_refs refused: peak RSS is the whole process's");
            }
        }
        return consumed;
    }

    /** The counting run (JFR, the JVM started with -XX:-UseTLAB), then the bytes one result keeps alive. */
    private static long count(RunnerArgs args, Workload workload, int warmup, RunReport.Builder report) throws Exception {
        String tlab = AllocationCounter.tlabProblem();
        if (tlab != null) {
            throw new IllegalStateException(tlab);
        }
        boolean profile = args.measure() == Measure.profile;
        Path file = profile ? args.profileFile() : AllocationCounter.temporaryRecordingFile();
        long[] consumed = new long[1];
        try {
            AllocationCount count = AllocationCounter.count(n -> consumed[0] = workload.run(n), warmup,
                    args.iterations(), file, profile);
            report.counted(count.events(), count.threadBytes(), args.iterations(),
                            AllocationCounter.METHOD + (profile ? ", with stack traces" : ""))
                    .countEvidence(count.verified(), count.events(), count.eventBytes(), count.threadBytes(),
                            count.problem(), count.steady(), Thread.currentThread().threadId());
            if (profile) {
                report.jfrFile(file.toAbsolutePath().toString());
            }
        } finally {
            if (!profile) {
                Files.deleteIfExists(file);
            }
        }
        if (!profile) {
            report.retained(retainedBytes(workload, args.retainCopies()), args.retainCopies());
        }
        return consumed[0];
    }

    /**
     * Bytes one result keeps alive: heap used after full collections with {@code copies} results held, minus without,
     * divided by {@code copies} (which divides the noise of whatever else the JVM allocates meanwhile).
     */
    static long retainedBytes(Workload workload, int copies) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Object[] held = new Object[copies];
        collect();
        long before = memory.getHeapMemoryUsage().getUsed();
        for (int i = 0; i < copies; i++) {
            held[i] = workload.decodeOnce();
        }
        collect();
        long after = memory.getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(held);
        return Math.round(Math.max(0, after - before) / (double) copies);
    }

    /** Two full collections: the second frees what finalization or reference processing kept for the first. */
    private static void collect() {
        System.gc();
        System.gc();
    }

    private static void checkDigests(RunnerArgs args, Workload workload, RunReport.Builder report) {
        try {
            String first = Digest.hex(Digest.ofDecoded(workload.first()));
            String last = Digest.hex(Digest.ofDecoded(workload.last()));
            boolean ok = first.equals(args.expectDigest()) && last.equals(args.expectDigest());
            report.digests(first, last, ok).status(ok ? Status.ok : Status.wrong, ok ? null
                    : "digest " + (first.equals(args.expectDigest()) ? last : first) + " differs from the expected "
                    + args.expectDigest());
        } catch (RuntimeException e) {
            report.digests(null, null, false)
                    .status(Status.wrong, "result is not in the decoder value model: " + describe(e));
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + message;
    }
}
