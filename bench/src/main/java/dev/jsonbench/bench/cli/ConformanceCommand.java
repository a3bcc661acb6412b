package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.conformance.ConformanceRun;
import dev.jsonbench.bench.conformance.Corpus;
import dev.jsonbench.bench.conformance.HostileReport;
import dev.jsonbench.bench.conformance.HostileRun;
import dev.jsonbench.bench.conformance.Matrix;
import dev.jsonbench.bench.conformance.MatrixFormat;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.report.AtomicFiles;
import dev.jsonbench.bench.run.BenchException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jsonbench conformance}: what every backend accepts and rejects. */
@Command(name = "conformance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Runs every backend over a directory of documents named by the common convention: y_* must be accepted, "
                        + "n_* rejected, i_* is left to the implementation. Prints per backend how many y_ it accepted, "
                        + "n_ it rejected and i_ it accepted, its crashes and timeouts, and every document the backends "
                        + "disagree on (in verdict, or in the value accepted); the html format shows the whole grid.",
                "",
                "Backends: the Java adapters (strict), the Java libraries with their own defaults (*-direct), and the "
                        + "Go and Rust runners (their --validate request; built when stale). Java backends answer in one "
                        + "forked JVM each; a crash or a timeout costs that document only."},
        footer = {"", "Exit codes: 0 every strict adapter accepted every y_ and rejected every n_ without a crash, "
                + "1 otherwise, 2 usage error."})
final class ConformanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The documents (default: the project's corpus, " + Corpus.PROJECT_DIRECTORY + ").")
    Path directory;

    @Option(names = "--backends", split = ",", paramLabel = "NAME", order = 1,
            description = "Backends, comma-separated (see 'jsonbench list'). Default: every Java adapter, every Java "
                    + "library with its defaults, one runner per Go/Rust library; 'all' adds the runners' variants.")
    List<String> backends;

    @Option(names = "--languages", split = ",", paramLabel = "LANG", order = 2,
            description = "${COMPLETION-CANDIDATES}, comma-separated (default: all).")
    List<Language> languages;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", order = 3,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    MatrixFormat format;

    @Option(names = "--out", paramLabel = "FILE", order = 4,
            description = "Write the report to FILE instead of stdout.")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", order = 5,
            description = "Time one backend may take for one document (default: 10; with --hostile 120).")
    Long timeout;

    @Option(names = "--hostile", order = 6,
            description = "Instead of a corpus: measure every backend on hostile inputs (100,000 nested arrays, a 10 MB "
                    + "string, 1e1000000, a 100,000-digit number, 1,000,000 members with colliding hash codes, 100,000 "
                    + "nested typed records): verdict, time, peak memory and the limit that stopped it.")
    boolean hostile;

    @Override
    public Integer call() throws IOException {
        Duration limit = Duration.ofSeconds(timeout != null ? timeout : hostile ? 120 : 10);
        if (limit.toSeconds() < 1) {
            throw BenchException.usage("--timeout must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (hostile) {
            if (directory != null) {
                throw BenchException.usage("--hostile measures built-in documents: it takes no DIR");
            }
            write(HostileReport.render(HostileRun.run(backends, languages, limit, err), format));
            return ExitCode.OK.code();
        }
        Path dir = directory != null ? directory : Corpus.projectDirectory().orElseThrow(() -> BenchException.usage(
                "cannot find the project's corpus (" + Corpus.PROJECT_DIRECTORY + "): give a DIR"));
        Matrix matrix = ConformanceRun.run(Corpus.read(dir), backends, languages, limit, err);
        write(format.render(matrix));
        return matrix.strictAdaptersConform() ? ExitCode.OK.code() : ExitCode.FAILURE.code();
    }

    private void write(String report) throws IOException {
        if (out != null) {
            AtomicFiles.writeText(out, report);
            spec.commandLine().getErr().println("jsonbench: wrote " + out);
            spec.commandLine().getErr().flush();
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(report);
            stdout.flush();
        }
    }
}
