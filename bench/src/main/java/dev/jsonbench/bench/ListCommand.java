package dev.jsonbench.bench;

import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.bench.compare.ExternalRunners;
import dev.jsonbench.bench.orchestra.JavaContestant;
import dev.jsonbench.bench.report.Report;
import dev.jsonbench.bench.report.ResultsWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> langs = ExternalRunners.languages(languages);
        List<Map<String, Object>> backends = new ArrayList<>();
        if (langs.contains("java")) {
            List<String> names = JsonDecoders.available();
            if (names.isEmpty()) {
                throw CliException.failure("no JSON backend on the class path");
            }
            for (String name : names) {
                JavaContestant c = JavaContestant.of(name);
                Map<String, Object> backend = entry(c.name(), "java", c.library(), c.libraryVersion(), c.modes(), true,
                        c.configuration());
                backend.put("unsupported_modes", c.unsupportedModes());
                backends.add(backend);
            }
        }
        for (ExternalRunners.Described d : ExternalRunners.describe(ExternalRunners.Setup.detect())) {
            if (langs.contains(d.language())) {
                backends.add(entry(d.name(), d.language(), d.library(), d.version(), d.modes(), d.defaultRun(), d.configuration()));
            }
        }
        if (format == ListFormat.json) {
            out.println(ResultsWriter.JSON.writeValueAsString(backends));
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"Backend", "Language", "Library", "Version", "Modes", "Default run", "Configuration"});
            for (Map<String, Object> b : backends) {
                rows.add(new String[]{(String) b.get("name"), (String) b.get("language"), (String) b.get("library"),
                        (String) b.get("version"), String.join(",", modes(b)), (boolean) b.get("default_run") ? "yes" : "no",
                        (String) b.get("configuration")});
            }
            out.print(Report.textTable(rows));
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private static Map<String, Object> entry(String name, String language, String library, String version,
                                             List<String> modes, boolean defaultRun, String configuration) {
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", name);
        backend.put("language", language);
        backend.put("library", library);
        backend.put("version", version);
        backend.put("modes", modes);
        backend.put("default_run", defaultRun);
        backend.put("configuration", configuration);
        return backend;
    }

    @SuppressWarnings("unchecked")
    private static List<String> modes(Map<String, Object> backend) {
        return (List<String>) backend.get("modes");
    }
}
