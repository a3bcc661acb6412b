package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.contestant.Selection;
import dev.jsonbench.bench.contestant.external.ExternalRunners;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.ReportFormat;
import dev.jsonbench.bench.report.html.HtmlReport;
import dev.jsonbench.bench.run.Benchmark;
import dev.jsonbench.bench.run.Supervisor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jsonbench run}: the benchmark. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Measures every backend decoding the same document again and again, each run in a process of its own "
                        + "(a forked JVM for Java), runs of different backends interleaved; counts allocations exactly; "
                        + "checks every result's digest; writes results.json, results.md and report.html.",
                "",
                "Defaults: every Java backend and one runner per Go/Rust library, modes typed and tree, the bundled 2.4 KB "
                        + "fixture, 100,000 iterations, 5 runs, as many warm-up iterations as measured ones."},
        footer = {"", "Exit codes: 0 every result ok (or skipped), 1 a run failed or decoded wrongly (all other "
                + "results are still written), 2 usage error."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--backends", split = ",", paramLabel = "NAME", order = 1,
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
            description = "typed (into ApiResponse), tree (untyped value model), or both (default: typed,tree).")
    List<Mode> modes;

    @Option(names = "--fixture", paramLabel = "FILE|DIR", order = 4,
            description = "Your own document, or every *.json file of a directory (default: the bundled 2.4 KB API "
                    + "response). Files that are not the fixture model run in tree mode only.")
    Path fixture;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", order = 5,
            description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Mixin
    MeasureOptions measure;

    @Override
    public Integer call() {
        var counts = measure.counts();
        String heap = measure.heap();
        var lineup = Selection.select(backends, languages, heap, ExternalRunners.Setup.detect(), spec.commandLine().getErr());
        List<Mode> chosen = modes == null || modes.isEmpty() ? List.of(Mode.values()) : modes.stream().distinct().toList();
        var request = new Benchmark.Request("run", lineup, chosen, fixture, counts, measure.quick(), measure.analysis(),
                measure.memory(), measure.forkTimeout(), heap, measure.outDirectory(), null);
        var outcome = new Benchmark(new Supervisor(null)).run(request,
                document -> new Benchmark.Rendered(format.render(document), Map.of("report.html", HtmlReport.render(document))),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        return (outcome.bad() > 0 ? ExitCode.FAILURE : ExitCode.OK).code();
    }
}
