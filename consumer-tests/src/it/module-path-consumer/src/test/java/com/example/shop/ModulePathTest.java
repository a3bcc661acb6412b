package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The application launched with {@code java --module-path}, and the module names of the jars on that path. */
class ModulePathTest {

    private static final Path MODULES = Path.of("target", "modules");

    /** The JDK modules two backends' libraries use and no module requires: the launch must add them. */
    private static final Map<String, String> ADDED_MODULES = Map.of(
            "dsljson", "java.sql",                 // DSL-JSON registers converters for java.sql.Date
            "simdjson", "jdk.incubator.vector");   // simdjson-java is built on the Vector API

    @ParameterizedTest
    @ValueSource(strings = {"dsljson", "gson", "jackson", "jsoniter", "simdjson"})
    void everyBackendIsFoundAndDecodesFromTheModulePath(String backend) throws Exception {
        List<String> options = new ArrayList<>(List.of("-Djsonbench.backend=" + backend));
        if (ADDED_MODULES.containsKey(backend)) {
            options.add("--add-modules=" + ADDED_MODULES.get(backend));
        }
        Launch launch = launch(options);
        assertEquals(0, launch.exitCode, launch.stderr);
        assertEquals(List.of(
                backend + " from module dev.jsonbench.adapters." + backend,
                "Order[id=A-1, lines=[Line[sku=tea, quantity=2, price=3.5]], paid=true]",
                "{id=A-1, lines=[{sku=tea, quantity=2, price=3.5}], paid=true}"), launch.stdout.lines().toList());
    }

    @Test
    void withSeveralBackendsAndNoPropertyTheErrorListsThem() throws Exception {
        Launch launch = launch(List.of());
        assertNotEquals(0, launch.exitCode);
        assertTrue(launch.stderr.contains("IllegalStateException: several JSON backends found"
                + " (dsljson, gson, jackson, jsoniter, simdjson); choose one with -Djsonbench.backend=NAME"), launch.stderr);
    }

    /** Named modules where the backend library has a module name; elsewhere automatic ones, named in the manifest. */
    @Test
    void everyArtifactHasItsModuleName() throws IOException {
        Map<String, String> expected = new TreeMap<>(Map.of(
                "jsonbench-api", "dev.jsonbench.api",
                "jsonbench-fixtures", "dev.jsonbench.fixtures",
                "jsonbench-jackson", "dev.jsonbench.adapters.jackson",
                "jsonbench-gson", "dev.jsonbench.adapters.gson",
                "jsonbench-dsljson", "automatic dev.jsonbench.adapters.dsljson",
                "jsonbench-jsoniter", "automatic dev.jsonbench.adapters.jsoniter",
                "jsonbench-simdjson", "automatic dev.jsonbench.adapters.simdjson",
                "jsonbench-conformance", "automatic dev.jsonbench.conformance"));
        String jarSuffix = "-" + System.getProperty("jsonbench.version") + ".jar";
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> jars = Files.list(MODULES)) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith("jsonbench-")).toList()) {
                String name = jar.getFileName().toString();
                ModuleDescriptor module = ModuleFinder.of(jar).findAll().stream()
                        .map(ModuleReference::descriptor).findFirst().orElseThrow();
                found.put(name.substring(0, name.length() - jarSuffix.length()),
                        (module.isAutomatic() ? "automatic " : "") + module.name());
            }
        }
        assertEquals(expected, found);
    }

    private record Launch(int exitCode, String stdout, String stderr) {
    }

    private static Launch launch(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("--module-path", Path.of("target", "classes") + File.pathSeparator + MODULES,
                "--module", "com.example.shop/com.example.shop.Main"));
        Path stdout = Files.createTempFile("shop", ".stdout");
        Path stderr = Files.createTempFile("shop", ".stderr");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the application did not end within 60 s: " + command);
            }
            return new Launch(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } finally {
            Files.delete(stdout);
            Files.delete(stderr);
        }
    }
}
