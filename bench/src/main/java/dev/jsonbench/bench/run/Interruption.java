package dev.jsonbench.bench.run;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a run does on SIGINT or SIGTERM: the JVM runs this shutdown hook, which stops the supervisor (the running
 * process and its children are killed, no other starts) and then waits until the run has written what it measured:
 * every finished result, the rest marked {@code interrupted}. The JVM then exits with the signal's status (130 for
 * SIGINT, 143 for SIGTERM).
 */
final class Interruption {

    /** The longest the hook waits for the results to be written. */
    static final long WRITE_SECONDS = 60;

    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    private Interruption(Supervisor supervisor, PrintWriter err) {
        hook = new Thread(() -> {
            err.println();
            err.println("jsonbench: stopping: the running process is killed, the results so far are written");
            err.flush();
            supervisor.stop();
            try {
                written.await(WRITE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "jsonbench-interruption");
    }

    /** Registers the hook for the duration of one run. */
    static Interruption install(Supervisor supervisor, PrintWriter err) {
        Interruption interruption = new Interruption(supervisor, err);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** The run has written its results (or failed): the hook may let the JVM exit; outside a shutdown it is removed. */
    void done() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running and now returns
        }
    }
}
