package dev.jsonbench.bench;

import dev.jsonbench.api.JsonDecoders;
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

/** {@code jsonbench list}: the backends on the class path. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the available backends with their library version, modes and configuration.")
final class ListCommand implements Callable<Integer> {

    enum ListFormat { table, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ListFormat format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> names = JsonDecoders.available();
        if (names.isEmpty()) {
            throw CliException.failure("no JSON backend on the class path");
        }
        List<Map<String, Object>> backends = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Backend", "Library", "Version", "Modes", "Configuration"});
        for (String name : names) {
            JavaContestant c = JavaContestant.of(name);
            Map<String, Object> backend = new LinkedHashMap<>();
            backend.put("name", c.name());
            backend.put("library", c.library());
            backend.put("version", c.libraryVersion());
            backend.put("modes", c.modes());
            backend.put("unsupported_modes", c.unsupportedModes());
            backend.put("configuration", c.configuration());
            backends.add(backend);
            rows.add(new String[]{c.name(), c.library(), c.libraryVersion(), String.join(",", c.modes()), c.configuration()});
        }
        if (format == ListFormat.json) {
            out.println(ResultsWriter.JSON.writeValueAsString(backends));
        } else {
            out.print(Report.textTable(rows));
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
