package dev.jsonbench.bench.protocol;

/** What a peak resident-set figure covers. */
public enum RssScope {
    /** The timed loop: the high-water mark was reset just before it. */
    loop,
    /** The whole process: the reset was refused. */
    process
}
