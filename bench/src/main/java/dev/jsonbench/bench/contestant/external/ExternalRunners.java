package dev.jsonbench.bench.contestant.external;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.Contestant;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Go and Rust runners of {@code compare/}: which binary offers which runner, and turning a choice of runners
 * into contestants, building (when stale) and listing the binaries needed. A binary none of whose runners is chosen
 * is not built; a missing toolchain makes its runners {@code skipped}, a failed build {@code failed}.
 */
public final class ExternalRunners {

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

        /**
         * This repository's runners ({@code compare/runners.json}), toolchains on {@code PATH} (or
         * {@value Toolchain#PATH_PROPERTY}); no runners when {@code compare/} cannot be found.
         */
        public static Setup detect() {
            Optional<Path> compare = ProjectRoot.compareDirectory();
            return new Setup(compare, compare.isPresent() ? null : ProjectRoot.problem(),
                    compare.map(RunnerRegistry::load).orElse(List.of()), Toolchain.searchPath());
        }

        /** Given binaries (tests: fake ones), found in {@code searchPath}. */
        public static Setup of(List<RunnerBinary> binaries, String searchPath) {
            return new Setup(Optional.of(Path.of(".")), null, binaries, searchPath);
        }

        /** The binary that offers runner {@code name}, if any. */
        public Optional<RunnerBinary> owner(String name) {
            return binaries.stream().filter(b -> b.runner(name).isPresent()).findFirst();
        }

        /** Every runner name of {@code language}, variants included. */
        public List<String> names(Language language) {
            return binaries.stream().filter(b -> b.language() == language)
                    .flatMap(b -> b.runners().stream().map(RunnerListing::runner)).toList();
        }
    }

    /**
     * The chosen runners as contestants, in plan order (Rust before Go), with the toolchains' versions and what became
     * of every binary considered.
     *
     * @param chosen per binary, the runner names to measure; null for every runner it lists
     * @param strict whether the runners were asked for by name or language (then an unfindable {@code compare/} is a
     *               usage error rather than a reason to skip them)
     * @param log    build progress (a build can take minutes); may be null
     */
    public static Chosen prepare(Map<RunnerBinary, List<String>> chosen, boolean strict, Setup setup, PrintWriter log) {
        List<RunnerBinary> order = new ArrayList<>(chosen.keySet());
        order.sort(Comparator.comparingInt(b -> b.language().ordinal()));
        List<Contestant> contestants = new ArrayList<>();
        List<Environment.RunnerBuild> builds = new ArrayList<>();
        for (RunnerBinary binary : order) {
            BinaryBuild.Outcome outcome;
            if (setup.compareDir().isEmpty()) {
                if (strict) {
                    throw BenchException.usage(setup.compareProblem());
                }
                outcome = new BinaryBuild.Outcome(binary, Status.skipped, setup.compareProblem(), List.of(), false);
            } else {
                outcome = BinaryBuild.prepare(binary, setup.searchPath(), log);
            }
            builds.add(new Environment.RunnerBuild(binary.binary().toString(), binary.buildCommand(), outcome.status(),
                    outcome.reason(), outcome.built(), outcome.listed().stream().findFirst().map(RunnerListing::build)
                    .orElse(null)));
            contestants.addAll(contestants(binary, outcome, chosen.get(binary)));
        }
        Environment.Toolchains toolchains = chosen.isEmpty() ? Environment.Toolchains.NONE
                : new Environment.Toolchains(Toolchain.versionLine("go", setup.searchPath(), "version"),
                Toolchain.versionLine("rustc", setup.searchPath(), "--version"),
                Toolchain.versionLine("cargo", setup.searchPath(), "--version"), builds);
        return new Chosen(contestants, toolchains);
    }

    /** The runners prepared for a run. */
    public record Chosen(List<Contestant> contestants, Environment.Toolchains toolchains) {
    }

    /**
     * A Go or Rust runner as {@code jsonbench list} shows it.
     *
     * @param version the library version its binary reports, or why there is none (toolchain missing, not built)
     */
    public record Described(RunnerListing runner, Language language, String version) {
    }

    /** Every Go and Rust runner, asking each built, up-to-date binary for its versions; nothing is built. */
    public static List<Described> describe(Setup setup) {
        List<Described> out = new ArrayList<>();
        for (RunnerBinary binary : setup.binaries()) {
            String unlisted;
            Map<String, RunnerListing> listed = new LinkedHashMap<>();
            String stale = binary.staleness();
            if (Toolchain.find(binary.tool(), setup.searchPath()).isEmpty()) {
                unlisted = "skipped: " + BinaryBuild.missingToolchain(binary);
            } else if (stale != null) {
                unlisted = "not built (" + stale + "; jsonbench run builds it)";
            } else {
                BinaryBuild.Outcome outcome = BinaryBuild.list(binary, false);
                outcome.listed().forEach(e -> listed.put(e.runner(), e));
                unlisted = outcome.ok() ? "not in " + binary.binary().getFileName() + " --list" : "failed: " + outcome.reason();
            }
            for (RunnerListing known : binary.runners()) {
                RunnerListing entry = listed.get(known.runner());
                out.add(new Described(known, binary.language(), entry == null ? unlisted : entry.libraryVersion()));
            }
        }
        return out;
    }

    /**
     * The contestants of one binary: every runner (names null) or the named ones, in that order; each as the
     * registry knows it, with the version and build settings the binary reports.
     */
    static List<Contestant> contestants(RunnerBinary binary, BinaryBuild.Outcome outcome, List<String> names) {
        List<String> chosen = names != null ? names : binary.runners().stream().map(RunnerListing::runner).toList();
        Map<String, RunnerListing> listed = new LinkedHashMap<>();
        outcome.listed().forEach(e -> listed.put(e.runner(), e));
        List<Contestant> out = new ArrayList<>();
        for (String name : chosen) {
            RunnerListing known = binary.runner(name).orElseThrow();
            RunnerListing entry = listed.get(name);
            if (!outcome.ok()) {
                out.add(unavailable(binary, known, outcome.status(), outcome.reason()));
            } else if (entry == null) {
                out.add(unavailable(binary, known, Status.failed,
                        name + " is not in " + binary.binary().getFileName() + " --list (stale binary? remove it to rebuild)"));
            } else {
                // the binary's own answer decides what it can do; the registry adds what only it says
                out.add(new ExternalContestant(binary, new RunnerListing(name, entry.library(), entry.libraryVersion(),
                        entry.modes(), entry.configuration() != null ? entry.configuration() : known.configuration(),
                        known.defaultRun(), entry.build()), null));
            }
        }
        return out;
    }

    private static ExternalContestant unavailable(RunnerBinary binary, RunnerListing known, Status status, String reason) {
        return new ExternalContestant(binary, known.withBuild("unknown", null), new Contestant.Unavailable(status, reason));
    }
}
