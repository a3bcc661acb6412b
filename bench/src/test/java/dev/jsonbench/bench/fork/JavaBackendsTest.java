package dev.jsonbench.bench.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The contestants a JVM can name, with and without the Vector API module that simdjson-java needs. */
class JavaBackendsTest {

    /** Prints the contestants of the JVM it runs in, one line. */
    static final class Probe {
        public static void main(String[] args) {
            System.out.println(String.join(",", JavaBackends.all()));
            System.out.println(JavaBackends.get("jackson-direct").name());
        }
    }

    @Test
    void withoutTheVectorModuleEveryOtherBackendIsStillThere() throws Exception {
        // How ./jsonbench starts a JVM for "run --backends jackson": no --add-modules=jdk.incubator.vector.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().lines().toList();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("probe output: " + lines).isZero();
        assertThat(lines.get(0).split(","))
                .contains("jackson", "dsljson", "jsoniter", "gson", "jackson-direct", "gson-direct")
                .doesNotContain("simdjson-direct");
        assertThat(lines.get(1)).isEqualTo("jackson-direct");
    }

    @Test
    void withTheVectorModuleSimdjsonDirectIsThere() {
        // This JVM has the module (the build's test configuration), as a JVM that may run simdjson does.
        assertThat(JavaBackends.all()).contains("simdjson", "simdjson-direct", "jackson-direct");
    }
}
