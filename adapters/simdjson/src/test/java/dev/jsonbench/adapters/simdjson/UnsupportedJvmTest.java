package dev.jsonbench.adapters.simdjson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.JsonDecoders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Gap: simdjson-java needs the Vector API module and 256- or 512-bit vectors; without them its class initialisation
 * throws. The provider must still load (so that other backends stay discoverable) and {@code create} must say why
 * simdjson cannot run. A JVM with {@code -XX:MaxVectorSize=16} has the 128-bit vectors of a CPU without AVX2.
 */
class UnsupportedJvmTest {

    /** Run in the child JVM: lists the backends, then tries to create a simdjson decoder. */
    public static final class Main {
        public static void main(String[] args) {
            System.out.println("available: " + JsonDecoders.available());
            try {
                JsonDecoders.get("simdjson");
                System.out.println("created");
            } catch (IllegalStateException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }

    @Test
    void withoutWideVectorsTheProviderLoadsAndCreateExplains() throws Exception {
        String output = runChild("-XX:MaxVectorSize=16", "--add-modules=jdk.incubator.vector");
        assertThat(output).contains("available: [").contains("simdjson");
        assertThat(output).contains("refused: the simdjson backend cannot run here: simdjson-java needs 256- or 512-bit vectors")
                .contains("preferred vector size is 128 bits");
    }

    @Test
    void withoutTheVectorModuleTheProviderLoadsAndCreateExplains() throws Exception {
        String output = runChild();
        assertThat(output).contains("simdjson");
        assertThat(output).contains("refused: the simdjson backend cannot run here: simdjson-java needs the incubating Vector API;"
                + " start the JVM with --add-modules jdk.incubator.vector");
    }

    @Test
    void onThisMachineItIsSupported() {
        assertThat(SimdJsonSupport.problem()).isNull();
    }

    private static String runChild(String... jvmArguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmArguments));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
