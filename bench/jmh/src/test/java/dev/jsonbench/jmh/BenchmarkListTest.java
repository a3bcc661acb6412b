package dev.jsonbench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * JDK 23+ silently skips annotation processors found only on the classpath: check that JMH's ran (the pom names it
 * under annotationProcessorPaths) and generated the benchmark list and the harness classes.
 */
class BenchmarkListTest {

    @Test
    void theBenchmarkListNamesEveryBenchmark() throws IOException {
        List<String> names;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
            assertThat(in).as("META-INF/BenchmarkList (written by jmh-generator-annprocess)").isNotNull();
            names = BenchmarkList.readBenchmarkList(in).stream().map(BenchmarkListEntry::getUsername).toList();
        }
        List<String> expected = new ArrayList<>();
        expected.add("dev.jsonbench.jmh.DecoderBenchmark.decode");
        for (Method m : benchmarks(DirectBenchmark.class)) {
            expected.add("dev.jsonbench.jmh.DirectBenchmark." + m.getName());
        }
        expected.add("dev.jsonbench.jmh.ValidatorBenchmark.validate");
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theHarnessClassesWereGenerated() throws ClassNotFoundException {
        Class.forName("dev.jsonbench.jmh.jmh_generated.DecoderBenchmark_decode_jmhTest");
        Class.forName("dev.jsonbench.jmh.jmh_generated.ValidatorBenchmark_validate_jmhTest");
        for (Method m : benchmarks(DirectBenchmark.class)) {
            Class.forName("dev.jsonbench.jmh.jmh_generated.DirectBenchmark_" + m.getName() + "_jmhTest");
        }
    }

    static Method[] benchmarks(Class<?> type) {
        Method[] methods = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class))
                .toArray(Method[]::new);
        assertThat(methods).isNotEmpty();
        return methods;
    }
}
