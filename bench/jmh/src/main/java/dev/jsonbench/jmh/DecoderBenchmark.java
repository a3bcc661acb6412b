package dev.jsonbench.jmh;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Fixtures;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each backend through the jsonbench API, as the bench CLI and a user call it: {@code JsonDecoders.get(backend)},
 * {@code forType(ApiResponse.class)} once, then one decode of the 2.4 KB fixture per operation, typed into
 * {@link ApiResponse} or as a tree (the value model). JMH consumes the returned value.
 *
 * <p>Compare with {@link DirectBenchmark}, which does the same work with each library called directly.
 *
 * <p>Forks run with the bench CLI's JVM flags ({@code -Xms1g -Xmx1g -XX:+UseG1GC}, and the Vector API module that
 * simdjson-java needs), given as {@code @Fork(jvmArgs)} so that a {@code -jvmArgsAppend} on the command line adds
 * to them instead of replacing them. Defaults: 2 forks, 3 warm-up and 5 measured iterations of 2 s, average time in
 * ns/op; all can be overridden on the command line ({@code -f -wi -w -i -r}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "--add-modules=jdk.incubator.vector"})
public class DecoderBenchmark {

    @Param({"jackson", "dsljson", "jsoniter", "gson", "simdjson"})
    public String backend;

    @Param({"typed", "tree"})
    public String mode;

    private JsonDecoder decoder;
    private TypedDecoder<ApiResponse> responses;
    private boolean tree;
    private byte[] json;

    @Setup
    public void setup() {
        decoder = JsonDecoders.get(backend);
        responses = decoder.forType(ApiResponse.class);
        tree = switch (mode) {
            case "typed" -> false;
            case "tree" -> true;
            default -> throw new IllegalArgumentException("mode is typed or tree, not " + mode);
        };
        json = Fixtures.apiResponse();
    }

    /**
     * One decode; the branch on {@code tree} is fixed for the whole run and predicted. {@code cpu} records the thread's
     * CPU time around each iteration, outside this method.
     */
    @Benchmark
    public Object decode(ThreadCpu cpu) {
        return tree ? decoder.decodeTree(json) : responses.decode(json);
    }
}
