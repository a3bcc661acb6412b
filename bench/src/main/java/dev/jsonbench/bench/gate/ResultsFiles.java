package dev.jsonbench.bench.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.run.Analysis;
import dev.jsonbench.bench.run.BenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where results come from when a command reads them back: a results.json file, a result folder (its results.json)
 * or the name of a saved baseline ({@code results/baselines/NAME.json}). A file that is missing, unreadable, not
 * results or of another schema is a {@link BenchException.Kind#FAILURE failure} with a message that says which.
 */
public final class ResultsFiles {

    /** Moves the baselines elsewhere (tests); by default they are kept in {@code results/baselines/}. */
    public static final String BASELINES_PROPERTY = "jsonbench.baselines";

    private static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private ResultsFiles() {
    }

    /**
     * Results read from disk, with where they came from.
     *
     * @param source the file as the user named it (for messages and reports)
     */
    public record Source(String source, ResultsDocument document) {
    }

    /** The results FILE, DIR or baseline NAME stands for, read and checked. */
    public static Source read(String argument) {
        Path file = resolve(argument);
        return new Source(file.toString(), read(file));
    }

    /** FILE itself, DIR/results.json, or results/baselines/NAME.json, whichever exists (in that order). */
    public static Path resolve(String argument) {
        Path given = Path.of(argument);
        if (Files.isDirectory(given)) {
            Path inside = given.resolve("results.json");
            if (!Files.isRegularFile(inside)) {
                throw BenchException.failure(argument + " is a folder without results.json");
            }
            return inside;
        }
        if (Files.exists(given)) {
            return given;
        }
        if (argument.matches(NAME_PATTERN)) {
            Path saved = baseline(argument);
            if (Files.isRegularFile(saved)) {
                return saved;
            }
        }
        throw BenchException.failure("no such results file, folder or saved baseline: " + argument
                + (argument.matches(NAME_PATTERN) ? " (baselines are kept in " + baselines() + "/)" : ""));
    }

    /** A results.json in the current schema. */
    public static ResultsDocument read(Path file) {
        JsonNode tree;
        try {
            tree = ResultsJson.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw BenchException.failure(file + " is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw BenchException.failure("cannot read " + file + ": " + e.getMessage());
        }
        if (tree != null && tree.has("machines")) {
            throw BenchException.failure(file + " holds results of several machines (jsonbench merge); pass the results "
                    + "of one machine, e.g. one of its sources");
        }
        if (tree == null || !tree.isObject() || !tree.path("schema").isInt() || !tree.has("results")) {
            throw BenchException.failure(file + " is not a jsonbench results file (no schema and results)");
        }
        int schema = tree.get("schema").asInt();
        if (schema != ResultsDocument.SCHEMA) {
            throw BenchException.failure(file + " is results schema " + schema + "; this jsonbench reads schema "
                    + ResultsDocument.SCHEMA + " only (bench/RESULTS.md): measure it again with this version");
        }
        try {
            return ResultsJson.MAPPER.treeToValue(tree, ResultsDocument.class);
        } catch (JsonProcessingException e) {
            throw BenchException.failure(file + " does not match results schema " + schema + ": " + e.getOriginalMessage());
        }
    }

    /** The time basis the results were ranked by ({@code config.time_basis}); wall when it does not say. */
    public static Analysis.TimeBasis rankedBy(ResultsDocument document) {
        return Analysis.TimeBasis.cpu.name().equals(document.config().timeBasis()) ? Analysis.TimeBasis.cpu
                : Analysis.TimeBasis.wall;
    }

    /** Keeps {@code document} as the baseline {@code name}; returns where. */
    public static Path saveBaseline(String name, ResultsDocument document) {
        Path target = baseline(checkedName(name));
        try {
            ResultsJson.write(target, document);
        } catch (IOException e) {
            throw BenchException.failure("cannot save the baseline " + name + " as " + target + ": " + e.getMessage());
        }
        return target;
    }

    /** A baseline name: letters, digits, '.', '_' and '-', so that it is a file name and never a path. */
    public static String checkedName(String name) {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw BenchException.usage("a baseline name is letters, digits, '.', '_' and '-' (e.g. main or v1.2), was '"
                    + name + "'");
        }
        return name;
    }

    private static Path baseline(String name) {
        return baselines().resolve(name + ".json");
    }

    /** Where {@code --save-baseline NAME} keeps a run: results/baselines/, relative to the working directory like results/. */
    static Path baselines() {
        return Path.of(System.getProperty(BASELINES_PROPERTY, Path.of("results", "baselines").toString()));
    }
}
