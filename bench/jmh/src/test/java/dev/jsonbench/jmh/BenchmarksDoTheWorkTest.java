package dev.jsonbench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Digest;
import dev.jsonbench.fixtures.Fixtures;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every benchmark, set up as JMH sets it up and invoked once, returns the whole decoded fixture: its
 * {@link Digest} is {@link Fixtures#API_RESPONSE_DIGEST}. So no benchmark measures less work than it claims (a lazy
 * parse, a skipped member, a wrong number). No timing here.
 */
class BenchmarksDoTheWorkTest {

    static Stream<Arguments> decoderBenchmarks() {
        return Stream.of("jackson", "dsljson", "jsoniter", "gson", "simdjson")
                .flatMap(backend -> Stream.of("typed", "tree").map(mode -> Arguments.of(backend, mode)));
    }

    @ParameterizedTest(name = "DecoderBenchmark backend={0} mode={1}")
    @MethodSource("decoderBenchmarks")
    void decoderBenchmarkDecodesTheWholeFixture(String backend, String mode) {
        DecoderBenchmark benchmark = new DecoderBenchmark();
        benchmark.backend = backend;
        benchmark.mode = mode;
        benchmark.setup();

        Object decoded = benchmark.decode(new ThreadCpu());

        assertThat(decoded).isInstanceOf(mode.equals("typed") ? ApiResponse.class : java.util.Map.class);
        assertThat(Digest.hex(Digest.ofDecoded(decoded))).isEqualTo(Digest.hex(Fixtures.API_RESPONSE_DIGEST));
    }

    static List<String> directBenchmarks() {
        return Arrays.stream(BenchmarkListTest.benchmarks(DirectBenchmark.class)).map(Method::getName).sorted().toList();
    }

    @ParameterizedTest(name = "DirectBenchmark.{0}")
    @MethodSource("directBenchmarks")
    void directBenchmarkDecodesTheWholeFixture(String name) throws Exception {
        Method method = Arrays.stream(DirectBenchmark.class.getMethods())
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
        Class<?> stateType = method.getParameterTypes()[0];
        Object state = stateType.getConstructor().newInstance();
        stateType.getMethod("setup").invoke(state);

        Object decoded = method.invoke(new DirectBenchmark(), state, new ThreadCpu());

        assertThat(decoded).isInstanceOf(name.contains("_typed") ? ApiResponse.class : java.util.Map.class);
        assertThat(Digest.hex(Digest.ofDecoded(decoded))).isEqualTo(Digest.hex(Fixtures.API_RESPONSE_DIGEST));
        // A second call on the same state (JMH calls the method again and again) gives the same.
        assertThat(Digest.ofDecoded(method.invoke(new DirectBenchmark(), state, new ThreadCpu()))).isEqualTo(Fixtures.API_RESPONSE_DIGEST);
    }

    static Stream<Arguments> validatorBenchmarks() {
        return Stream.of("fixture", "api", "numbers", "strings", "nested", "wide")
                .flatMap(document -> Stream.of("vector", "scalar").map(pass -> Arguments.of(document, pass)));
    }

    /** The validator benchmark validates a whole, valid document: what a rejection would cut short. */
    @ParameterizedTest(name = "ValidatorBenchmark document={0} pass={1}")
    @MethodSource("validatorBenchmarks")
    void validatorBenchmarkValidatesAWholeValidDocument(String document, String pass) throws InterruptedException {
        ValidatorBenchmark benchmark = new ValidatorBenchmark();
        benchmark.document = document;
        benchmark.size = "64k";
        benchmark.pass = pass;
        benchmark.setup();

        benchmark.validate(); // throws for an invalid document

        assertThat(ValidatorBenchmark.bytes(document, "64k")).hasSize(document.equals("fixture") ? 2444 : 65536);
    }
}
