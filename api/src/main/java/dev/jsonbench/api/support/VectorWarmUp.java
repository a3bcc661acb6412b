package dev.jsonbench.api.support;

import dev.jsonbench.api.DecodeLimits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Decides when validators switch to the vector pass. Until C2 has compiled it, the vector pass is hundreds to
 * thousands of times slower than the scalar pass (interpreted and C1 code box every vector), which for a few seconds
 * after start-up would make each decode milliseconds long. So validators run the scalar pass until one daemon thread,
 * started by the first validator that could use the vector pass, has run both passes on a built-in sample and found
 * the vector pass the faster; from then on every validator uses it. If the vector pass is not faster within
 * {@value #LIMIT_SECONDS} s, the scalar pass stays. The thread then ends; it costs one core for about as long as
 * C2 takes (1 to 3 s on the 2-core development machine).
 */
final class VectorWarmUp {

    private static final int LIMIT_SECONDS = 30;
    private static final int DOCUMENTS_PER_ROUND = 200;

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static volatile boolean inUse;
    private static volatile String state = "not started (no validator has been created)";

    private VectorWarmUp() {
    }

    /** Whether validators use the vector pass now. One volatile read. */
    static boolean inUse() {
        return inUse;
    }

    static String state() {
        return state;
    }

    /** Whether a validator has started the warm-up in this JVM. */
    static boolean started() {
        return STARTED.get();
    }

    /** Starts the warm-up, once per JVM. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        state = "warming up (the scalar pass runs until the vector pass is the faster)";
        Thread thread = new Thread(VectorWarmUp::warmUp, "jsonbench-validator-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the warm-up has decided; whether the vector pass is in use. */
    static boolean await(Duration timeout) throws InterruptedException {
        return FINISHED.await(timeout.toNanos(), TimeUnit.NANOSECONDS) && inUse;
    }

    private static void warmUp() {
        try {
            StrictJsonValidator vector = StrictJsonValidator.forWarmUp();
            StrictJsonValidator scalar = StrictJsonValidator.scalar("warm-up", DecodeLimits.defaults());
            byte[] sample = sample();
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
            while (System.nanoTime() < deadline) {
                long vectorStart = System.nanoTime();
                for (int i = 0; i < DOCUMENTS_PER_ROUND; i++) {
                    vector.validate(sample, 0, sample.length);
                }
                long scalarStart = System.nanoTime();
                for (int i = 0; i < DOCUMENTS_PER_ROUND; i++) {
                    scalar.validate(sample, 0, sample.length);
                }
                long scalarEnd = System.nanoTime();
                if (scalarStart - vectorStart < scalarEnd - scalarStart) {
                    // The lexical subset is compiled before anyone uses it: it does less than the whole pass.
                    long lexical;
                    do {
                        long lexicalStart = System.nanoTime();
                        for (int i = 0; i < DOCUMENTS_PER_ROUND; i++) {
                            vector.validateLexically(sample, 0, sample.length);
                        }
                        lexical = System.nanoTime() - lexicalStart;
                    } while (lexical > scalarStart - vectorStart && System.nanoTime() < deadline);
                    inUse = true;
                    state = String.format(Locale.ROOT, "in use (faster than the scalar pass after %.1f s of warm-up)",
                            (scalarEnd - start) / 1e9);
                    return;
                }
            }
            state = "not in use (no faster than the scalar pass after " + LIMIT_SECONDS + " s of warm-up)";
        } catch (RuntimeException | Error e) {
            state = "not in use (the warm-up failed: " + e + ")";
        } finally {
            FINISHED.countDown();
        }
    }

    /** About 4 KB of every kind of value: escapes, non-ASCII text, numbers, literals, nesting. */
    private static byte[] sample() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 24; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(1000 + i * 7919)
                    .append(",\"name\":\"Item \\\"").append(i).append("\\\" café → ✓ 😀\",\"price\":").append(i * 1.25)
                    .append(",\"tags\":[\"a\",\"b\\n\\u00e9\"],\"active\":").append(i % 2 == 0)
                    .append(",\"note\":null,\"dims\":{\"w\":-").append(i).append(".5e-3,\"h\":[[],{}]}}");
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
