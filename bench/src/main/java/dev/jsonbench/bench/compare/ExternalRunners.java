package dev.jsonbench.bench.compare;

import dev.jsonbench.bench.CliException;
import dev.jsonbench.bench.orchestra.Contestant;
import dev.jsonbench.bench.report.Result;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chooses the contestants of a run across languages: the Java backends by name, and the Go and Rust runners of
 * {@code compare/}, built (when stale) and listed here.
 *
 * <p>Selection: {@code --languages} (default {@code java,rust,go}) says which languages take part; {@code --backends}
 * (default: every Java backend and one runner per Go/Rust library; {@value #ALL}: every runner, variants included)
 * names Java backends and Go/Rust runners alike, e.g. {@code --backends jackson,serde-json-owned,encoding-json}. When
 * {@code --backends} names only Java backends, no toolchain is looked for and nothing is built; a binary none of
 * whose runners is selected is not built either.
 */
public final class ExternalRunners {

    /** The languages of a run, in the order their contestants are planned. */
    public static final List<String> LANGUAGES = List.of("java", "rust", "go");

    /** The {@code --backends} value that selects every runner of the languages, {@link KnownRunner#variant()}s too. */
    public static final String ALL = "all";

    private ExternalRunners() {
    }

    /**
     * Where the runners are and how to find their toolchains.
     *
     * @param compareDir     the repository's {@code compare/}, empty when it cannot be found
     * @param compareProblem why it cannot be found (null when found)
     * @param binaries       the runner binaries
     * @param searchPath     where toolchains are looked up
     */
    public record Setup(Optional<Path> compareDir, String compareProblem, List<RunnerBinary> binaries, String searchPath) {

        public Setup {
            binaries = List.copyOf(binaries);
        }

        /** This repository's runners, toolchains on {@code PATH} (or {@value Toolchain#PATH_PROPERTY}). */
        public static Setup detect() {
            Optional<Path> compare = ProjectRoot.compareDirectory();
            return new Setup(compare, compare.isPresent() ? null : ProjectRoot.problem(),
                    RunnerBinary.defaults(compare.orElse(Path.of("compare"))), Toolchain.searchPath());
        }

        /** Given binaries (tests: fake ones), found in {@code searchPath}. */
        public static Setup of(List<RunnerBinary> binaries, String searchPath) {
            return new Setup(Optional.of(Path.of(".")), null, binaries, searchPath);
        }
    }

    /**
     * The contestants chosen.
     *
     * @param languages the languages taking part
     * @param javaNames the Java backends, to be made into {@code JavaContestant}s by the caller
     * @param external  the Go and Rust contestants: {@link ExternalContestant}s, and {@link UnavailableContestant}s
     *                  for runners that are skipped or failed
     * @param builds    what became of each binary that was considered
     */
    public record Selection(List<String> languages, List<String> javaNames, List<Contestant> external,
                            List<BinaryBuild.Outcome> builds, String searchPath) {

        public Selection {
            languages = List.copyOf(languages);
            javaNames = List.copyOf(javaNames);
            external = List.copyOf(external);
            builds = List.copyOf(builds);
        }

        public boolean isEmpty() {
            return javaNames.isEmpty() && external.isEmpty();
        }

        /**
         * The orchestrator's results with the runners whose binary did not build (or list) turned from
         * {@code skipped} (no mode to run) into {@code failed}, the reason kept.
         */
        public List<Result> finish(List<Result> results) {
            Map<String, UnavailableContestant> failed = new LinkedHashMap<>();
            for (Contestant c : external) {
                if (c instanceof UnavailableContestant u && u.status().equals(Result.FAILED)) {
                    failed.put(u.language() + "/" + u.name(), u);
                }
            }
            if (failed.isEmpty()) {
                return results;
            }
            List<Result> out = new ArrayList<>(results.size());
            for (Result r : results) {
                UnavailableContestant u = failed.get(r.language() + "/" + r.runner());
                if (u != null && r.status().equals(Result.SKIPPED) && u.reason().equals(r.reason())) {
                    out.add(new Result(r.runner(), r.language(), r.library(), r.libraryVersion(), r.configuration(),
                            r.fixture(), r.mode(), Result.FAILED, r.reason(), r.iterations(), r.warmup(), r.runsNs(),
                            r.totalMs(), r.nsPerOp(), r.mbPerS(), r.allocBytesPerOp(), r.allocsPerOp(), r.allocsVerified(),
                            r.allocsMethod(), r.peakRssBytes(), r.peakRssScope(), r.gcCount(), r.gcPauseMs(), r.digest(),
                            r.digestOk(), r.jvmFlags(), r.countJvmFlags(), r.notes(), List.of("build: failed: " + r.reason())));
                } else {
                    out.add(r);
                }
            }
            return out;
        }

        /**
         * {@code env} with the toolchains' versions ({@code go_version}, {@code rustc_version},
         * {@code cargo_version}: null where not found) and what became of each runner binary ({@code runner_builds}).
         */
        public Map<String, Object> environment(Map<String, Object> env) {
            Map<String, Object> out = new LinkedHashMap<>(env);
            out.put("go_version", Toolchain.versionLine("go", searchPath, "version"));
            out.put("rustc_version", Toolchain.versionLine("rustc", searchPath, "--version"));
            out.put("cargo_version", Toolchain.versionLine("cargo", searchPath, "--version"));
            List<Map<String, Object>> list = new ArrayList<>();
            for (BinaryBuild.Outcome b : builds) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("binary", b.binary().binary().toString());
                m.put("build_command", b.binary().buildCommand());
                m.put("status", b.status());
                m.put("reason", b.reason());
                m.put("rebuilt", b.built());
                list.add(m);
            }
            out.put("runner_builds", list);
            return out;
        }
    }

    /**
     * Resolves {@code --languages} and {@code --backends}, building and listing the Go and Rust binaries needed.
     *
     * @param backends      names asked for; null/empty for the default run of {@code languages} (every Java backend,
     *                      the runners that are not variants); {@value #ALL} for every runner
     * @param languages     languages asked for, or null/empty for all
     * @param javaAvailable the Java backends on the class path
     * @param log           build progress (a build can take minutes); may be null
     * @throws CliException (usage) for an unknown language or name, a name of a language not selected, or Go/Rust
     *                      runners asked for explicitly when {@code compare/} cannot be found
     */
    public static Selection select(List<String> backends, List<String> languages, List<String> javaAvailable,
                                   Setup setup, PrintWriter log) {
        List<String> langs = languages(languages);
        boolean explicit = languages != null && !languages.isEmpty();
        List<String> requested = backends == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(backends.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));

        boolean all = requested.equals(List.of(ALL));
        List<String> javaNames = new ArrayList<>();
        Map<RunnerBinary, List<String>> wanted = new LinkedHashMap<>();
        if (requested.isEmpty() || all) {
            if (langs.contains("java")) {
                javaNames.addAll(javaAvailable);
            }
            for (RunnerBinary b : setup.binaries()) {
                List<String> defaults = b.runners().stream().filter(r -> !r.variant()).map(KnownRunner::name).toList();
                if (langs.contains(b.language()) && (all || !defaults.isEmpty())) {
                    wanted.put(b, all ? null : defaults);
                }
            }
        } else {
            explicit = true;
            for (String name : requested) {
                if (javaAvailable.contains(name)) {
                    requireLanguage(langs, "java", name);
                    javaNames.add(name);
                    continue;
                }
                if (name.equals(ALL)) {
                    throw CliException.usage("'" + ALL + "' selects every backend and cannot be combined with names");
                }
                RunnerBinary owner = setup.binaries().stream().filter(b -> b.runner(name).isPresent()).findFirst()
                        .orElseThrow(() -> CliException.usage("no JSON backend named '" + name + "'; available: "
                                + available(javaAvailable, setup.binaries()) + "; or " + ALL));
                requireLanguage(langs, owner.language(), name);
                wanted.computeIfAbsent(owner, b -> new ArrayList<>()).add(name);
            }
        }
        // plan order: rust before go, as in LANGUAGES after java
        List<RunnerBinary> order = new ArrayList<>(wanted.keySet());
        order.sort(java.util.Comparator.comparingInt(b -> LANGUAGES.indexOf(b.language())));

        List<Contestant> external = new ArrayList<>();
        List<BinaryBuild.Outcome> builds = new ArrayList<>();
        for (RunnerBinary binary : order) {
            List<String> names = wanted.get(binary);
            BinaryBuild.Outcome outcome;
            if (setup.compareDir().isEmpty()) {
                if (explicit) {
                    throw CliException.usage(setup.compareProblem());
                }
                outcome = new BinaryBuild.Outcome(binary, Result.SKIPPED, setup.compareProblem(), List.of(), false);
            } else {
                outcome = BinaryBuild.prepare(binary, setup.searchPath(), log);
            }
            builds.add(outcome);
            external.addAll(contestants(binary, outcome, names));
        }
        return new Selection(langs, javaNames, external, builds, setup.searchPath());
    }

    /**
     * A Go or Rust runner as {@code jsonbench list} shows it.
     *
     * @param version    the library version its binary reports, or why there is none (toolchain missing, not built)
     * @param defaultRun whether {@code jsonbench run} measures it without {@code --backends}
     */
    public record Described(String name, String language, String library, String version, List<String> modes,
                            boolean defaultRun, String configuration) {
    }

    /** Every Go and Rust runner, asking each built, up-to-date binary for its versions; nothing is built. */
    public static List<Described> describe(Setup setup) {
        List<Described> out = new ArrayList<>();
        for (RunnerBinary binary : setup.binaries()) {
            String unlisted;
            Map<String, RunnerList.Entry> listed = new LinkedHashMap<>();
            String stale = binary.staleness();
            if (setup.compareDir().isEmpty()) {
                unlisted = "unavailable: " + setup.compareProblem();
            } else if (Toolchain.find(binary.tool(), setup.searchPath()).isEmpty()) {
                unlisted = "skipped: " + BinaryBuild.missingToolchain(binary);
            } else if (stale != null) {
                unlisted = "not built (" + stale + "; jsonbench run builds it)";
            } else {
                BinaryBuild.Outcome outcome = BinaryBuild.list(binary, false);
                outcome.listed().forEach(e -> listed.put(e.runner(), e));
                unlisted = outcome.ok() ? "not in " + binary.binary().getFileName() + " --list" : "failed: " + outcome.reason();
            }
            for (KnownRunner known : binary.runners()) {
                RunnerList.Entry entry = listed.get(known.name());
                out.add(entry == null
                        ? new Described(known.name(), binary.language(), known.library(), unlisted, known.modes(),
                                !known.variant(), known.configuration())
                        : new Described(known.name(), binary.language(), entry.library(), entry.libraryVersion(),
                                entry.modes(), !known.variant(), known.configuration()));
            }
        }
        return out;
    }

    /** The contestants of one binary: every listed runner (names null) or the named ones, in that order. */
    static List<Contestant> contestants(RunnerBinary binary, BinaryBuild.Outcome outcome, List<String> names) {
        List<Contestant> out = new ArrayList<>();
        if (!outcome.ok()) {
            List<String> all = names != null ? names : binary.runners().stream().map(KnownRunner::name).toList();
            for (String name : all) {
                KnownRunner known = binary.runner(name).orElseThrow();
                out.add(new UnavailableContestant(name, binary.language(), known.library(), known.configuration(),
                        outcome.status(), outcome.reason()));
            }
            return out;
        }
        Map<String, RunnerList.Entry> listed = new LinkedHashMap<>();
        outcome.listed().forEach(e -> listed.put(e.runner(), e));
        List<String> all = new ArrayList<>();
        if (names != null) {
            all.addAll(names);
        } else {
            all.addAll(listed.keySet());
            binary.runners().stream().map(KnownRunner::name).filter(n -> !listed.containsKey(n)).forEach(all::add);
        }
        for (String name : all) {
            RunnerList.Entry entry = listed.get(name);
            Optional<KnownRunner> known = binary.runner(name);
            if (entry == null) {
                out.add(new UnavailableContestant(name, binary.language(), known.map(KnownRunner::library).orElse("unknown"),
                        known.map(KnownRunner::configuration).orElse(""), Result.FAILED,
                        name + " is not in " + binary.binary().getFileName() + " --list (stale binary? remove it to rebuild)"));
            } else {
                out.add(new ExternalContestant(binary.binary(), binary.language(), entry,
                        known.map(KnownRunner::configuration).orElse(binary.binary().getFileName() + " --runner " + name)));
            }
        }
        return out;
    }

    /** The languages of {@code --languages} (null or empty: all), validated. */
    public static List<String> languages(List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            return LANGUAGES;
        }
        List<String> out = new ArrayList<>();
        for (String raw : languages) {
            String language = raw.strip().toLowerCase(Locale.ROOT);
            if (language.isEmpty()) {
                continue;
            }
            if (!LANGUAGES.contains(language)) {
                throw CliException.usage("unknown language '" + raw.strip() + "' in --languages; choose among "
                        + String.join(", ", LANGUAGES));
            }
            if (!out.contains(language)) {
                out.add(language);
            }
        }
        if (out.isEmpty()) {
            throw CliException.usage("--languages names no language; choose among " + String.join(", ", LANGUAGES));
        }
        return out;
    }

    private static void requireLanguage(List<String> langs, String language, String name) {
        if (!langs.contains(language)) {
            throw CliException.usage("'" + name + "' is a " + language + " backend, but --languages is " + String.join(",", langs));
        }
    }

    /** "dsljson, gson (java); serde-json-owned, ... (rust); encoding-json, ... (go)" */
    static String available(List<String> javaAvailable, List<RunnerBinary> binaries) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        byLanguage.put("java", new ArrayList<>(javaAvailable));
        for (RunnerBinary b : binaries) {
            byLanguage.computeIfAbsent(b.language(), l -> new ArrayList<>())
                    .addAll(b.runners().stream().map(KnownRunner::name).toList());
        }
        return byLanguage.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> String.join(", ", e.getValue()) + " (" + e.getKey() + ")")
                .collect(Collectors.joining("; "));
    }
}
