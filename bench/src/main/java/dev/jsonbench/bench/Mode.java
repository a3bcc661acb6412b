package dev.jsonbench.bench;

/** How a document is decoded: into the fixture model ({@code ApiResponse}) or the untyped value model. */
public enum Mode {
    typed, tree
}
