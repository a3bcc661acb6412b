package dev.jsonbench.jmh;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.fixtures.Fixtures;
import dev.jsonbench.fixtures.generate.Shape;
import dev.jsonbench.fixtures.generate.Sizes;
import java.time.Duration;
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
 * The strict validator alone ({@link StrictJsonValidator}, as the dsljson, jsoniter and gson adapters run it before
 * their library): the bundled fixture (2,444 bytes) and each generated shape ({@code jsonbench generate}, seed 1), with
 * the vector pass ({@code vector}; the JVM must have the Vector API module, or setup fails), its lexical subset
 * ({@code lexical}: {@code validateLexically}, what the dsljson and jsoniter adapters run before their own token walk
 * checks the grammar) or the scalar pass alone. Throughput in GB/s is the document's size divided by the score: {@link ValidatorThroughput} prints it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "--add-modules=jdk.incubator.vector"})
public class ValidatorBenchmark {

    /** The seed of the generated documents: the same bytes on every machine. */
    static final long SEED = 1;

    @Param({"fixture", "api", "numbers", "strings", "nested", "wide"})
    public String document;

    /** The size of the generated shapes (the fixture has its own). */
    @Param({"64k"})
    public String size;

    @Param({"vector", "lexical", "scalar"})
    public String pass;

    private StrictJsonValidator validator;
    private boolean lexical;
    private byte[] json;

    @Setup
    public void setup() throws InterruptedException {
        json = bytes(document, size);
        lexical = pass.equals("lexical");
        validator = switch (pass) {
            case "vector", "lexical" -> {
                // Measure the vector pass itself, not the scalar pass that runs while it warms up.
                if (!StrictJsonValidator.awaitVectorPass(Duration.ofSeconds(60))) {
                    throw new IllegalStateException("no vector pass in this JVM: " + StrictJsonValidator.implementation());
                }
                yield new StrictJsonValidator("jmh", DecodeLimits.defaults());
            }
            case "scalar" -> StrictJsonValidator.scalar("jmh", DecodeLimits.defaults());
            default -> throw new IllegalArgumentException("pass is vector, lexical or scalar, not " + pass);
        };
    }

    /** The document a {@code document} and {@code size} parameter name. */
    static byte[] bytes(String document, String size) {
        return document.equals("fixture") ? Fixtures.apiResponse() : Shape.valueOf(document).generate(Sizes.parse(size), SEED);
    }

    @Benchmark
    public void validate() {
        if (lexical) {
            validator.validateLexically(json, 0, json.length);
        } else {
            validator.validate(json, 0, json.length);
        }
    }
}
