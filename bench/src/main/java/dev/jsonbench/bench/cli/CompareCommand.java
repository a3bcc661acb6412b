package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.gate.AllocationChange;
import dev.jsonbench.bench.gate.DiffReport;
import dev.jsonbench.bench.gate.ResultsDiff;
import dev.jsonbench.bench.gate.ResultsFiles;
import dev.jsonbench.bench.gate.RowDiff;
import dev.jsonbench.bench.gate.Verdict;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.run.Analysis;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jsonbench compare BASE NEW}: did anything get slower or allocate more? */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Judges NEW results against BASE results row by row (backend, mode, document): time per decode with "
                        + "intervals and the change as a Hodges-Lehmann ratio with its exact Mann-Whitney interval and "
                        + "p-value, as benchstat does; bytes/op and allocations/op, exact; memory, shown. Each row's "
                        + "verdict: improved, regressed, ~ (no significant change), new or gone; then the geometric mean "
                        + "of the time ratios.",
                "",
                "BASE and NEW are results.json files, result folders or names of baselines saved with 'jsonbench run "
                        + "--save-baseline NAME'. Results of different machines, JDKs, flags or toolchains, or of a "
                        + "changed document, are compared with a warning that says so."},
        footer = {"", "Exit codes: 0 no regression, 3 a regression, 1 a file that cannot be read or compared, 2 usage error."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The results to compare with: FILE, DIR or baseline NAME.")
    String base;

    @Parameters(index = "1", paramLabel = "NEW", description = "The results judged: FILE, DIR or baseline NAME.")
    String head;

    @Mixin
    RegressionOptions regression;

    @Option(names = "--time", paramLabel = "BASIS", order = 44,
            description = "Which time is compared: wall or cpu (default: the one NEW was ranked by).")
    Analysis.TimeBasis time;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95", order = 45,
            description = "Level of the intervals and of the test of significance (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", order = 46,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DiffReport format;

    @Override
    public Integer call() {
        if (!(confidence > 0 && confidence < 1)) {
            throw new ParameterException(spec.commandLine(), "--confidence must be between 0 and 1, was " + confidence);
        }
        ResultsFiles.Source older = ResultsFiles.read(base);
        ResultsFiles.Source newer = ResultsFiles.read(head);
        Analysis.TimeBasis basis = time != null ? time : ResultsFiles.rankedBy(newer.document());
        ResultsDiff diff = ResultsDiff.of(older, newer, regression.criteria(confidence, basis));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.render(diff));
        out.flush();
        if (regression.sites()) {
            showSites(diff, newer.document(), out, spec.commandLine().getErr());
        }
        return exitCode(diff);
    }

    static int exitCode(ResultsDiff diff) {
        return (diff.regressed() ? ExitCode.REGRESSION : ExitCode.OK).code();
    }

    /**
     * Where each Java row whose bytes/op regressed allocates now: {@code jsonbench profile} on it (printed, and its
     * profile.md and .jfr kept). A document that cannot be found again is named instead.
     */
    static void showSites(ResultsDiff diff, ResultsDocument head, PrintWriter out, PrintWriter err) {
        for (RowDiff row : diff.rows()) {
            AllocationChange a = row.allocations();
            if (row.language() != Language.java || a == null || a.verdict() != Verdict.regressed) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of("profile", "--backend", row.runner(), "--mode", row.mode().name(),
                    "--iterations", "2000", "--top", "12"));
            Optional<String> path = head.config().fixture(row.fixture()).map(Config.Fixture::path);
            if (path.isPresent() && !path.get().startsWith("bundled:")) {
                if (!Files.isRegularFile(Path.of(path.get()))) {
                    out.println("\nWhere " + row.label() + " allocates now: not profiled, " + path.get() + " is not here");
                    continue;
                }
                args.addAll(List.of("--fixture", path.get()));
            }
            out.println("\nWhere " + row.label() + " allocates now (" + String.join(" ", args) + "):");
            out.flush();
            JsonbenchCommand.execute(out, err, args.toArray(String[]::new));
        }
    }
}
