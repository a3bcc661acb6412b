package dev.jsonbench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The benchmark thread's CPU time and wall time over each iteration, read at its start and end, never inside the
 * measured method; JMH reports both as secondary results ({@code cpuNanos}, {@code wallNanos}). Their ratio is the share
 * of the iteration the thread was running: the score times that share is CPU ns per operation, which leaves out the
 * time the thread waited for a core (a neighbour's build, steal) that a shared machine adds to the score.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the benchmark thread in the iteration, in ns. */
    public long cpuNanos;
    /** Wall time of the iteration, in ns. */
    public long wallNanos;

    private long cpuStart;
    private long wallStart;

    @Setup(Level.Iteration)
    public void start() {
        cpuNanos = 0;
        wallNanos = 0;
        wallStart = System.nanoTime();
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void stop() {
        cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        wallNanos = System.nanoTime() - wallStart;
    }
}
