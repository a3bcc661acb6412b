package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.gate.MergedReport;
import dev.jsonbench.bench.gate.MergedResults;
import dev.jsonbench.bench.gate.ResultsFiles;
import dev.jsonbench.bench.report.AtomicFiles;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.run.BenchException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jsonbench merge A B ... --out DIR}: results of several machines in one file, never ranked together. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Combines results measured on different machines (say the x86 and ARM runners of a CI matrix) into "
                        + "merged.json, keyed by machine (CPU, cores, architecture, OS, JDK), and merged.md: the machines, "
                        + "every row's figures side by side, then each machine's own ranking. Figures of different "
                        + "machines are never ranked together. Two files of one machine are kept together when they "
                        + "measured different rows."},
        footer = {"", "Exit codes: 0 ok, 1 a file that cannot be read or merged (the same row twice on one machine), "
                + "2 usage error."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "RESULTS", description = "Results to merge: FILE, DIR or baseline NAME, two or more.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where merged.json and merged.md go (default: results/merged-<timestamp>/).")
    Path out;

    @Override
    public Integer call() {
        List<ResultsFiles.Source> sources = inputs.stream().map(ResultsFiles::read).toList();
        MergedResults merged = MergedResults.of(sources);
        Path dir = OutputDirectory.orDefault(out, "merged-");
        try {
            AtomicFiles.writeText(dir.resolve("merged.json"), ResultsJson.toJson(merged));
            AtomicFiles.writeText(dir.resolve("merged.md"), MergedReport.markdown(merged));
        } catch (IOException e) {
            throw BenchException.failure("cannot write into " + dir + ": " + e.getMessage());
        }
        spec.commandLine().getOut().print(MergedReport.table(merged));
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("Wrote " + dir.resolve("merged.json") + " and " + dir.resolve("merged.md"));
        spec.commandLine().getErr().flush();
        return ExitCode.OK.code();
    }
}
