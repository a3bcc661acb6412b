package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.run.BenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Command arguments turned into bytes, with one-line errors. */
final class Inputs {

    private Inputs() {
    }

    /** The bytes of FILE, or of stdin for "-". */
    static byte[] read(String argument, InputStream stdin) {
        if (argument.equals("-")) {
            try {
                return stdin.readAllBytes();
            } catch (IOException e) {
                throw BenchException.failure("cannot read stdin: " + e.getMessage());
            }
        }
        Path file = existingFile(argument);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw BenchException.failure("cannot read " + argument + ": " + e.getMessage());
        }
    }

    static Path existingFile(String argument) {
        Path file = Path.of(argument);
        if (!Files.exists(file)) {
            throw BenchException.usage("no such file: " + argument);
        }
        if (Files.isDirectory(file)) {
            throw BenchException.usage(argument + " is a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            throw BenchException.usage("cannot read " + argument + ": permission denied");
        }
        return file;
    }
}
