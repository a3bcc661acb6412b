package dev.jsonbench.test.internal;

import java.lang.management.ManagementFactory;

/**
 * The bytes this thread has allocated so far, exactly: {@code com.sun.management.ThreadMXBean}, the counter behind JMH's
 * {@code gc.alloc.rate.norm}. Reading it allocates nothing, and it counts objects in and outside TLABs alike.
 */
public final class ThreadAllocation {

    private final com.sun.management.ThreadMXBean threads;

    private ThreadAllocation(com.sun.management.ThreadMXBean threads) {
        this.threads = threads;
    }

    /**
     * The counter of this JVM, switched on if it was off.
     *
     * @throws IllegalStateException when the JVM cannot count per thread (not HotSpot's ThreadMXBean)
     */
    public static ThreadAllocation current() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
                || !threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM cannot count the bytes a thread allocates "
                    + "(com.sun.management.ThreadMXBean.getCurrentThreadAllocatedBytes): allocation budgets need HotSpot");
        }
        if (!threads.isThreadAllocatedMemoryEnabled()) {
            threads.setThreadAllocatedMemoryEnabled(true);
        }
        return new ThreadAllocation(threads);
    }

    /**
     * Bytes allocated by the calling thread since it started.
     *
     * @throws IllegalStateException on a virtual thread, which the counter does not cover
     */
    public long bytes() {
        long bytes = threads.getCurrentThreadAllocatedBytes();
        if (bytes < 0) {
            throw new IllegalStateException("the allocation counter does not cover this thread (a virtual thread?): "
                    + "run the assertion on a platform thread");
        }
        return bytes;
    }
}
