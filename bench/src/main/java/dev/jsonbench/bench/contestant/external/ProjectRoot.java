package dev.jsonbench.bench.contestant.external;

import dev.jsonbench.bench.run.BenchException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the repository (and its {@code compare/} directory, with the Go and Rust runners and the article's claims)
 * is. The launcher {@code ./jsonbench} passes {@code -Djsonbench.root=<repository root>}; without it the root is
 * derived by walking up from the running jar or classes directory, then from the working directory, to the first
 * directory holding {@code compare/PROTOCOL.md}.
 */
public final class ProjectRoot {

    /** The system property the launcher sets. */
    public static final String PROPERTY = "jsonbench.root";

    static final String MARKER = "compare/PROTOCOL.md";

    private ProjectRoot() {
    }

    /** The repository's {@code compare/} directory, if it can be found. */
    public static Optional<Path> compareDirectory() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            Path root = Path.of(property).toAbsolutePath().normalize();
            return Files.isRegularFile(root.resolve(MARKER)) ? Optional.of(root.resolve("compare")) : Optional.empty();
        }
        try {
            Path here = Path.of(ProjectRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Optional<Path> found = walkUp(here);
            if (found.isPresent()) {
                return found;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source: try the working directory
        }
        return walkUp(Path.of("").toAbsolutePath());
    }

    /** Why {@link #compareDirectory()} is empty, as one line. */
    public static String problem() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return "-D" + PROPERTY + "=" + property + " has no " + MARKER;
        }
        return "cannot find the repository's compare/ directory (-D" + PROPERTY
                + " is not set and no parent of the jar or of the working directory holds " + MARKER
                + "): run through ./jsonbench or pass -D" + PROPERTY + "=<repository root>";
    }

    /** The {@code compare/} directory, or a usage error saying how to point at it. */
    public static Path requireCompareDirectory() {
        return compareDirectory().orElseThrow(() -> BenchException.usage(problem()));
    }

    private static Optional<Path> walkUp(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return Optional.of(dir.resolve("compare"));
            }
        }
        return Optional.empty();
    }
}
