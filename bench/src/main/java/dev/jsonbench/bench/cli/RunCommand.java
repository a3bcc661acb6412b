package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.contestant.Selection;
import dev.jsonbench.bench.contestant.external.ExternalRunners;
import dev.jsonbench.bench.fork.UserType;
import dev.jsonbench.bench.gate.BaselineStep;
import dev.jsonbench.bench.gate.ResultsFiles;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.ReportFormat;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.Benchmark;
import dev.jsonbench.bench.run.Supervisor;
import dev.jsonbench.fixtures.generate.Suite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jsonbench run}: the benchmark. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Measures every backend decoding the same document again and again, each run in a process of its own "
                        + "(a forked JVM for Java), runs of different backends interleaved; counts allocations exactly; "
                        + "checks every result's digest; writes results.json, results.md and report.html.",
                "",
                "Defaults: every Java backend and one runner per Go/Rust library, modes typed and tree, the bundled 2.4 KB "
                        + "fixture; 5 timed runs of 20,000 decodes each (100,000 in all; a larger document decodes the same "
                        + "bytes), each after as many warm-up decodes."},
        footer = {"", "Exit codes: 0 every result ok (or skipped), 1 a run failed or decoded wrongly (all other "
                + "results are still written) or the run has nothing in common with --baseline, 2 usage error, 3 a row "
                + "regressed against --baseline."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"--backends", "--backend"}, split = ",", paramLabel = "NAME", order = 1,
            description = "Backends to measure, comma-separated: Java backends and Go/Rust runners alike, e.g. "
                    + "jackson,serde-json-owned,encoding-json (see 'jsonbench list'). Default: every Java backend and one "
                    + "runner per Go/Rust library, of --languages; 'all' adds the variants (serde-json-borrowed, "
                    + "jsoniter-fastest, sonic-std, encoding-json-v2).")
    List<String> backends;

    @Option(names = "--languages", split = ",", paramLabel = "LANG", order = 2,
            description = "${COMPLETION-CANDIDATES}, comma-separated (default: all). Go and Rust runners are built when "
                    + "stale; a missing toolchain makes them 'skipped'.")
    List<Language> languages;

    @Option(names = "--modes", split = ",", paramLabel = "MODE", order = 3,
            description = "typed (into ApiResponse, or --type), tree (untyped value model), or both (default: typed,tree).")
    List<Mode> modes;

    @Option(names = "--fixture", paramLabel = "FILE|DIR", order = 4,
            description = "Your own document, or every *.json file of a directory (default: the bundled 2.4 KB API "
                    + "response). Files that are not the fixture model run in tree mode only.")
    Path fixture;

    @Option(names = "--suite", paramLabel = "SUITE", order = 5,
            description = "A documented set of generated documents instead of --fixture: ${COMPLETION-CANDIDATES} "
                    + "(sizes: the api shape at 1k, 16k, 256k, 4m, typed and tree; shapes: api, numbers, strings, nested, "
                    + "wide at 64k, tree (api typed too); all: both). The documents are kept in the output directory.")
    Suite suite;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", order = 6,
            description = "Seed of the --suite documents (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--type", paramLabel = "TYPE", order = 7,
            description = "Typed mode binds your own type instead of the fixture model, checked against the tree of the "
                    + "same document: a class name or a generic type, e.g. com.acme.Order or 'List<com.acme.Order>' "
                    + "(nested classes: Outer$Inner). Java backends only; one that cannot bind a component says which and "
                    + "why.")
    String type;

    @Option(names = {"--classpath", "--cp"}, paramLabel = "PATH", order = 8,
            description = "Where --type's classes are: directories and jars separated by '${sys:path.separator}', e.g. "
                    + "target/classes.")
    String classpath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", order = 9,
            description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--baseline", paramLabel = "FILE|NAME", order = 6,
            description = "Judge this run against earlier results (a results.json, a result folder or a name saved with "
                    + "--save-baseline), as 'jsonbench compare' does; writes diff.md and diff.json beside results.json.")
    String baseline;

    @Option(names = "--save-baseline", paramLabel = "NAME", order = 7,
            description = "Keep this run as results/baselines/NAME.json, for --baseline NAME and 'jsonbench compare NAME ...' "
                    + "(not when a result failed).")
    String saveBaseline;

    @Mixin
    MeasureOptions measure;

    @Mixin
    RegressionOptions regression;

    @Override
    public Integer call() {
        var sizing = measure.sizing();
        String heap = measure.heap();
        var analysis = measure.analysis();
        var criteria = regression.criteria(analysis.confidence(), analysis.basis());
        String saveAs = saveBaseline == null ? null : ResultsFiles.checkedName(saveBaseline);
        ResultsFiles.Source base = baseline == null ? null : ResultsFiles.read(baseline); // before hours of measuring
        PrintWriter err = spec.commandLine().getErr();
        var lineup = Selection.select(backends, languages, heap, ExternalRunners.Setup.detect(), err);
        List<Mode> chosen = modes == null || modes.isEmpty() ? List.of(Mode.values()) : modes.stream().distinct().toList();
        var outDirectory = measure.outDirectory();
        var request = new Benchmark.Request("run", lineup, chosen, documents(outDirectory), userType(), sizing, analysis,
                measure.memory(), measure.forkTimeout(), heap, outDirectory, null);
        var step = new BaselineStep(format, base, criteria, outDirectory.resolve("results.json").toString(), saveAs);
        var outcome = new Benchmark(new Supervisor(null)).run(request, step, spec.commandLine().getOut(), err);
        step.finish(outcome, err);
        if (step.diff() != null && regression.sites()) {
            CompareCommand.showSites(step.diff(), outcome.document(), spec.commandLine().getOut(), err);
        }
        err.flush();
        if (outcome.bad() > 0 || step.problem() != null) {
            return ExitCode.FAILURE.code();
        }
        return step.diff() == null ? ExitCode.OK.code() : CompareCommand.exitCode(step.diff());
    }

    /** The user's type, loaded once here so that a wrong name or class path is a usage error before anything runs. */
    private UserType userType() {
        if (type == null) {
            if (classpath != null) {
                throw new ParameterException(spec.commandLine(), "--classpath goes with --type");
            }
            return null;
        }
        UserType user = UserType.of(type, classpath);
        try {
            user.resolve();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--type " + type + ": " + e.getMessage());
        }
        return user;
    }

    /**
     * The user's file or directory, a suite's files (generated into the output directory, kept with the results), or
     * none for the bundled fixture.
     */
    private List<Path> documents(Path outDirectory) {
        if (suite == null) {
            return fixture == null ? List.of() : List.of(fixture);
        }
        if (fixture != null) {
            throw new ParameterException(spec.commandLine(), "--suite and --fixture cannot be combined");
        }
        Path directory = outDirectory.resolve("documents");
        try {
            return suite.writeTo(directory, seed);
        } catch (IOException e) {
            throw BenchException.failure("cannot write the " + suite + " suite's documents into " + directory + ": "
                    + e.getMessage());
        }
    }
}
