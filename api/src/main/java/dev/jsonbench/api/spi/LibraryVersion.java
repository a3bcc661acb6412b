package dev.jsonbench.api.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version of a library actually on the classpath, for {@code JsonDecoder.backendVersion()}. */
public final class LibraryVersion {

    private LibraryVersion() {
    }

    /**
     * The version in the library jar's {@code META-INF/maven/<groupId>/<artifactId>/pom.properties}, else its
     * manifest's Implementation-Version, else "unknown".
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
        return manifestVersion != null ? manifestVersion : "unknown";
    }
}
