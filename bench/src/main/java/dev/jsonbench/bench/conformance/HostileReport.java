package dev.jsonbench.bench.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.report.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The hostile-input table ({@link HostileRun}) as text: one row per backend, one column per input. */
public final class HostileReport {

    /** Longest library message quoted in a cell. */
    static final int MESSAGE_CHARS = 90;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private HostileReport() {
    }

    public static String render(HostileRun.Table table, MatrixFormat format) {
        return switch (format) {
            case table -> intro(table) + "\n" + TextTable.aligned(rows(table), TextTable.Columns.TEXT);
            case markdown -> intro(table) + "\n\n" + TextTable.markdown(rows(table), TextTable.Columns.TEXT);
            case json -> json(table);
            case html -> throw BenchException.usage("--hostile prints table, markdown or json");
        };
    }

    static String intro(HostileRun.Table table) {
        String startup = table.startupNs().entrySet().stream()
                .map(e -> e.getKey() + " " + time(e.getValue())).collect(Collectors.joining(", "));
        return "Hostile inputs, one process per backend and input, on " + table.machine() + ". Java: the decode alone, "
                + "timed in a forked JVM (-Xms" + JavaBatch.HEAP + " -Xmx" + JavaBatch.HEAP + "), peak = VmHWM reset "
                + "just before the decode (the JVM's own resident set included). Go and Rust: --validate, wall time of "
                + "the whole process (start-up and reading the file included"
                + (startup.isEmpty() ? "" : "; a one-byte document takes " + startup) + "), peak = the process's "
                + "maximum resident set (GNU time). Single measurements on a shared machine: times within a factor "
                + "of two are noise.";
    }

    static List<String[]> rows(HostileRun.Table table) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Backend"));
        for (HostileInput input : HostileInput.values()) {
            header.add(input.description());
        }
        rows.add(header.toArray(String[]::new));
        for (HostileRun.Row row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.column().name() + " (" + row.column().kind() + ")"));
            for (HostileInput input : HostileInput.values()) {
                cells.add(cell(row.cells().get(input)));
            }
            rows.add(cells.toArray(String[]::new));
        }
        return rows;
    }

    static String cell(HostileRun.Cell cell) {
        String figures = (cell.elapsedNs() == null ? "" : ", " + time(cell.elapsedNs()))
                + (cell.peakRssBytes() == null ? "" : ", " + (cell.peakRssBytes() >> 20) + " MiB");
        return switch (cell.outcome()) {
            case accepted -> "accepted" + figures;
            case rejected -> "rejected" + figures + ": " + shorten(cell.stoppedBy());
            case crashed -> "CRASH" + figures + ": " + shorten(cell.message());
            case timed_out -> "timed out: " + cell.message();
            case no_verdict -> "no verdict: " + shorten(cell.message());
            case skipped -> "n/a";
        };
    }

    static String time(long nanos) {
        double ms = nanos / 1e6;
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return ms < 10_000 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    private static String shorten(String message) {
        String line = message == null ? "" : message.strip().replaceAll("\\s+", " ");
        return line.length() <= MESSAGE_CHARS ? line : line.substring(0, MESSAGE_CHARS) + "...";
    }

    private static String json(HostileRun.Table table) {
        try {
            return JSON.writeValueAsString(table) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the hostile table as JSON", e);
        }
    }
}
