package dev.jsonbench.bench.cli;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.fixtures.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Command arguments turned into bytes and decoders, with one-line errors. */
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

    /** The named backend; an unknown name is a usage error listing the names that exist. */
    static JsonDecoder decoder(String name) {
        try {
            return JsonDecoders.get(name);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw BenchException.usage(e.getMessage());
        }
    }

    /**
     * One document decoded by the backend named {@code backend} in {@code mode}: typed into ApiResponse, or as a tree.
     * A rejected document throws the API's JsonDecodeException; a backend that cannot bind ApiResponse at all fails
     * the command.
     */
    static Object decode(JsonDecoder decoder, String backend, Mode mode, byte[] bytes) {
        try {
            return mode == Mode.typed ? decoder.forType(ApiResponse.class).decode(bytes) : decoder.decodeTree(bytes);
        } catch (IllegalArgumentException e) {
            throw BenchException.failure(backend + " cannot decode into ApiResponse: " + e.getMessage());
        }
    }
}
