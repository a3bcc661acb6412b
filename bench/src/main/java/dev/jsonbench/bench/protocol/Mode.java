package dev.jsonbench.bench.protocol;

/**
 * How a document is decoded: {@code typed} into the fixture model ({@code ApiResponse}), {@code tree} into the
 * untyped value model. The constants are spelled as the word on the command line and in every result file.
 */
public enum Mode {
    typed, tree
}
