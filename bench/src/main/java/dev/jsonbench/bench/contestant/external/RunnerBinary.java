package dev.jsonbench.bench.contestant.external;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.RunnerListing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One runner binary of {@code compare/}, as the registry ({@link RunnerRegistry}) describes it: how it is built,
 * where it lands, which files it is built from, and the runners it offers.
 *
 * @param id          short name used in messages and logs ({@code rust}, {@code go}, {@code go-jsonv2})
 * @param language    the {@code language} of its results
 * @param tool        the toolchain command looked up on the search path ({@code cargo}, {@code go})
 * @param installHint what the skip reason suggests when {@code tool} is missing
 * @param sourceDir   where the build runs
 * @param binary      what the build produces for time runs (absolute)
 * @param countBinary what the build produces for count runs, when it is another binary (Rust); null otherwise
 * @param buildArgs   arguments of {@code tool} that build {@code binary}
 * @param buildEnv    environment of the build (e.g. {@code GOEXPERIMENT=jsonv2}; an empty value sets it empty)
 * @param sources     glob patterns, relative to {@code sourceDir}, of the files the binary is built from: a build is
 *                    needed when the binary is missing or any of them is newer
 * @param excludes    glob patterns of files among {@code sources} that do not go into the binary (tests)
 * @param runners     the runners it offers, as the registry lists them
 */
public record RunnerBinary(String id, Language language, String tool, String installHint, Path sourceDir, Path binary,
                           Path countBinary, List<String> buildArgs, Map<String, String> buildEnv, List<String> sources,
                           List<String> excludes, List<RunnerListing> runners) {

    public RunnerBinary {
        buildArgs = List.copyOf(buildArgs);
        buildEnv = Map.copyOf(buildEnv);
        sources = List.copyOf(sources);
        excludes = List.copyOf(excludes);
        runners = List.copyOf(runners);
    }

    /** The binary that performs runs of this kind. */
    public Path binaryFor(Measure measure) {
        return measure == Measure.count && countBinary != null ? countBinary : binary;
    }

    /** The build command as a user would type it in {@link #sourceDir}. */
    public String buildCommand() {
        StringBuilder out = new StringBuilder();
        buildEnv.forEach((k, v) -> out.append(k).append('=').append(v).append(' '));
        out.append(tool);
        buildArgs.forEach(a -> out.append(' ').append(a));
        return out.toString();
    }

    /** Its runner named {@code name}, if it is expected to offer one. */
    public Optional<RunnerListing> runner(String name) {
        return runners.stream().filter(r -> r.runner().equals(name)).findFirst();
    }

    /** Where the output of its build is kept: beside the binary, in a git-ignored directory. */
    public Path buildLog() {
        return binary.resolveSibling(binary.getFileName() + ".build.log");
    }

    /**
     * Why the binary must be (re)built, or null when it exists and is newer than every source file. The toolchain's
     * own version is not compared (a changed toolchain with unchanged sources keeps the old binary).
     */
    public String staleness() {
        for (Path built : countBinary == null ? List.of(binary) : List.of(binary, countBinary)) {
            if (!Files.isRegularFile(built)) {
                return built.getFileName() + " not built yet";
            }
        }
        FileTime built;
        try {
            built = Files.getLastModifiedTime(binary);
        } catch (IOException e) {
            return "cannot read the time of " + binary + ": " + e.getMessage();
        }
        Optional<Path> newer = newestSourceNewerThan(built);
        return newer.map(p -> sourceDir.relativize(p) + " is newer than " + binary.getFileName()).orElse(null);
    }

    /** The source files, relative to {@link #sourceDir}, sorted. */
    public List<Path> sourceFiles() {
        List<PathMatcher> include = sources.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        List<PathMatcher> exclude = excludes.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(sourceDir)) {
            return files;
        }
        try {
            Files.walkFileTree(sourceDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(sourceDir) && (name.equals("target") || name.equals("bin") || name.equals(".git"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = sourceDir.relativize(file);
                    if (include.stream().anyMatch(m -> m.matches(relative)) && exclude.stream().noneMatch(m -> m.matches(relative))) {
                        files.add(relative);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    private Optional<Path> newestSourceNewerThan(FileTime built) {
        for (Path relative : sourceFiles()) {
            Path file = sourceDir.resolve(relative);
            try {
                if (Files.getLastModifiedTime(file).compareTo(built) > 0) {
                    return Optional.of(file);
                }
            } catch (IOException e) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
