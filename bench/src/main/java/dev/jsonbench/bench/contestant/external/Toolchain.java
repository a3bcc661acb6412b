package dev.jsonbench.bench.contestant.external;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a toolchain command ({@code cargo}, {@code go}) on a search path. The search path is the process's
 * {@code PATH} unless the system property {@value #PATH_PROPERTY} replaces it (tests point it at an empty
 * directory to see what a machine without Go or Rust gets).
 */
public final class Toolchain {

    /** Replaces {@code PATH} for toolchain lookups (and for the builds) when set. */
    public static final String PATH_PROPERTY = "jsonbench.toolchain.path";

    private Toolchain() {
    }

    /** The search path toolchains are looked up in. */
    public static String searchPath() {
        String override = System.getProperty(PATH_PROPERTY);
        if (override != null) {
            return override;
        }
        String path = System.getenv("PATH");
        return path == null ? "" : path;
    }

    /** The executable {@code command} on {@code searchPath}, as an absolute path. */
    public static Optional<Path> find(String command, String searchPath) {
        if (searchPath == null || searchPath.isBlank()) {
            return Optional.empty();
        }
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    /** First line of {@code command args...} (e.g. {@code go version}), or null if the command is missing or fails. */
    public static String versionLine(String command, String searchPath, String... args) {
        Optional<Path> executable = find(command, searchPath);
        if (executable.isEmpty()) {
            return null;
        }
        List<String> line = new ArrayList<>();
        line.add(executable.get().toString());
        line.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
            builder.environment().put("PATH", searchPath);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readNBytes(4096);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            if (process.exitValue() != 0) {
                return null;
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text.lines().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
