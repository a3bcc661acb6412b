package dev.jsonbench.bench.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A binary's {@code --list} answer: a JSON array of {@code {"runner","library","library_version","modes"}}. */
public final class RunnerList {

    /** One element of the array. */
    public record Entry(String runner, String library, String libraryVersion, List<String> modes) {
        public Entry {
            modes = List.copyOf(modes);
        }
    }

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> MODES = Set.of("typed", "tree");

    private RunnerList() {
    }

    /**
     * Parses {@code stdout} of {@code --list}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static List<Entry> parse(String stdout) {
        JsonNode root;
        try {
            root = STRICT.readTree(stdout);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + snippet(stdout));
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("not a JSON array: " + snippet(stdout));
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode node : root) {
            String runner = text(node, "runner");
            String library = text(node, "library");
            String version = text(node, "library_version");
            if (runner == null || library == null || version == null || !node.path("modes").isArray()) {
                throw new IllegalArgumentException("an element lacks runner, library, library_version or modes: " + snippet(node.toString()));
            }
            if (!runner.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException("runner name '" + runner + "' is not a plain name");
            }
            if (!names.add(runner)) {
                throw new IllegalArgumentException("runner '" + runner + "' is listed twice");
            }
            List<String> modes = new ArrayList<>();
            for (JsonNode mode : node.path("modes")) {
                if (!mode.isTextual() || !MODES.contains(mode.asText())) {
                    throw new IllegalArgumentException("runner '" + runner + "' has an unknown mode " + mode);
                }
                modes.add(mode.asText());
            }
            entries.add(new Entry(runner, library, version, modes));
        }
        return entries;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    static String snippet(String text) {
        String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return "nothing on stdout";
        }
        return "'" + (s.length() > 120 ? s.substring(0, 120) + "..." : s) + "'";
    }
}
