package dev.jsonbench.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzzer's command line (the run itself is .ci/run's bounded fuzzing). */
class FuzzingTest {

    @Test
    void theDriverGetsTheTargetTheLimitsTheCorpusAndTheSeeds() {
        Fuzzing fuzzing = new Fuzzing(30, Duration.ofSeconds(1), List.of("jackson", "gson"), Path.of("/tmp/out"),
                List.of(Path.of("/seeds")));
        List<String> command = fuzzing.command();
        assertThat(command).contains("com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + FuzzTarget.class.getName(), "-Djsonbench.fuzz.backends=jackson,gson",
                "-max_total_time=30", "-timeout=1", "-max_len=4096", "-rss_limit_mb=4096",
                "-artifact_prefix=/tmp/out/findings/");
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("/tmp/out/corpus", "/seeds");
        assertThat(command).filteredOn(a -> a.startsWith("--instrumentation_includes=")).singleElement().asString()
                .contains("dev.jsonbench.**").doesNotContain("org.simdjson");
    }

    @Test
    void withoutBackendsEveryAdapterIsChecked() {
        List<String> command = new Fuzzing(1, Duration.ofSeconds(2), List.of(), Path.of("out"), List.of()).command();
        assertThat(command).noneMatch(a -> a.startsWith("-D" + FuzzTarget.BACKENDS_PROPERTY)).contains("-timeout=2");
        assertThat(command.getLast()).endsWith("out/corpus");
    }
}
