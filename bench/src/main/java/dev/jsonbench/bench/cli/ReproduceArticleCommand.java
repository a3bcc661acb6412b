package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.article.ArticleClaims;
import dev.jsonbench.bench.article.ArticleTable;
import dev.jsonbench.bench.contestant.Selection;
import dev.jsonbench.bench.contestant.external.ExternalRunners;
import dev.jsonbench.bench.fork.JavaBackends;
import dev.jsonbench.bench.contestant.external.ProjectRoot;
import dev.jsonbench.bench.contestant.external.RunnerRegistry;
import dev.jsonbench.bench.contestant.external.Toolchain;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.html.HtmlReport;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.Benchmark;
import dev.jsonbench.bench.run.Supervisor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jsonbench reproduce article}: the article's table, every cell measured here, its claims beside them. */
@Command(name = "article", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Measures every runner of the article (compare/article-claims.json: serde_json, encoding/json, jsoniter, "
                        + "sonic) and every Java backend, typed mode, on the bundled 2.4 KB fixture, runs interleaved, and "
                        + "prints the article's table (Solution | Time | Peak Memory | Allocations) as markdown: each cell "
                        + "measured, the claimed value and the measured/claimed ratio beside it, speed relative to serde_json "
                        + "measured in the same run, then the environment.",
                "",
                "Defaults: the article's 100,000 iterations, warm-up as many, 5 runs per row. Writes article.md, "
                        + "report.html, results.json and results.md into --out. Go and Rust runners are built when stale; "
                        + "a missing toolchain makes their rows 'skipped'."},
        footer = {"", "Exit codes: 0 every row ok (or skipped), 1 a row failed or decoded wrongly, 2 usage error."})
final class ReproduceArticleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"--backends", "--backend"}, split = ",", paramLabel = "NAME", order = 1,
            description = "Java backends measured beside the article's runners (default: every available one; see 'jsonbench list').")
    List<String> backends;

    @Mixin
    MeasureOptions measure;

    @Override
    public Integer call() {
        Path compare = ProjectRoot.requireCompareDirectory();
        ArticleClaims claims = ArticleClaims.load(compare);
        var sizing = measure.sizing(claims.iterations());
        String heap = measure.heap();
        ExternalRunners.Setup setup = new ExternalRunners.Setup(Optional.of(compare), null, RunnerRegistry.load(compare),
                Toolchain.searchPath());
        for (String runner : claims.runners()) {
            if (setup.owner(runner).isEmpty()) {
                throw BenchException.usage(claims.file() + " names runner '" + runner + "', which no Go or Rust runner binary offers");
            }
        }
        List<String> names = new ArrayList<>(claims.runners());
        names.addAll(javaNames());
        var lineup = Selection.select(names, null, heap, setup, spec.commandLine().getErr());
        var request = new Benchmark.Request("reproduce article", lineup, List.of(Mode.typed), List.of(), null, sizing,
                measure.analysis(), measure.memory(), measure.forkTimeout(), heap, measure.outDirectory(),
                new Config.Claims(claims.file().toString(), claims.iterations()));
        var outcome = new Benchmark(new Supervisor(null)).run(request, document -> {
            String article = ArticleTable.markdown(claims, document);
            return new Benchmark.Rendered(article, Map.of("article.md", article,
                    "report.html", HtmlReport.render(document, ArticleTable.claimsTable(claims, document))));
        }, spec.commandLine().getOut(), spec.commandLine().getErr());
        return (outcome.bad() > 0 ? ExitCode.FAILURE : ExitCode.OK).code();
    }

    private List<String> javaNames() {
        if (backends == null || backends.isEmpty()) {
            return JavaBackends.adapters();
        }
        List<String> available = JavaBackends.all();
        List<String> names = List.copyOf(new LinkedHashSet<>(backends.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        for (String name : names) {
            if (!available.contains(name)) {
                throw BenchException.usage("no Java backend named '" + name + "'; available: " + String.join(", ", available)
                        + " (the article's runners are always included)");
            }
        }
        return names;
    }
}
