package dev.jsonbench.bench.contestant.external;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.run.BenchException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one list of Go and Rust runner binaries: {@code compare/runners.json} (documented in {@code compare/PROTOCOL.md}).
 * Each binary's tests hold its entry equal to what the binary itself answers to {@code --list}, so the parent knows
 * every runner before (or without) building it, and builds each the way its tests do.
 */
public final class RunnerRegistry {

    public static final String FILE = "runners.json";

    private static final ObjectMapper READER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The file as written. */
    record Registry(List<Entry> binaries) {
    }

    /** One binary of the file; paths relative to {@code compare/<dir>}. */
    record Entry(String id, Language language, String dir, String tool, List<String> build, Map<String, String> env,
                 String binary, String countBinary, List<String> sources, List<String> excludes, String installHint,
                 List<RunnerListing> runners) {
    }

    private RunnerRegistry() {
    }

    /**
     * The binaries of {@code compareDir/runners.json}, paths made absolute.
     *
     * @throws BenchException (usage) naming the file when it is missing or malformed
     */
    public static List<RunnerBinary> load(Path compareDir) {
        Path file = compareDir.resolve(FILE);
        Registry registry;
        try {
            registry = READER.readValue(file.toFile(), Registry.class);
        } catch (IOException e) {
            throw BenchException.usage("cannot read the runner registry " + file + ": " + e.getMessage());
        }
        return registry.binaries().stream().map(e -> {
            Path dir = compareDir.resolve(e.dir()).toAbsolutePath().normalize();
            return new RunnerBinary(e.id(), e.language(), e.tool(), e.installHint(), dir, dir.resolve(e.binary()),
                    e.countBinary() == null ? null : dir.resolve(e.countBinary()), e.build(), e.env(), e.sources(),
                    e.excludes(), e.runners());
        }).toList();
    }
}
