package dev.jsonbench.bench.conformance;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.bench.contestant.Selection;
import dev.jsonbench.bench.contestant.external.ExternalContestant;
import dev.jsonbench.bench.contestant.external.ExternalRunners;
import dev.jsonbench.bench.fork.JavaBackends;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.Contestant;
import dev.jsonbench.bench.run.Supervisor;
import dev.jsonbench.direct.LibraryDefaults;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs the matrix: every chosen backend over every document of a corpus. Java backends answer in a forked JVM each
 * ({@link JavaBatch}); a Go or Rust runner is started once per document with the protocol's {@code --validate}, and
 * built first when stale (a missing toolchain makes its column {@code skipped}).
 *
 * <p>Without {@code --backends} the matrix has every Java adapter, every Java library with its own defaults
 * ({@code *-direct}) and one runner per Go and Rust library; {@code all} adds the runners' variants.
 */
public final class ConformanceRun {

    private ConformanceRun() {
    }

    /**
     * @param backends  names asked for (null or empty: the default set; "all": every runner)
     * @param languages languages asked for (null or empty: all)
     * @param limit     the time one backend may take for one document
     * @param log       progress, one line per backend
     */
    public static Matrix run(Corpus corpus, List<String> backends, List<Language> languages, Duration limit,
                             PrintWriter log) {
        Backends chosen = choose(backends, languages, log);
        List<Path> paths = corpus.documents().stream().map(Corpus.Document::path).toList();
        List<Column> columns = new ArrayList<>();
        List<List<Verdict>> verdicts = new ArrayList<>();
        for (String name : chosen.java()) {
            say(log, name, paths.size());
            columns.add(javaColumn(name));
            verdicts.add(JavaBatch.validate(name, paths, limit));
        }
        for (ExternalContestant runner : chosen.external()) {
            columns.add(externalColumn(runner));
            if (runner.unavailable() != null) {
                verdicts.add(Collections.nCopies(paths.size(),
                        Verdict.of(Verdict.Outcome.skipped, runner.unavailable().reason())));
                continue;
            }
            say(log, runner.name(), paths.size());
            verdicts.add(external(runner, paths, limit));
        }
        return new Matrix(corpus.directory(), corpus.documents(), columns, verdicts, limit.toSeconds());
    }

    /** The backends of a matrix: Java names, then the Go and Rust runners (built, or unavailable with the reason). */
    record Backends(List<String> java, List<ExternalContestant> external) {
    }

    /** Resolves {@code --backends} and {@code --languages} as {@link #run} describes; builds stale runners. */
    static Backends choose(List<String> backends, List<Language> languages, PrintWriter log) {
        ExternalRunners.Setup setup = ExternalRunners.Setup.detect();
        Selection.Choice choice = Selection.choose(backends, languages, JavaBackends.adapters(), JavaBackends.direct(), setup);
        List<String> javaNames = new ArrayList<>(choice.javaNames());
        if ((backends == null || backends.isEmpty()) && choice.languages().contains(Language.java)) {
            javaNames.addAll(JavaBackends.direct());
        }
        List<ExternalContestant> external = new ArrayList<>();
        for (Contestant contestant : ExternalRunners.prepare(choice.external(), choice.strict(), setup, log).contestants()) {
            external.add((ExternalContestant) contestant);
        }
        return new Backends(javaNames, external);
    }

    static Column externalColumn(ExternalContestant runner) {
        Contestant.Unavailable unavailable = runner.unavailable();
        return new Column(runner.name(), runner.language(), false, runner.library(), runner.libraryVersion(),
                runner.configuration(), unavailable == null ? null : unavailable.status() + ": " + unavailable.reason());
    }

    /** A Java backend's column: an adapter as it is, a direct runner as its library's defaults. */
    static Column javaColumn(String name) {
        JsonDecoder decoder;
        try {
            decoder = JavaBackends.get(name);
        } catch (IllegalArgumentException e) {
            throw BenchException.usage(e.getMessage());
        }
        boolean direct = JavaBackends.isDirect(name);
        String configuration = direct ? LibraryDefaults.configuration(name).orElse(decoder.configuration())
                : decoder.configuration();
        return new Column(name, Language.java, !direct, decoder.library(), decoder.backendVersion(), configuration, null);
    }

    private static List<Verdict> external(ExternalContestant runner, List<Path> paths, Duration limit) {
        Supervisor supervisor = new Supervisor(runner.binary().sourceDir());
        List<Verdict> verdicts = new ArrayList<>(paths.size());
        for (Path path : paths) {
            verdicts.add(Verdicts.ofProcess(supervisor.run(List.of(runner.binary().binary().toString(), "--validate",
                    "--runner", runner.name(), "--fixture", path.toAbsolutePath().toString()), limit)));
        }
        return verdicts;
    }

    private static void say(PrintWriter log, String backend, int documents) {
        if (log != null) {
            log.println("jsonbench: " + backend + ": validating " + documents + " documents...");
            log.flush();
        }
    }
}
