package dev.jsonbench.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.compare.ExternalRunners;
import dev.jsonbench.bench.orchestra.JavaContestant;
import dev.jsonbench.bench.report.Report;
import dev.jsonbench.bench.report.ResultsWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

    @Option(names = "--languages", split = ",", paramLabel = "LANG", description = "java, rust, go (default: all).")
    List<String> languages;

    /** One backend as listed; {@code unsupportedModes} only for Java backends (why a mode cannot run here). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String name, String language, String library, String version, List<String> modes,
               @JsonProperty("default_run") boolean defaultRun, String configuration,
               @JsonProperty("unsupported_modes") Map<String, String> unsupportedModes) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> langs = ExternalRunners.languages(languages);
        List<Row> backends = new ArrayList<>();
        if (langs.contains("java")) {
            List<String> names = JsonDecoders.available();
            if (names.isEmpty()) {
                throw CliException.failure("no JSON backend on the class path");
            }
            for (String name : names) {
                JavaContestant c = JavaContestant.of(name);
                backends.add(new Row(c.name(), "java", c.library(), c.libraryVersion(), c.modes(), true, c.configuration(),
                        c.unsupportedModes()));
            }
        }
        for (ExternalRunners.Described d : ExternalRunners.describe(ExternalRunners.Setup.detect())) {
            if (langs.contains(d.language())) {
                backends.add(new Row(d.name(), d.language(), d.library(), d.version(), d.modes(), d.defaultRun(),
                        d.configuration(), null));
            }
        }
        if (format == ListFormat.json) {
            out.println(ResultsWriter.JSON.writeValueAsString(backends));
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"Backend", "Language", "Library", "Version", "Modes", "Default run", "Configuration"});
            for (Row b : backends) {
                rows.add(new String[]{b.name(), b.language(), b.library(), b.version(), String.join(",", b.modes()),
                        b.defaultRun() ? "yes" : "no", b.configuration()});
            }
            out.print(Report.textTable(rows));
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
