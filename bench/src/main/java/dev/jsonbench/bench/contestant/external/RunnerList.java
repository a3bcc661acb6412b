package dev.jsonbench.bench.contestant.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.run.ForkOutcome;
import dev.jsonbench.bench.run.RunOutcome;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A binary's {@code --list} answer: a JSON array of {@code {"runner","library","library_version","modes"}}. */
public final class RunnerList {

    private RunnerList() {
    }

    /**
     * Parses {@code stdout} of {@code --list}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static List<RunnerListing> parse(String stdout) {
        List<RunnerListing> entries;
        try {
            entries = RunOutcome.PROTOCOL_READER.readValue(stdout, new TypeReference<List<RunnerListing>>() { });
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a JSON array of runners: " + ForkOutcome.snippet(stdout));
        }
        if (entries == null) {
            throw new IllegalArgumentException("not a JSON array: " + ForkOutcome.snippet(stdout));
        }
        Set<String> names = new HashSet<>();
        for (RunnerListing entry : entries) {
            if (blank(entry.runner()) || blank(entry.library()) || blank(entry.libraryVersion())) {
                throw new IllegalArgumentException("an element lacks runner, library or library_version: " + entry);
            }
            if (!entry.runner().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException("runner name '" + entry.runner() + "' is not a plain name");
            }
            if (!names.add(entry.runner())) {
                throw new IllegalArgumentException("runner '" + entry.runner() + "' is listed twice");
            }
        }
        return entries;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
