package dev.jsonbench.bench.cli;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.fixtures.ApiResponse;
import picocli.CommandLine.Option;

/**
 * The backend and mode of the commands that decode documents one at a time ({@code decode}, {@code validate}),
 * declared once as a picocli mixin, with the decoding they choose.
 */
final class DecodingOptions {

    @Option(names = {"--backend", "--backends"}, required = true, paramLabel = "NAME", description = "The backend (see 'jsonbench list').")
    String backend;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "tree",
            description = "tree (any JSON, as the untyped value model) or typed (must also bind to ApiResponse) "
                    + "(default: ${DEFAULT-VALUE}).")
    Mode mode;

    /** The named backend; an unknown name is a usage error listing the names that exist. */
    JsonDecoder decoder() {
        try {
            return JsonDecoders.get(backend);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw BenchException.usage(e.getMessage());
        }
    }

    /**
     * One document decoded by {@code decoder} (from {@link #decoder()}) in {@code --mode}: typed into ApiResponse, or
     * as a tree. A rejected document throws the API's JsonDecodeException; a backend that cannot bind ApiResponse at
     * all fails the command.
     */
    Object decode(JsonDecoder decoder, byte[] bytes) {
        try {
            return mode == Mode.typed ? decoder.forType(ApiResponse.class).decode(bytes) : decoder.decodeTree(bytes);
        } catch (IllegalArgumentException e) {
            throw BenchException.failure(backend + " cannot decode into ApiResponse: " + e.getMessage());
        }
    }
}
