package dev.jsonbench.bench.jfr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a probe's main class in a JVM set up for allocation counting, and returns its output's words. */
final class Forks {

    private Forks() {
    }

    static String[] countingJvm(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UseTLAB", "-Xmx512m", "-XX:+UseG1GC", "-XX:FlightRecorderOptions:stackdepth=64",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("probe finished").isTrue();
        assertThat(process.exitValue()).as("probe exit code, output: " + out).isZero();
        return out.split(" ");
    }
}
