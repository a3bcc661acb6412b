package dev.jsonbench.api.support;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import java.util.Objects;

/**
 * What every adapter's {@link JsonDecoder} reports alike: its name, its library's coordinates and the version of
 * that library on the classpath (read once, here), one line of configuration and its limits. The adapter adds the
 * decoding.
 */
public abstract class AbstractJsonDecoder implements JsonDecoder {

    private final String name;
    private final String library;
    private final String version;
    private final String configuration;
    private final DecodeLimits limits;

    /**
     * @param libraryClass any class of the backend library, whose jar tells its version ({@link LibraryVersion})
     * @param groupId      the library's Maven group
     * @param artifactId   the library's Maven artifact
     */
    protected AbstractJsonDecoder(String name, Class<?> libraryClass, String groupId, String artifactId,
            String configuration, DecodeLimits limits) {
        this.name = Objects.requireNonNull(name, "name");
        this.library = groupId + ":" + artifactId;
        this.version = LibraryVersion.of(libraryClass, groupId, artifactId);
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String library() {
        return library;
    }

    @Override
    public final String backendVersion() {
        return version;
    }

    @Override
    public final String configuration() {
        return configuration;
    }

    @Override
    public final DecodeLimits limits() {
        return limits;
    }
}
