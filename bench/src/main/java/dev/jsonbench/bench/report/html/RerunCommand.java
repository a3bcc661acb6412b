package dev.jsonbench.bench.report.html;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The command line that measures again what a results document measured: every count and setting spelled out as
 * recorded (not left to defaults, which may change), quoted for a POSIX shell.
 */
public final class RerunCommand {

    private static final String ARTICLE = "reproduce article";
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    private RerunCommand() {
    }

    /**
     * {@code ./jsonbench run --backends jackson,gson --modes typed,tree --iterations 100000 ...}; empty when the
     * document does not say which command measured it. A setting the document leaves out is left to its default.
     */
    public static Optional<String> of(ResultsDocument document) {
        Config c = document.config();
        if (c.command() == null) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(List.of("./jsonbench"));
        words.addAll(Arrays.asList(c.command().split(" ")));
        boolean article = c.command().equals(ARTICLE);
        List<String> backends = article ? javaBackends(document) : c.backends();
        if (!backends.isEmpty()) {
            option(words, "--backends", String.join(",", backends));
        }
        if (!article) {
            if (!Set.copyOf(c.languages()).equals(Set.of(Language.values()))) {
                option(words, "--languages", c.languages().stream().map(Language::name).collect(Collectors.joining(",")));
            }
            option(words, "--modes", c.modes().stream().map(Enum::name).collect(Collectors.joining(",")));
            fixtureArgument(c.fixtures()).ifPresent(path -> option(words, "--fixture", path));
            c.fixtures().stream().filter(f -> f.classpath() != null).findFirst().ifPresent(f -> {
                option(words, "--type", f.typedInto());
                option(words, "--classpath", String.join(File.pathSeparator, f.classpath()));
            });
        }
        // the counts are those of the first document; several documents are sized by their bytes (config.sizing)
        if (c.fixtures().size() <= 1) {
            option(words, "--iterations", c.iterations());
            option(words, "--warmup", c.warmup());
            option(words, "--count-iterations", c.countIterations());
            option(words, "--count-warmup", c.countWarmup());
        }
        option(words, "--runs", c.runs());
        if (c.quick()) {
            words.add("--quick");
        }
        option(words, "--heap", c.heap());
        option(words, "--fork-timeout", c.forkTimeoutS());
        option(words, "--time", c.timeBasis());
        option(words, "--reference", c.reference());
        option(words, "--confidence", c.confidence());
        option(words, "--memory", c.memory());
        return Optional.of(words.stream().map(RerunCommand::quoted).collect(Collectors.joining(" ")));
    }

    /** A reproduction always measures the article's runners; {@code --backends} names its Java backends. */
    private static List<String> javaBackends(ResultsDocument document) {
        Set<String> java = document.results().stream().filter(r -> r.language() == Language.java).map(Result::runner)
                .collect(Collectors.toSet());
        return document.config().backends().stream().filter(java::contains).toList();
    }

    /**
     * {@code --fixture} for the documents measured: none for the bundled one, the file for one document, their
     * directory for several (a run over a directory measures every *.json file in it).
     */
    private static Optional<String> fixtureArgument(List<Config.Fixture> fixtures) {
        List<Path> files = fixtures.stream().filter(f -> !f.path().startsWith("bundled:")).map(f -> Path.of(f.path())).toList();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        if (files.size() == 1) {
            return Optional.of(files.getFirst().toString());
        }
        Path directory = files.getFirst().getParent();
        return Optional.of(String.valueOf(directory));
    }

    /** {@code name value}; nothing when the value is not recorded. */
    private static void option(List<String> words, String name, Object value) {
        if (value != null) {
            words.add(name);
            words.add(String.valueOf(value));
        }
    }

    /** A word as a POSIX shell reads it: bare when it is safe, else in single quotes. */
    static String quoted(String word) {
        return BARE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
