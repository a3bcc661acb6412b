package dev.jsonbench.bench.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jsonbench.bench.fork.JavaBackends;
import dev.jsonbench.bench.contestant.external.ExternalRunners;
import dev.jsonbench.bench.contestant.java.JavaContestant;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.bench.report.TextTable;
import dev.jsonbench.bench.run.BenchException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jsonbench list}: the Java backends on the class path and the Go and Rust runners of {@code compare/}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists every backend with its language, library version, modes and configuration: the Java backends "
                + "on the class path, then the Go and Rust runners (their versions as the built binaries report them; "
                + "nothing is built).",
                "'default run' says whether 'jsonbench run' measures it without --backends: variants of a library run when "
                + "named, or with --backends all."})
final class ListCommand implements Callable<Integer> {

    enum ListFormat { table, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ListFormat format;

    @Option(names = "--languages", split = ",", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES} (default: all).")
    List<Language> languages;

    @Option(names = "--wide", description = "One line per backend, its configuration in a column, whatever the width.")
    boolean wide;

    /** One backend as listed; {@code unsupportedModes} only for Java backends (why a mode cannot run here). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String name, Language language, String library, String version, List<Mode> modes, boolean defaultRun,
               String configuration, Map<Mode, String> unsupportedModes) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Language> langs = languages == null || languages.isEmpty() ? Arrays.asList(Language.values()) : languages;
        List<Row> backends = new ArrayList<>();
        if (langs.contains(Language.java)) {
            if (JavaBackends.adapters().isEmpty()) {
                throw BenchException.failure("no JSON backend on the class path");
            }
            for (String name : JavaBackends.all()) {
                JavaContestant c = JavaContestant.of(name);
                backends.add(new Row(c.name(), Language.java, c.library(), c.libraryVersion(), c.modes(),
                        !JavaBackends.isDirect(name), c.configuration(), c.unsupportedModes()));
            }
        }
        for (ExternalRunners.Described d : ExternalRunners.describe(ExternalRunners.Setup.detect())) {
            if (langs.contains(d.language())) {
                backends.add(new Row(d.runner().runner(), d.language(), d.runner().library(), d.version(),
                        d.runner().modes(), d.runner().defaultRun(), d.runner().configuration(), null));
            }
        }
        if (format == ListFormat.json) {
            out.print(ResultsJson.toJson(backends));
        } else {
            // The configurations are long sentences: in a column with --wide, else wrapped below the table.
            List<String[]> rows = new ArrayList<>();
            rows.add(wide ? new String[]{"Backend", "Language", "Library", "Version", "Modes", "Default run", "Configuration"}
                    : new String[]{"Backend", "Language", "Library", "Version", "Modes", "Default run"});
            for (Row b : backends) {
                String[] cells = {b.name(), b.language().name(), b.library(), b.version(),
                        b.modes().stream().map(Mode::name).collect(Collectors.joining(",")), b.defaultRun() ? "yes" : "no"};
                rows.add(wide ? append(cells, b.configuration()) : cells);
            }
            int width = Terminal.width(wide);
            out.print(TextTable.aligned(rows, TextTable.Columns.TEXT, width));
            if (!wide) {
                out.println();
                out.println("Configuration:");
                for (Row b : backends) {
                    out.print(TextTable.wrap(b.name() + ": " + b.configuration(), width, "  ", "    "));
                }
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private static String[] append(String[] cells, String cell) {
        String[] out = java.util.Arrays.copyOf(cells, cells.length + 1);
        out[cells.length] = cell;
        return out;
    }
}
