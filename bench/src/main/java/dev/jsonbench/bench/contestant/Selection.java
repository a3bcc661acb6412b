package dev.jsonbench.bench.contestant;

import dev.jsonbench.bench.contestant.external.ExternalRunners;
import dev.jsonbench.bench.contestant.external.RunnerBinary;
import dev.jsonbench.bench.contestant.java.JavaContestant;
import dev.jsonbench.bench.fork.JavaBackends;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.Contestant;
import dev.jsonbench.bench.run.Lineup;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chooses the contestants of a run across languages from {@code --languages} and {@code --backends}.
 *
 * <p>{@code --languages} (default: all) says which languages take part; {@code --backends} names Java backends and
 * Go/Rust runners alike, e.g. {@code jackson,serde-json-owned,encoding-json}. Without it a run measures every Java
 * backend and one runner per Go/Rust library (the runners whose {@link RunnerListing#defaultRun()} is true);
 * {@value #ALL} selects every runner. When {@code --backends} names only Java backends no toolchain is looked for
 * and nothing is built.
 */
public final class Selection {

    /** The {@code --backends} value that selects every runner of the languages, variants too. */
    public static final String ALL = "all";

    private Selection() {
    }

    /**
     * The names chosen, before anything is built.
     *
     * @param languages the languages taking part
     * @param javaNames the Java backends, in order
     * @param external  per runner binary, the runner names to measure (null: every runner it lists)
     * @param strict    whether runners were asked for by name or language: then an unfindable {@code compare/} is a
     *                  usage error rather than a reason to skip them
     */
    public record Choice(List<Language> languages, List<String> javaNames, Map<RunnerBinary, List<String>> external,
                         boolean strict) {
    }

    /** {@link #choose} with the Java backends on the class path, then {@link #lineup}. */
    public static Lineup select(List<String> backends, List<Language> languages, String heap,
                                ExternalRunners.Setup setup, PrintWriter log) {
        return lineup(choose(backends, languages, JavaBackends.adapters(), JavaBackends.direct(), setup), heap, setup, log);
    }

    /**
     * Resolves {@code --backends} and {@code --languages}.
     *
     * @param backends      names asked for; null or empty for the default run; {@value #ALL} for every runner
     * @param languages     languages asked for; null or empty for all
     * @param javaAvailable the Java adapters on the class path (the default run)
     * @param javaDirect    the Java libraries called directly (opt-in: by name or with {@value #ALL})
     * @throws BenchException (usage) for an unknown name or a name of a language not selected; (failure) when nothing
     *                        is left to measure
     */
    public static Choice choose(List<String> backends, List<Language> languages, List<String> javaAvailable,
                                List<String> javaDirect, ExternalRunners.Setup setup) {
        List<Language> langs = languages == null || languages.isEmpty() ? Arrays.asList(Language.values())
                : List.copyOf(new LinkedHashSet<>(languages));
        List<String> requested = backends == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(backends.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        boolean all = requested.equals(List.of(ALL));
        boolean strict = languages != null && !languages.isEmpty();

        List<String> javaNames = new ArrayList<>();
        Map<RunnerBinary, List<String>> external = new LinkedHashMap<>();
        if (requested.isEmpty() || all) {
            if (langs.contains(Language.java)) {
                javaNames.addAll(javaAvailable);
                if (all) {
                    javaNames.addAll(javaDirect);
                }
            }
            for (RunnerBinary binary : setup.binaries()) {
                List<String> defaults = binary.runners().stream().filter(RunnerListing::defaultRun).map(RunnerListing::runner)
                        .toList();
                if (langs.contains(binary.language()) && (all || !defaults.isEmpty())) {
                    external.put(binary, all ? null : defaults);
                }
            }
        } else {
            strict = true;
            for (String name : requested) {
                if (name.equals(ALL)) {
                    throw BenchException.usage("'" + ALL + "' selects every backend and cannot be combined with names");
                }
                if (javaAvailable.contains(name) || javaDirect.contains(name)) {
                    requireLanguage(langs, Language.java, name);
                    javaNames.add(name);
                    continue;
                }
                RunnerBinary owner = setup.owner(name).orElseThrow(() -> BenchException.usage("no JSON backend named '"
                        + name + "'; available: " + available(javaAvailable, javaDirect, setup) + "; or " + ALL
                        + (setup.compareProblem() == null ? "" : " (no Go or Rust runners: " + setup.compareProblem() + ")")));
                requireLanguage(langs, owner.language(), name);
                external.computeIfAbsent(owner, b -> new ArrayList<>()).add(name);
            }
        }
        if (javaNames.isEmpty() && external.isEmpty()) {
            throw BenchException.failure("no JSON backend on the class path (build the adapters: ./jsonbench builds them)");
        }
        return new Choice(langs, javaNames, external, strict);
    }

    /** The contestants of a choice: Java forks with heap {@code heap}, then the Go and Rust runners, built when stale. */
    public static Lineup lineup(Choice choice, String heap, ExternalRunners.Setup setup, PrintWriter log) {
        List<Contestant> contestants = new ArrayList<>();
        for (String name : choice.javaNames()) {
            try {
                contestants.add(JavaContestant.of(name, heap));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw BenchException.usage(e.getMessage());
            }
        }
        ExternalRunners.Chosen chosen = ExternalRunners.prepare(choice.external(), choice.strict(), setup, log);
        contestants.addAll(chosen.contestants());
        return new Lineup(contestants, choice.languages(), chosen.toolchains());
    }

    private static void requireLanguage(List<Language> langs, Language language, String name) {
        if (!langs.contains(language)) {
            throw BenchException.usage("'" + name + "' is a " + language + " backend, but --languages is "
                    + langs.stream().map(Enum::name).collect(Collectors.joining(",")));
        }
    }

    /** "dsljson, gson, jackson-direct (java); serde-json-owned, ... (rust); encoding-json, ... (go)" */
    static String available(List<String> javaAvailable, List<String> javaDirect, ExternalRunners.Setup setup) {
        List<String> parts = new ArrayList<>();
        for (Language language : Language.values()) {
            List<String> names = new ArrayList<>(language == Language.java ? javaAvailable : setup.names(language));
            if (language == Language.java) {
                names.addAll(javaDirect);
            }
            if (!names.isEmpty()) {
                parts.add(String.join(", ", names) + " (" + language + ")");
            }
        }
        return String.join("; ", parts);
    }
}
