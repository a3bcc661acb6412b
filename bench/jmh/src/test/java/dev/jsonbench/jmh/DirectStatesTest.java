package dev.jsonbench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.support.StrictJsonValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A direct fork carries the validator's warm-up thread exactly where the adapter's fork does: for the libraries whose
 * adapter runs the validator, and not for Jackson and simdjson-java.
 */
class DirectStatesTest {

    /** Sets up one direct state and decodes once, then prints the validator's state in this JVM. */
    static final class Probe {
        public static void main(String[] args) throws Exception {
            DirectStates.Direct state = (DirectStates.Direct) Class.forName(DirectStates.class.getName() + "$" + args[0])
                    .getDeclaredConstructor().newInstance();
            state.setup();
            state.typed();
            System.out.println(StrictJsonValidator.implementation());
        }
    }

    @ParameterizedTest
    @CsvSource({"Jackson, false", "SimdJson, false", "DslJson, true", "Jsoniter, true", "Gson, true"})
    void onlyTheValidatedLibrariesStartTheValidatorsWarmUp(String state, boolean validated) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules=jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), state)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        if (validated) {
            assertThat(out).doesNotContain("not started");
        } else {
            assertThat(out).contains("not started (no validator has been created)");
        }
    }
}
