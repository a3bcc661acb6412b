package dev.jsonbench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsonbench.jmh.OverheadPlan.Pair;
import dev.jsonbench.jmh.OverheadReport.Run;
import dev.jsonbench.jmh.PairResult.Scores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * Pools the rounds of earlier {@link AdapterOverhead} runs: on a machine whose forks vary by more than the effect, 10
 * rounds give intervals of ±10–35 %, and runs of the same code taken at different times can be put together instead
 * of one run of 30 rounds. Every file's per-round scores of a pair are taken together, and the table is computed from
 * them exactly as a single run's (median of the per-round ratios, its sign-test interval). Only runs measured alike
 * are pooled: the same method, JMH options and JVM flags, on the same CPU model with as many cores and the same JDK.
 */
final class OverheadPool {

    @Command(name = "OverheadPool", description = {"Pools the rounds of earlier 'jsonbench jmh overhead' runs (their JSON"
            + " files, measured with the same options) into one table: every file's per-round ratios of a pair together,"
            + " median and 95%% interval as in a single run. Files written before B/op were kept per round give '-' for"
            + " B/op."})
    static final class Arguments {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;

        @Parameters(paramLabel = "FILE", arity = "2..*", description = "Two or more adapter-overhead JSON files.")
        List<Path> files;
    }

    private OverheadPool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Returns the exit status: 0, 1 when a file cannot be read or pooled, 2 for a bad command line. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments();
        CommandLine commandLine = new CommandLine(arguments);
        try {
            commandLine.parseArgs(args);
        } catch (ParameterException e) {
            err.println("OverheadPool: " + e.getMessage() + " (--help for usage)");
            return 2;
        }
        if (commandLine.isUsageHelpRequested()) {
            out.print(commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF));
            return 0;
        }
        List<Run> runs = new ArrayList<>();
        for (Path file : arguments.files) {
            try {
                Run run = OverheadReport.read(file);
                if (!runs.isEmpty() && !run.settings().equals(runs.getFirst().settings())) {
                    err.println("OverheadPool: " + file + " was measured otherwise than " + arguments.files.getFirst()
                            + " (method, JMH options or JVM flags differ): its rounds cannot be pooled with them");
                    return 1;
                }
                if (!runs.isEmpty() && !run.machine().equals(runs.getFirst().machine())) {
                    err.println("OverheadPool: " + file + " was measured on another machine than "
                            + arguments.files.getFirst() + " (" + run.machine() + " against "
                            + runs.getFirst().machine() + "): its rounds cannot be pooled with them");
                    return 1;
                }
                runs.add(run);
            } catch (IOException | RuntimeException e) {
                err.println("OverheadPool: cannot read " + file + ": " + e.getMessage());
                return 1;
            }
        }
        out.print(OverheadReport.table(pool(runs)));
        out.print(pooledFrom(runs));
        return 0;
    }

    /** One line naming the machine (the runs share it) and the commits the pooled runs measured. */
    private static String pooledFrom(List<Run> runs) {
        JsonNode machine = runs.getFirst().machine();
        String where = machine.path("cpu_model").isTextual()
                ? "measured on " + machine.get("cpu_model").asText() + ", " + machine.path("cores").asText() + " cores, JDK "
                        + machine.path("jdk_version").asText()
                : "whose files do not record the machine (before schema 4)";
        String commits = runs.stream().map(run -> OverheadReport.shortCommit(run.gitCommit())).distinct()
                .collect(Collectors.joining(", "));
        return "Pooled " + runs.size() + " runs " + where + "; commits: " + commits + ".\n";
    }

    /** Each pair's rounds from every run that measured it, in the order the pairs first appear. */
    static List<PairResult> pool(List<Run> runs) {
        Map<Pair, List<PairResult>> byPair = new LinkedHashMap<>();
        for (Run run : runs) {
            for (PairResult result : run.pairs()) {
                byPair.computeIfAbsent(result.pair(), pair -> new ArrayList<>()).add(result);
            }
        }
        List<PairResult> pooled = new ArrayList<>();
        byPair.forEach((pair, results) -> {
            List<Scores> validated = results.stream().map(PairResult::validated).toList();
            pooled.add(new PairResult(pair,
                    Scores.concat(results.stream().map(PairResult::adapter).toList()),
                    Scores.concat(results.stream().map(PairResult::direct).toList()),
                    validated.contains(null) ? null : Scores.concat(validated)));
        });
        return pooled;
    }
}
