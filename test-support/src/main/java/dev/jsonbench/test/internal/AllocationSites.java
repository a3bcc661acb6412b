package dev.jsonbench.test.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where an operation allocates, estimated from a short JFR recording with stack traces: every
 * {@code jdk.ObjectAllocationInNewTLAB} event stands for the TLAB it opened (weighted by its size), every
 * {@code jdk.ObjectAllocationOutsideTLAB} event for its object. With TLABs on, as in any test JVM, this is a sample, so
 * the shares are estimates; they are grouped by allocated class and the first stack frame outside the JDK and this
 * library. Only run when an assertion fails: JFR's start-up deoptimises code and stack traces are slow.
 */
public final class AllocationSites {

    static final String NEW_TLAB = "jdk.ObjectAllocationInNewTLAB";
    static final String OUTSIDE_TLAB = "jdk.ObjectAllocationOutsideTLAB";
    /** Enough allocation for a few hundred TLAB samples at the TLAB sizes of a test JVM. */
    static final long SAMPLED_BYTES = 256L << 20;
    static final long MAX_SAMPLING_NANOS = 3_000_000_000L;
    /** The class whose lambdas call the decoder. */
    private static final String BUDGET = "dev.jsonbench.test.AllocationBudget";

    /**
     * One place allocation happens.
     *
     * @param type  the allocated class ({@code char[]}, {@code java.util.ArrayList})
     * @param frame the first frame outside the JDK: {@code com.example.Decoder.read:120}
     * @param share the estimated share of all bytes allocated
     */
    public record Site(String type, String frame, double share) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5.1f%%  %s at %s", share * 100, type, frame);
        }
    }

    /**
     * What a sampling found.
     *
     * @param sites   the sites, most bytes first
     * @param samples events the estimate rests on
     * @param problem why there are no sites (JFR missing or failing), or null
     */
    public record Sampling(List<Site> sites, int samples, String problem) {
        public Sampling {
            sites = List.copyOf(sites);
        }
    }

    private AllocationSites() {
    }

    /** Samples {@code operation}, run in windows of {@code window} on this thread; never throws. */
    public static Sampling sample(Operation operation, int window) {
        Path file = null;
        try {
            file = Files.createTempFile("jsonbench-allocation-sites-", ".jfr");
            ThreadAllocation allocation = ThreadAllocation.current();
            try (Recording startUp = new Recording()) {
                // JFR's start-up deoptimises compiled code: let the JIT settle before allocation events are recorded
                startUp.start();
                SteadyStateMeter.repeat(operation, window * 5);
                try (Recording recording = new Recording()) {
                    recording.enable(NEW_TLAB).withStackTrace();
                    recording.enable(OUTSIDE_TLAB).withStackTrace();
                    recording.start();
                    long bytes = allocation.bytes();
                    long start = System.nanoTime();
                    do {
                        SteadyStateMeter.repeat(operation, window);
                    } while (allocation.bytes() - bytes < SAMPLED_BYTES && System.nanoTime() - start < MAX_SAMPLING_NANOS);
                    recording.stop();
                    recording.dump(file);
                }
            }
            return read(file, Thread.currentThread().threadId());
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Sampling(List.of(), 0, "JFR could not sample allocations here: " + e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    static Sampling read(Path file, long threadId) throws IOException {
        Map<List<String>, long[]> weights = new HashMap<>();
        long total = 0;
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String name = event.getEventType().getName();
            if (!(name.equals(NEW_TLAB) || name.equals(OUTSIDE_TLAB)) || event.getThread() == null
                    || event.getThread().getJavaThreadId() != threadId) {
                continue;
            }
            long weight = name.equals(NEW_TLAB) ? event.getLong("tlabSize") : event.getLong("allocationSize");
            weights.computeIfAbsent(List.of(type(event), frame(event.getStackTrace())), k -> new long[1])[0] += weight;
            total += weight;
            samples++;
        }
        if (samples == 0) {
            return new Sampling(List.of(), 0, "JFR recorded no allocation of this thread");
        }
        List<Site> sites = new ArrayList<>();
        for (Map.Entry<List<String>, long[]> e : weights.entrySet()) {
            sites.add(new Site(e.getKey().get(0), e.getKey().get(1), (double) e.getValue()[0] / total));
        }
        sites.sort(Comparator.comparingDouble(Site::share).reversed().thenComparing(Site::frame));
        return new Sampling(sites, samples, null);
    }

    /** {@code long[]} for JFR's {@code [J}: the array's class name as source code spells it, where it can be loaded. */
    private static String type(RecordedEvent event) {
        RecordedClass type = event.getClass("objectClass");
        if (type == null) {
            return "(unknown)";
        }
        String name = type.getName();
        if (!name.startsWith("[")) {
            return name;
        }
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader()).getTypeName();
        } catch (ClassNotFoundException | LinkageError e) {
            return name;
        }
    }

    /** The frame that asked for the object: the first outside the JDK and this library ({@code ArrayList.grow} is not news). */
    private static String frame(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "(no stack trace)";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            RecordedMethod method = frame.getMethod();
            if (method != null && method.getType() != null && !ignored(method.getType().getName())) {
                int line = frame.getLineNumber();
                return method.getType().getName() + "." + method.getName() + (line > 0 ? ":" + line : "");
            }
        }
        return "(JDK code only)";
    }

    private static boolean ignored(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.")
                || className.startsWith("dev.jsonbench.test.internal.") || className.equals(BUDGET)
                || className.startsWith(BUDGET + "$");
    }
}
