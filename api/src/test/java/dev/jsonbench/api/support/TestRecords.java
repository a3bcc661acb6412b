package dev.jsonbench.api.support;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Records compiled at test time, for shapes too large to write out (a record of 85 components). */
final class TestRecords {

    private TestRecords() {
    }

    /** Compiles {@code public record name(components) {}} and loads it. */
    static Class<?> compile(String name, String components) throws IOException, ClassNotFoundException {
        Path dir = Files.createTempDirectory("records");
        Path source = dir.resolve(name + ".java");
        Files.writeString(source, "public record " + name + "(" + components + ") {}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, "-d", dir.toString(), source.toString()) != 0) {
            throw new IllegalStateException("javac failed on " + source);
        }
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, TestRecords.class.getClassLoader()).loadClass(name);
    }
}
