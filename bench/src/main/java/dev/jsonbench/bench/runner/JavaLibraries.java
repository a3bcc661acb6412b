package dev.jsonbench.bench.runner;

import java.util.Map;

/**
 * Maven coordinates of the library behind each backend name, for reports only. The decoder API tells a
 * backend's name, version and configuration but not its coordinates; a backend missing here is reported as
 * {@code dev.jsonbench:jsonbench-<name>} (its adapter), never guessed.
 */
public final class JavaLibraries {

    private static final Map<String, String> COORDINATES = Map.of(
            "jackson", "com.fasterxml.jackson.core:jackson-databind",
            "dsljson", "com.dslplatform:dsl-json",
            "jsoniter", "com.jsoniter:jsoniter",
            "gson", "com.google.code.gson:gson",
            "simdjson", "org.simdjson:simdjson-java");

    private JavaLibraries() {
    }

    public static String coordinates(String backend) {
        return COORDINATES.getOrDefault(backend, "dev.jsonbench:jsonbench-" + backend);
    }
}
