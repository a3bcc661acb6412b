package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.gate.ExportFormat;
import dev.jsonbench.bench.gate.ResultsFiles;
import dev.jsonbench.bench.report.AtomicFiles;
import dev.jsonbench.bench.run.Analysis;
import dev.jsonbench.bench.run.BenchException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jsonbench export FILE --format ...}: results in a format a CI service reads. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Prints results in a format CI services read: github-benchmark (the customSmallerIsBetter input of the "
                        + "github-action-benchmark action: one entry per figure, ns/op, B/op and allocs/op, per row), bmf "
                        + "(Bencher Metric Format: latency, bytes-per-op, allocs-per-op and peak-rss per row), csv, or "
                        + "allocations (results.json with the deterministic figures only: a baseline to commit for "
                        + "'jsonbench compare --alloc-only'). Rows that failed are left out and named on stderr."},
        footer = {"", "Exit codes: 0 ok, 1 a file that cannot be read, 2 usage error."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The results: FILE, DIR or baseline NAME.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "github-benchmark, bmf, csv or allocations.")
    String format;

    @Option(names = "--time", paramLabel = "BASIS",
            description = "Which time is exported: wall or cpu (default: the one the results were ranked by).")
    Analysis.TimeBasis time;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        ExportFormat exports;
        try {
            exports = ExportFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ResultsFiles.Source source = ResultsFiles.read(file);
        String text = exports.render(source.document(), time != null ? time : ResultsFiles.rankedBy(source.document()));
        PrintWriter err = spec.commandLine().getErr();
        List<String> skipped = ExportFormat.skipped(source.document());
        if (!skipped.isEmpty()) {
            err.println("jsonbench export: not exported (no figures): " + String.join("; ", skipped));
        }
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                AtomicFiles.writeText(out, text);
            } catch (IOException e) {
                throw BenchException.failure("cannot write " + out + ": " + e.getMessage());
            }
            err.println("Wrote " + out);
        }
        err.flush();
        return ExitCode.OK.code();
    }
}
