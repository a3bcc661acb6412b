package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.contestant.external.Toolchain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Runs the command line in this JVM, as a user would from a shell, capturing both streams. */
final class Cli {

    record Outcome(int code, String out, String err) {
    }

    private Cli() {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JsonbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    /** {@code action} with toolchains looked up in {@code searchPath} only (an empty directory: no Go, no Rust). */
    static <T> T withToolchainPath(Path searchPath, Supplier<T> action) {
        String before = System.getProperty(Toolchain.PATH_PROPERTY);
        System.setProperty(Toolchain.PATH_PROPERTY, searchPath.toString());
        try {
            return action.get();
        } finally {
            if (before == null) {
                System.clearProperty(Toolchain.PATH_PROPERTY);
            } else {
                System.setProperty(Toolchain.PATH_PROPERTY, before);
            }
        }
    }

    static boolean present(String tool) {
        return Toolchain.find(tool, Toolchain.searchPath()).isPresent();
    }
}
