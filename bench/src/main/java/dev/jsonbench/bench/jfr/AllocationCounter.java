package dev.jsonbench.bench.jfr;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jdk.jfr.Recording;
import jdk.jfr.consumer.EventStream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

/**
 * Counts the heap allocations of a loop exactly, inside the JVM that runs it (which must run with
 * {@code -XX:-UseTLAB}, so that every allocation emits a {@code jdk.ObjectAllocationOutsideTLAB} event).
 *
 * <p>The sequence, each step for a measured reason (the probes are described in {@code bench/RESULTS.md}):
 * <ol>
 *   <li>A first recording with only the window marker is started before warm-up: starting JFR is what
 *       deoptimises code, so it happens before the JIT settles.</li>
 *   <li>Warm-up runs without allocation events (recording them would cost about a microsecond per
 *       allocation, hundreds of millions of events for a default warm-up).</li>
 *   <li>The allocation recording (no stack traces unless profiling) starts after warm-up; a {@code ready}
 *       marker and one ThreadMXBean read happen before the {@code begin} marker, so that nothing they allocate
 *       on first use lands in the window. On the 2.4 KB fixture this gave exactly the count (615.0000 objects
 *       per op for a Jackson tree decode) that a recording started before warm-up gives.</li>
 *   <li>Between {@code begin} and {@code end}: ThreadMXBean bytes, the loop, ThreadMXBean bytes.</li>
 *   <li>The file is read back; only the benchmark thread's events between the markers count, and the count is
 *       verified by comparing their summed sizes with ThreadMXBean's bytes.</li>
 * </ol>
 */
public final class AllocationCounter {

    public static final String ALLOCATION_EVENT = "jdk.ObjectAllocationOutsideTLAB";
    public static final String DATA_LOSS_EVENT = "jdk.DataLoss";
    public static final String METHOD = "JFR jdk.ObjectAllocationOutsideTLAB with -XX:-UseTLAB, benchmark thread, marked window";

    /** The measured work: runs {@code n} operations. */
    @FunctionalInterface
    public interface Loop {
        void run(int n) throws Exception;
    }

    private AllocationCounter() {
    }

    /** Null when this JVM runs with -XX:-UseTLAB, else why counting cannot work here. */
    public static String tlabProblem() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String useTlab = hotspot.getVMOption("UseTLAB").getValue();
        return "false".equals(useTlab) ? null
                : "allocation counting needs -XX:-UseTLAB (this JVM has UseTLAB=" + useTlab + ")";
    }

    /**
     * Warms {@code loop} up, then counts the allocations of {@code iterations} operations.
     *
     * @param recordingFile where the allocation recording is dumped (kept; the caller deletes it if unwanted)
     * @param stackTraces   record a stack trace with every event (profiling; much slower)
     */
    public static AllocationCount count(Loop loop, int warmup, int iterations, Path recordingFile, boolean stackTraces)
            throws Exception {
        String problem = tlabProblem();
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        WindowEvent init = new WindowEvent("init");
        WindowEvent ready = new WindowEvent("ready");
        WindowEvent begin = new WindowEvent("begin");
        WindowEvent end = new WindowEvent("end");

        try (Recording early = new Recording()) {
            early.setName("jsonbench-init");
            early.enable(WindowEvent.NAME);
            early.start();
            init.commit();

            if (warmup > 0) {
                loop.run(warmup);
            }

            try (Recording recording = new Recording()) {
                recording.setName("jsonbench-allocations");
                if (stackTraces) {
                    recording.enable(ALLOCATION_EVENT).withStackTrace();
                } else {
                    recording.enable(ALLOCATION_EVENT).withoutStackTrace();
                }
                recording.enable(WindowEvent.NAME);
                recording.enable(DATA_LOSS_EVENT);
                recording.setToDisk(true);
                recording.start();

                threads.getCurrentThreadAllocatedBytes();
                ready.commit();

                begin.commit();
                long before = threads.getCurrentThreadAllocatedBytes();
                loop.run(iterations);
                long after = threads.getCurrentThreadAllocatedBytes();
                end.commit();

                recording.stop();
                recording.dump(recordingFile);
                early.stop();
                return read(recordingFile, Thread.currentThread().threadId(), iterations, after - before);
            }
        }
    }

    /** Reads a recording made by {@link #count}: the benchmark thread's events between the markers. */
    public static AllocationCount read(Path recordingFile, long threadId, long iterations, long threadBytes)
            throws IOException {
        Window window = Window.find(recordingFile, threadId);
        long[] tally = new long[2];
        boolean[] dataLoss = {false};
        try (EventStream stream = EventStream.openFile(recordingFile)) {
            stream.setReuse(true);
            stream.setOrdered(false);
            stream.onEvent(DATA_LOSS_EVENT, event -> dataLoss[0] = true);
            stream.onEvent(ALLOCATION_EVENT, event -> {
                if (window.contains(event)) {
                    tally[0]++;
                    tally[1] += event.getLong("allocationSize");
                }
            });
            stream.start();
        }
        return new AllocationCount(iterations, tally[0], tally[1], threadBytes, dataLoss[0], window.found());
    }

    /** Every allocation event of the benchmark thread inside the window, handed to {@code sink} (profiling). */
    public static void forEachInWindow(Path recordingFile, long threadId, Consumer<RecordedEvent> sink) throws IOException {
        Window window = Window.find(recordingFile, threadId);
        try (EventStream stream = EventStream.openFile(recordingFile)) {
            stream.setOrdered(false);
            stream.onEvent(ALLOCATION_EVENT, event -> {
                if (window.contains(event)) {
                    sink.accept(event);
                }
            });
            stream.start();
        }
    }

    /** The begin and end markers committed by the benchmark thread. */
    record Window(long threadId, Instant begin, Instant end) {

        static Window find(Path recordingFile, long threadId) throws IOException {
            List<Instant> begins = new ArrayList<>();
            List<Instant> ends = new ArrayList<>();
            try (EventStream stream = EventStream.openFile(recordingFile)) {
                stream.setOrdered(false);
                stream.onEvent(WindowEvent.NAME, event -> {
                    if (onThread(event, threadId)) {
                        switch (event.getString("phase")) {
                            case "begin" -> begins.add(event.getStartTime());
                            case "end" -> ends.add(event.getStartTime());
                            default -> { }
                        }
                    }
                });
                stream.start();
            }
            return begins.size() == 1 && ends.size() == 1
                    ? new Window(threadId, begins.get(0), ends.get(0))
                    : new Window(threadId, null, null);
        }

        boolean found() {
            return begin != null && end != null;
        }

        boolean contains(RecordedEvent event) {
            if (!found() || !onThread(event, threadId)) {
                return false;
            }
            Instant time = event.getStartTime();
            return !time.isBefore(begin) && !time.isAfter(end);
        }

        private static boolean onThread(RecordedEvent event, long threadId) {
            RecordedThread thread = event.getThread();
            return thread != null && thread.getJavaThreadId() == threadId;
        }
    }

    /** A temporary file for a recording that is read back and deleted. */
    public static Path temporaryRecordingFile() throws IOException {
        return Files.createTempFile("jsonbench-count-", ".jfr");
    }
}
