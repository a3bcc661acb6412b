package dev.jsonbench.jmh;

import dev.jsonbench.fixtures.ApiResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each library called directly, without its adapter, doing the work the adapter does on the same bytes as far as
 * the library allows: the fixture decoded into {@link ApiResponse} ({@code *_typed}) or into maps and lists
 * ({@code *_tree}). Where the adapter runs the jsonbench {@code StrictJsonValidator} to make a lenient library
 * strict (dsljson, jsoniter, gson), {@code *_validated} adds that pass, so that
 * <pre>
 *   DecoderBenchmark(b, m) / DirectBenchmark.b_m − 1             = the adapter's whole cost, strictness included
 *   DecoderBenchmark(b, m) / DirectBenchmark.b_m_validated − 1   = the wrapper alone, once the validator is paid
 * </pre>
 * What each direct path does, and what its adapter does beyond it, is in the Javadoc of the classes of
 * {@code jsonbench-direct} ({@code dev.jsonbench.direct}), which the bench's {@code *-direct} runners also run.
 * Settings as in {@link DecoderBenchmark}; every benchmark records its thread's CPU time ({@link ThreadCpu}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "--add-modules=jdk.incubator.vector"})
public class DirectBenchmark {

    @Benchmark
    public ApiResponse jackson_typed(DirectStates.Jackson d, ThreadCpu cpu) {
        return d.typed();
    }

    @Benchmark
    public Object jackson_tree(DirectStates.Jackson d, ThreadCpu cpu) {
        return d.tree();
    }

    @Benchmark
    public ApiResponse dsljson_typed(DirectStates.DslJson d, ThreadCpu cpu) {
        return d.typed();
    }

    @Benchmark
    public ApiResponse dsljson_typed_validated(DirectStates.DslJson d, ThreadCpu cpu) {
        return d.typedValidated();
    }

    @Benchmark
    public Object dsljson_tree(DirectStates.DslJson d, ThreadCpu cpu) {
        return d.tree();
    }

    @Benchmark
    public Object dsljson_tree_validated(DirectStates.DslJson d, ThreadCpu cpu) {
        return d.treeValidated();
    }

    @Benchmark
    public ApiResponse jsoniter_typed(DirectStates.Jsoniter d, ThreadCpu cpu) {
        return d.typed();
    }

    @Benchmark
    public ApiResponse jsoniter_typed_validated(DirectStates.Jsoniter d, ThreadCpu cpu) {
        return d.typedValidated();
    }

    @Benchmark
    public Object jsoniter_tree(DirectStates.Jsoniter d, ThreadCpu cpu) {
        return d.tree();
    }

    @Benchmark
    public Object jsoniter_tree_validated(DirectStates.Jsoniter d, ThreadCpu cpu) {
        return d.treeValidated();
    }

    @Benchmark
    public ApiResponse gson_typed(DirectStates.Gson d, ThreadCpu cpu) {
        return d.typed();
    }

    @Benchmark
    public ApiResponse gson_typed_validated(DirectStates.Gson d, ThreadCpu cpu) {
        return d.typedValidated();
    }

    @Benchmark
    public Object gson_tree(DirectStates.Gson d, ThreadCpu cpu) {
        return d.tree();
    }

    @Benchmark
    public Object gson_tree_validated(DirectStates.Gson d, ThreadCpu cpu) {
        return d.treeValidated();
    }

    @Benchmark
    public ApiResponse simdjson_typed(DirectStates.SimdJson d, ThreadCpu cpu) {
        return d.typed();
    }

    @Benchmark
    public Object simdjson_tree(DirectStates.SimdJson d, ThreadCpu cpu) {
        return d.tree();
    }
}
