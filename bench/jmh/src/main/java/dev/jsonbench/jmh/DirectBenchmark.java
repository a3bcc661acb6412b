package dev.jsonbench.jmh;

import dev.jsonbench.fixtures.ApiResponse;
import java.io.IOException;
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
 * strict (dsljson, jsoniter; gson, see {@link GsonDirect}), {@code *_validated} adds that pass, so that
 * <pre>
 *   DecoderBenchmark(b, m) / DirectBenchmark.b_m − 1             = the adapter's whole cost, strictness included
 *   DecoderBenchmark(b, m) / DirectBenchmark.b_m_validated − 1   = the wrapper alone, once the validator is paid
 * </pre>
 * What each direct path does, and what its adapter does beyond it, is in the Javadoc of the state classes
 * ({@link JacksonDirect}, {@link DslJsonDirect}, {@link JsoniterDirect}, {@link GsonDirect},
 * {@link SimdJsonDirect}). Settings as in {@link DecoderBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "--add-modules=jdk.incubator.vector"})
public class DirectBenchmark {

    @Benchmark
    public ApiResponse jackson_typed(JacksonDirect d) throws IOException {
        return d.typed();
    }

    @Benchmark
    public Object jackson_tree(JacksonDirect d) throws IOException {
        return d.tree();
    }

    @Benchmark
    public ApiResponse dsljson_typed(DslJsonDirect d) throws IOException {
        return d.typed();
    }

    @Benchmark
    public ApiResponse dsljson_typed_validated(DslJsonDirect d) throws IOException {
        return d.typedValidated();
    }

    @Benchmark
    public Object dsljson_tree(DslJsonDirect d) throws IOException {
        return d.tree();
    }

    @Benchmark
    public Object dsljson_tree_validated(DslJsonDirect d) throws IOException {
        return d.treeValidated();
    }

    @Benchmark
    public ApiResponse jsoniter_typed(JsoniterDirect d) throws IOException {
        return d.typed();
    }

    @Benchmark
    public ApiResponse jsoniter_typed_validated(JsoniterDirect d) throws IOException {
        return d.typedValidated();
    }

    @Benchmark
    public Object jsoniter_tree(JsoniterDirect d) throws IOException {
        return d.tree();
    }

    @Benchmark
    public Object jsoniter_tree_validated(JsoniterDirect d) throws IOException {
        return d.treeValidated();
    }

    @Benchmark
    public ApiResponse gson_typed(GsonDirect d) {
        return d.typed();
    }

    @Benchmark
    public ApiResponse gson_typed_validated(GsonDirect d) {
        return d.typedValidated();
    }

    @Benchmark
    public Object gson_tree(GsonDirect d) {
        return d.tree();
    }

    @Benchmark
    public Object gson_tree_validated(GsonDirect d) {
        return d.treeValidated();
    }

    @Benchmark
    public ApiResponse simdjson_typed(SimdJsonDirect d) {
        return d.typed();
    }

    @Benchmark
    public Object simdjson_tree(SimdJsonDirect d) {
        return d.tree();
    }
}
