package dev.jsonbench.bench.report.html;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.Ranking;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The environment and the configuration of a run as name and value rows: every field of {@link Environment} and
 * {@link Config}, in words, plus what the runs themselves recorded of the machine's load and steal.
 */
final class RunFacts {

    private RunFacts() {
    }

    static List<Tables.Field> environment(ResultsDocument document) {
        Environment env = document.environment();
        List<Tables.Field> rows = new ArrayList<>();
        add(rows, "Date", env.date());
        add(rows, "CPU", text(env.cpuModel()) + ", " + text(env.cores()) + " cores"
                + (env.cpuGovernor() == null ? "" : ", governor " + env.cpuGovernor()));
        add(rows, "Memory", env.memoryBytes() == null ? null : Figures.bytes(env.memoryBytes()));
        add(rows, "OS", env.os());
        add(rows, "Kernel", env.kernel());
        add(rows, "Architecture", env.arch());
        add(rows, "Load average when written", loadAverage(env.loadAverage()));
        add(rows, "Load and steal during the runs", duringRuns(document.results()));
        add(rows, "JDK", text(env.jdkVendor()) + " " + text(env.jdkVersion()));
        add(rows, "JVM", env.jvm());
        code(rows, "Java home", env.javaHome());
        code(rows, "JVM flags (timed forks)", String.join(" ", env.jvmFlags()));
        add(rows, "jsonbench commit", env.gitCommit() == null ? null
                : env.gitCommit() + (Boolean.TRUE.equals(env.gitDirty()) ? " with uncommitted changes" : ""));
        env.backends().forEach((name, library) -> add(rows, "Library of " + name, library));
        Environment.Toolchains tc = env.toolchains();
        boolean external = tc.runnerBuilds().size() > 0
                || document.results().stream().anyMatch(r -> r.language() != Language.java);
        if (!external) {
            add(rows, "Go and Rust", "no Go or Rust runner in this run");
            return rows;
        }
        add(rows, "Go", orNotFound(tc.goVersion()));
        add(rows, "rustc", orNotFound(tc.rustcVersion()));
        add(rows, "cargo", orNotFound(tc.cargoVersion()));
        for (Environment.RunnerBuild build : tc.runnerBuilds()) {
            add(rows, "Runner " + build.binary(), runnerBuild(build));
        }
        return rows;
    }

    static List<Tables.Field> configuration(Config c) {
        List<Tables.Field> rows = new ArrayList<>();
        add(rows, "Command", c.command());
        add(rows, "Backends", String.join(", ", c.backends()));
        add(rows, "Languages", join(c.languages(), Enum::name));
        add(rows, "Modes", join(c.modes(), Enum::name));
        for (Config.Fixture f : c.fixtures()) {
            add(rows, "Document " + f.name(), Figures.group(f.bytes()) + " B, " + f.path() + "; expected digest "
                    + f.digest() + " (" + f.digestSource() + ")" + (f.typed() ? "" : "; no typed mode: " + f.typedProblem()));
        }
        add(rows, "Timed loop", Figures.group(c.iterations()) + " decodes after " + Figures.group(c.warmup())
                + " warm-up, " + c.runs() + " " + Figures.plural(c.runs(), "run") + " per backend and mode");
        add(rows, "Allocation count", Figures.group(c.countIterations()) + " decodes after "
                + Figures.group(c.countWarmup()) + " warm-up");
        add(rows, "Quick (smoke-test counts)", c.quick() ? "yes" : "no");
        add(rows, "Fork time limit", c.forkTimeoutS() == null ? "derived from the counts" : c.forkTimeoutS() + " s");
        add(rows, "Order", c.order());
        code(rows, "Java", c.java());
        add(rows, "Heap", c.heap());
        code(rows, "JVM flags (timed forks)", String.join(" ", c.jvmFlags()));
        code(rows, "JVM flags (counting forks)", c.countJvmFlags() == null ? null : String.join(" ", c.countJvmFlags()));
        add(rows, "Confidence", String.format(Locale.ROOT, "%s of every interval and test", Ranking.percent(c.confidence())));
        add(rows, "Ranked by", c.timeBasis() == null ? null : c.timeBasis() + " time");
        add(rows, "Reference", c.reference() == null ? "the fastest of each document and mode" : c.reference());
        add(rows, "Heaps besides the fixed one", c.memory());
        if (c.claims() != null) {
            add(rows, "Claims", c.claims().file() + " (for " + Figures.group(c.claims().iterations()) + " parses)");
        }
        return rows;
    }

    /** "load average 0.5 to 1.9, steal at most 0.3%, 2 of 30 runs flagged as noise" over every measured run. */
    static String duringRuns(List<Result> results) {
        List<Result.Run> runs = results.stream().flatMap(r -> r.timing().runs().stream()).toList();
        if (runs.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        var load = runs.stream().map(Result.Run::loadAverage).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .summaryStatistics();
        if (load.getCount() > 0) {
            parts.add(String.format(Locale.ROOT, "1-minute load average %.2f to %.2f", load.getMin(), load.getMax()));
        }
        var steal = runs.stream().map(Result.Run::stealPercent).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .summaryStatistics();
        if (steal.getCount() > 0) {
            parts.add(String.format(Locale.ROOT, "steal at most %.1f%%", steal.getMax()));
        }
        long flagged = runs.stream().filter(r -> !r.flags().isEmpty()).count();
        parts.add(flagged + " of " + runs.size() + " timed " + Figures.plural(runs.size(), "run") + " flagged as possible noise");
        return String.join("; ", parts);
    }

    /** "9.56 4.68 4.22 over 1, 5 and 15 minutes" from /proc/loadavg's line; as it is when it reads otherwise. */
    static String loadAverage(String loadavg) {
        if (loadavg == null) {
            return null;
        }
        String[] fields = loadavg.strip().split("\\s+");
        return fields.length >= 3 ? fields[0] + ", " + fields[1] + ", " + fields[2] + " (1, 5 and 15 minutes)" : loadavg;
    }

    private static String orNotFound(String version) {
        return version == null ? "not found" : version;
    }

    private static String runnerBuild(Environment.RunnerBuild build) {
        StringBuilder text = new StringBuilder(build.status().name());
        if (build.reason() != null) {
            text.append(": ").append(build.reason());
        }
        text.append(build.rebuilt() ? "; built during this run" : "; built before").append(" by ").append(build.buildCommand());
        Map<String, String> settings = build.settings();
        if (settings != null && !settings.isEmpty()) {
            text.append("; ").append(settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" ")));
        }
        return text.toString();
    }

    private static void add(List<Tables.Field> rows, String name, String value) {
        rows.add(new Tables.Field(name, value == null ? "unknown" : value, false));
    }

    /** Words to type: flags, paths, a commit. */
    private static void code(List<Tables.Field> rows, String name, String value) {
        rows.add(new Tables.Field(name, value == null ? "unknown" : value, value != null));
    }

    private static <T> String join(List<T> values, Function<T, String> name) {
        return values.stream().map(name).collect(Collectors.joining(", "));
    }

    /** The value as text, "unknown" when the results do not hold it. */
    static String text(Object value) {
        return value == null ? "unknown" : value.toString();
    }
}
