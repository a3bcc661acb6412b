package dev.jsonbench.bench.fork;

import dev.jsonbench.api.JsonType;
import java.io.File;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The user's type that typed mode binds instead of the fixture model ({@code run --type com.acme.Order --classpath
 * target/classes}): a name in {@link JsonType#parse} syntax, found on the user's class path in a loader of its own
 * whose parent is this project's loader (so the user's classes see the API and the JDK, never a second copy of them).
 *
 * @param name      as {@link JsonType#parse} reads it: {@code com.acme.Order}, {@code List<com.acme.Order>}
 * @param classpath directories and jars holding the user's classes, in order
 */
public record UserType(String name, List<Path> classpath) {

    public UserType {
        classpath = classpath.stream().map(Path::toAbsolutePath).toList();
    }

    /** {@code classpath} as a command line gives it: entries separated by {@link File#pathSeparator}. */
    public static UserType of(String name, String classpath) {
        List<Path> entries = classpath == null || classpath.isBlank() ? List.of()
                : Arrays.stream(classpath.split(File.pathSeparator)).filter(e -> !e.isBlank()).map(Path::of).toList();
        return new UserType(name, entries);
    }

    /**
     * The type, loaded from the class path.
     *
     * @throws IllegalArgumentException if an entry does not exist, or the name does not parse or names a class not
     *                                  found; the message says which
     */
    public Type resolve() {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw new IllegalArgumentException("no such class path entry: " + entry);
            }
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + entry, e);
            }
        }
        // not closed: the classes it loads are used for the life of the process
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), UserType.class.getClassLoader());
        return JsonType.parse(name, loader).type();
    }

    /** The Java fork's arguments that name this type: {@code --type NAME --classpath PATH}. */
    public List<String> arguments() {
        return List.of("--type", name, "--classpath",
                String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    }
}
