package dev.jsonbench.jmh;

import dev.jsonbench.jmh.OverheadPlan.Pair;
import dev.jsonbench.jmh.OverheadStats.Overhead;
import java.util.List;
import java.util.function.Function;
import java.util.stream.DoubleStream;

/**
 * One (backend, mode) pair's scores over all rounds, index = round − 1. {@code validated} is null for the backends
 * without a {@code _validated} benchmark.
 */
record PairResult(Pair pair, Scores adapter, Scores direct, Scores validated) {

    /**
     * One benchmark's per-round scores: average time (ns/op), the thread's CPU time per operation (ns/op; NaN if
     * absent) and allocation (gc.alloc.rate.norm, B/op; NaN if absent).
     */
    record Scores(double[] ns, double[] cpuNs, double[] bytesPerOp) {

        static Scores forRounds(int rounds) {
            return new Scores(new double[rounds], new double[rounds], new double[rounds]);
        }

        /** The rounds of every one of {@code scores}, one after the other. */
        static Scores concat(List<Scores> scores) {
            return new Scores(concat(scores, Scores::ns), concat(scores, Scores::cpuNs), concat(scores, Scores::bytesPerOp));
        }

        private static double[] concat(List<Scores> scores, Function<Scores, double[]> field) {
            return scores.stream().map(field).flatMapToDouble(DoubleStream::of).toArray();
        }

        int rounds() {
            return ns.length;
        }

        double medianNs() {
            return OverheadStats.median(ns);
        }

        double medianCpuNs() {
            return OverheadStats.median(cpuNs);
        }

        /** NaN when a round has none (a file written before the rounds' B/op were kept). */
        double medianBytesPerOp() {
            return DoubleStream.of(bytesPerOp).anyMatch(Double::isNaN) ? Double.NaN : OverheadStats.median(bytesPerOp);
        }
    }

    /** Adapter over the library called directly: everything the adapter adds. */
    Overhead overhead() {
        return Overhead.of(adapter.ns(), direct.ns());
    }

    /** The same in thread CPU time: without the time either fork waited for a core. */
    Overhead cpuOverhead() {
        return Overhead.of(adapter.cpuNs(), direct.cpuNs());
    }

    /** Adapter over direct + validator: the wrapper alone; null without a validated benchmark. */
    Overhead wrapperOverhead() {
        return validated == null ? null : Overhead.of(adapter.ns(), validated.ns());
    }
}
