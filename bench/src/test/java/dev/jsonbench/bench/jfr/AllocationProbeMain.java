package dev.jsonbench.bench.jfr;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs {@link AllocationCounter} on workloads with a known answer, in a JVM started with -XX:-UseTLAB by
 * {@code AllocationCounterTest}. Prints "events eventBytes threadBytes dataLoss verified iterations".
 */
public final class AllocationProbeMain {

    /** 12-byte header + two longs, aligned: 32 bytes with compressed class pointers (the JDK 25 default). */
    static final class Pair {
        long a;
        long b;

        Pair(long a, long b) {
            this.a = a;
            this.b = b;
        }
    }

    static final Pair[] SINK = new Pair[10];
    static long sum;

    /** Ten 32-byte objects per op, all escaping into a static array. */
    static void escaping(int n) {
        for (int i = 0; i < n; i++) {
            escapingOp(i);
        }
    }

    static void escapingOp(int i) {
        for (int j = 0; j < 10; j++) {
            SINK[j] = new Pair(i, j);
        }
    }

    /** The same ten objects, none escaping: C2 scalar-replaces them. */
    static void local(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += localOp(i);
        }
        sum += s;
    }

    static long localOp(int i) {
        long s = 0;
        for (int j = 0; j < 10; j++) {
            Pair p = new Pair(i, j);
            s += p.a + p.b;
        }
        return s;
    }

    public static void main(String[] args) throws Exception {
        String workload = args[0];
        int warmup = Integer.parseInt(args[1]);
        int iterations = Integer.parseInt(args[2]);
        boolean stacks = args.length > 3 && args[3].equals("stacks");
        AllocationCounter.Loop loop = switch (workload) {
            case "escaping" -> AllocationProbeMain::escaping;
            case "local" -> AllocationProbeMain::local;
            default -> throw new IllegalArgumentException(workload);
        };
        Path file = args.length > 4 ? Path.of(args[4]) : AllocationCounter.temporaryRecordingFile();
        AllocationCount count = AllocationCounter.count(loop, warmup, iterations, file, stacks);
        if (args.length <= 4) {
            Files.deleteIfExists(file);
        }
        System.out.println(count.events() + " " + count.eventBytes() + " " + count.threadBytes() + " " + count.dataLoss()
                + " " + count.verified() + " " + count.iterations() + " " + Thread.currentThread().threadId());
    }
}
