package dev.jsonbench.bench.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a command writes when {@code --out} is not given: {@code results/<prefix><timestamp>/}, one format for all. */
final class OutputDirectory {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private OutputDirectory() {
    }

    /** {@code given} when set, else a new timestamped directory under {@code results/}. */
    static Path orDefault(Path given, String prefix) {
        return given != null ? given : Path.of("results", prefix + LocalDateTime.now().format(STAMP));
    }
}
