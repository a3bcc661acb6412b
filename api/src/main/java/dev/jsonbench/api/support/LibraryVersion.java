package dev.jsonbench.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.security.CodeSource;
import java.util.Properties;

/** Reads the version of a library actually on the classpath, for {@code JsonDecoder.backendVersion()}. */
public final class LibraryVersion {

    private LibraryVersion() {
    }

    /**
     * The version in the library jar's {@code META-INF/maven/<groupId>/<artifactId>/pom.properties}, else its
     * manifest's Implementation-Version, else the version in the jar's file name ({@code <artifactId>-<version>.jar},
     * for jars built without Maven metadata, such as simdjson-java's), else "unknown".
     *
     * @param libraryClass any class of the library, so that its own jar is asked
     */
    public static String of(Class<?> libraryClass, String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = libraryClass.getResourceAsStream(resource)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String manifestVersion = libraryClass.getPackage().getImplementationVersion();
        return manifestVersion != null ? manifestVersion : fromJarName(libraryClass, artifactId);
    }

    private static String fromJarName(Class<?> libraryClass, String artifactId) {
        CodeSource source = libraryClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        String path = source.getLocation().getPath();
        String jar = path.substring(path.lastIndexOf('/') + 1);
        String prefix = artifactId + "-";
        return jar.startsWith(prefix) && jar.endsWith(".jar")
                ? jar.substring(prefix.length(), jar.length() - ".jar".length())
                : "unknown";
    }
}
