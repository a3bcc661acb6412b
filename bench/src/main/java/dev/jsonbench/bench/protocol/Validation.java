package dev.jsonbench.bench.protocol;

/**
 * A runner's answer to {@code --validate} ({@code compare/PROTOCOL.md}): the library's verdict on one document, decoded
 * once in tree mode as the runner is configured. Written by the Java fork with {@link JsonLine}, read by the parent
 * with Jackson ({@code SNAKE_CASE}), the same for Go and Rust runners.
 *
 * @param accepted whether the library accepted the document
 * @param error    the library's message when it rejected it, else null
 * @param digest   the digest of the accepted value ({@code fixtures/DIGEST.md}), else null
 */
public record Validation(int protocol, String runner, Language language, String library, String libraryVersion,
                         boolean accepted, String error, String digest) {
}
