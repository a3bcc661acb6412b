package dev.jsonbench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jsonbench.bench.cli.JmhCommand.OverheadOptions;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.ResultsJson;
import dev.jsonbench.jmh.OverheadPlan.Pair;
import dev.jsonbench.jmh.OverheadStats.Overhead;
import dev.jsonbench.jmh.PairResult.Scores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Fork;

/** {@link AdapterOverhead}'s output: the table for stdout and the JSON file. */
final class OverheadReport {

    static final String METHOD = "Per round, one JMH fork (avgt, GC profiler, the thread's CPU time around each iteration)"
            + " each of the adapter (DecoderBenchmark.decode), the library called directly (DirectBenchmark.<backend>_<mode>)"
            + " and, where the adapter runs the strict validator, direct plus that validator (_validated), run next to each"
            + " other in an order reversed every other round, the pair order rotated every round; overhead = median over"
            + " rounds of the same-round ratio adapter/direct, minus 1, with the distribution-free (sign-test) interval of"
            + " that median; the same in thread CPU time per operation.";

    /**
     * 3: per-round CPU time of the validated benchmark and per-round B/op of every benchmark, so that runs can be
     * pooled; 4: the machine and software measured on ({@code environment}, as in results.json).
     */
    static final int SCHEMA = 4;

    /** The fields of {@code environment} that runs to be pooled must share: the same CPU, cores and JDK. */
    private static final List<String> MACHINE = List.of("cpu_model", "cores", "jdk_version");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OverheadReport() {
    }

    /** A Markdown table, one row per pair. */
    static String table(List<PairResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"backend", "mode", "adapter ns/op", "direct ns/op", "overhead [95% CI]",
            "CPU overhead [95% CI]", "direct+validator ns/op", "over direct+validator [95% CI]", "adapter B/op",
            "direct B/op"});
        for (PairResult r : results) {
            rows.add(new String[] {
                r.pair().backend(),
                r.pair().mode(),
                number(r.adapter().medianNs()),
                number(r.direct().medianNs()),
                overhead(r.overhead()),
                Double.isNaN(r.adapter().medianCpuNs()) ? "-" : overhead(r.cpuOverhead()),
                r.validated() == null ? "-" : number(r.validated().medianNs()),
                r.validated() == null ? "-" : overhead(r.wrapperOverhead()),
                number(r.adapter().medianBytesPerOp()),
                number(r.direct().medianBytesPerOp())});
        }
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            appendRow(table, rows.get(i), widths);
            if (i == 0) {
                appendRuler(table, widths);
            }
        }
        IntSummaryStatistics rounds = results.stream().mapToInt(r -> r.adapter().rounds()).summaryStatistics();
        table.append("\nns/op and B/op: medians over ").append(rounds.getMin())
                .append(rounds.getMin() == rounds.getMax() ? "" : " to " + rounds.getMax())
                .append(" rounds, one fork each; overhead: median of")
                .append(" the per-round ratios adapter/baseline, minus 1, [its distribution-free interval, minus 1]; an")
                .append(" interval shown with a level covers less than 95% (too few rounds). CPU: the same on the")
                .append(" benchmark thread's CPU time per operation.\n");
        return table.toString();
    }

    /** This machine, JVM and commit; the JVM flags are those of the measured forks. */
    static Environment environment() {
        return Environment.collect(Map.of(), jvmArgs(), Environment.Toolchains.NONE);
    }

    /** Both benchmark classes carry the same @Fork jvmArgs (a test checks it) and the options do not change them. */
    private static List<String> jvmArgs() {
        return List.of(DecoderBenchmark.class.getAnnotation(Fork.class).jvmArgs());
    }

    /** One line naming where a run was measured, for under its table. */
    static String measuredOn(Environment e) {
        String commit = shortCommit(e.gitCommit()) + (Boolean.TRUE.equals(e.gitDirty()) ? " with uncommitted changes" : "");
        return "Measured on " + e.cpuModel() + ", " + e.cores() + " cores, " + e.os() + " " + e.kernel() + ", JDK "
                + e.jdkVersion() + ", at " + commit + ", " + e.date() + ".\n";
    }

    /** A commit as git abbreviates it, or "an unknown commit". */
    static String shortCommit(String commit) {
        return commit == null ? "an unknown commit" : commit.substring(0, Math.min(7, commit.length()));
    }

    static ObjectNode json(List<PairResult> results, OverheadOptions options, Environment environment) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("method", METHOD);
        root.put("rounds", options.rounds());
        ObjectNode jmh = root.putObject("jmh");
        jmh.put("warmup_iterations", options.warmupIterations());
        jmh.put("iterations", options.iterations());
        jmh.put("time_s", options.timeSeconds());
        ArrayNode jvmArgs = root.putArray("jvm_args");
        jvmArgs().forEach(jvmArgs::add);
        root.set("environment", ResultsJson.MAPPER.valueToTree(environment));
        ArrayNode pairs = root.putArray("pairs");
        for (PairResult r : results) {
            ObjectNode pair = pairs.addObject();
            pair.put("backend", r.pair().backend());
            pair.put("mode", r.pair().mode());
            putArray(pair, "adapter_ns", r.adapter().ns());
            putArray(pair, "direct_ns", r.direct().ns());
            putArray(pair, "validated_ns", r.validated() == null ? null : r.validated().ns());
            putArray(pair, "adapter_cpu_ns", r.adapter().cpuNs());
            putArray(pair, "direct_cpu_ns", r.direct().cpuNs());
            putArray(pair, "validated_cpu_ns", r.validated() == null ? null : r.validated().cpuNs());
            putArray(pair, "adapter_b_per_op_rounds", r.adapter().bytesPerOp());
            putArray(pair, "direct_b_per_op_rounds", r.direct().bytesPerOp());
            putArray(pair, "validated_b_per_op_rounds", r.validated() == null ? null : r.validated().bytesPerOp());
            putNumber(pair, "adapter_median_ns", r.adapter().medianNs());
            putNumber(pair, "direct_median_ns", r.direct().medianNs());
            putNumber(pair, "validated_median_ns", r.validated() == null ? Double.NaN : r.validated().medianNs());
            putNumber(pair, "adapter_cpu_median_ns", r.adapter().medianCpuNs());
            putNumber(pair, "direct_cpu_median_ns", r.direct().medianCpuNs());
            putOverhead(pair, "overhead", r.overhead());
            putOverhead(pair, "cpu_overhead", Double.isNaN(r.adapter().medianCpuNs()) ? null : r.cpuOverhead());
            putOverhead(pair, "wrapper_overhead", r.wrapperOverhead());
            putNumber(pair, "adapter_b_per_op", r.adapter().medianBytesPerOp());
            putNumber(pair, "direct_b_per_op", r.direct().medianBytesPerOp());
        }
        return root;
    }

    /**
     * What {@link #json} wrote: the measuring settings (method, JMH options, JVM flags), the machine (CPU, cores and
     * JDK; null fields before schema 4), the commit, and the pairs with their per-round scores. A file of schema 2 has
     * no per-round B/op: NaN there.
     *
     * @throws IOException if the file cannot be read or is not such a file
     */
    static Run read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        int schema = root.path("schema").asInt();
        if (schema < 2 || schema > SCHEMA || !root.path("pairs").isArray()) {
            throw new IOException(file + " is not a result of jsonbench jmh overhead (schema 2 to " + SCHEMA + ")");
        }
        ObjectNode settings = ((ObjectNode) root).deepCopy();
        settings.remove(List.of("pairs", "rounds", "schema", "environment"));
        JsonNode environment = root.path("environment");
        ObjectNode machine = MAPPER.createObjectNode();
        for (String field : MACHINE) {
            machine.set(field, environment.path(field).isMissingNode() ? machine.nullNode() : environment.get(field));
        }
        List<PairResult> pairs = new ArrayList<>();
        for (JsonNode pair : root.get("pairs")) {
            Pair key = new Pair(pair.path("backend").asText(), pair.path("mode").asText());
            Scores validated = pair.path("validated_ns").isArray()
                    ? scores(pair, "validated_ns", "validated_cpu_ns", "validated_b_per_op_rounds") : null;
            pairs.add(new PairResult(key, scores(pair, "adapter_ns", "adapter_cpu_ns", "adapter_b_per_op_rounds"),
                    scores(pair, "direct_ns", "direct_cpu_ns", "direct_b_per_op_rounds"), validated));
        }
        return new Run(settings, machine, environment.path("git_commit").asText(null), pairs);
    }

    /**
     * A file read back.
     *
     * @param settings  method, JMH options and JVM flags
     * @param machine   CPU model, cores and JDK version, each null where the file does not say
     * @param gitCommit the commit measured, or null where the file does not say
     */
    record Run(JsonNode settings, JsonNode machine, String gitCommit, List<PairResult> pairs) {
    }

    /** One benchmark's rounds; the CPU times and B/op NaN where the file has none. */
    private static Scores scores(JsonNode pair, String ns, String cpuNs, String bytesPerOp) throws IOException {
        double[] times = doubles(pair.get(ns));
        if (times == null || times.length == 0) {
            throw new IOException("pair " + pair.path("backend").asText() + " " + pair.path("mode").asText() + " has no " + ns);
        }
        return new Scores(times, orNaN(doubles(pair.get(cpuNs)), times.length), orNaN(doubles(pair.get(bytesPerOp)), times.length));
    }

    private static double[] doubles(JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).isNumber() ? array.get(i).asDouble() : Double.NaN;
        }
        return values;
    }

    private static double[] orNaN(double[] values, int rounds) {
        if (values != null && values.length == rounds) {
            return values;
        }
        double[] none = new double[rounds];
        Arrays.fill(none, Double.NaN);
        return none;
    }

    /** Writes to a temporary file next to {@code out}, then renames it: a reader never sees half a file. */
    static void write(ObjectNode json, Path out) throws IOException {
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), out.getFileName().toString(), ".tmp");
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), json);
            Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void appendRow(StringBuilder table, String[] row, int[] widths) {
        table.append('|');
        for (int c = 0; c < row.length; c++) {
            String pad = " ".repeat(widths[c] - row[c].length());
            // backend and mode left-aligned, the numbers right-aligned
            table.append(' ').append(c < 2 ? row[c] + pad : pad + row[c]).append(" |");
        }
        table.append('\n');
    }

    private static void appendRuler(StringBuilder table, int[] widths) {
        table.append('|');
        for (int c = 0; c < widths.length; c++) {
            table.append(' ').append(c < 2 ? "-".repeat(widths[c]) : "-".repeat(widths[c] - 1) + ":").append(" |");
        }
        table.append('\n');
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String overhead(Overhead o) {
        String level = o.level() < OverheadStats.CONFIDENCE
                ? String.format(Locale.ROOT, " at %.1f%%", o.level() * 100) : "";
        return percent(o.median()) + " [" + percent(o.low()) + ", " + percent(o.high()) + level + "]";
    }

    /** {@code name}: {median, low, high, level} or null. */
    private static void putOverhead(ObjectNode node, String name, Overhead o) {
        if (o == null) {
            node.putNull(name);
            return;
        }
        ObjectNode overhead = node.putObject(name);
        overhead.put("median", o.median());
        overhead.put("low", o.low());
        overhead.put("high", o.high());
        overhead.put("level", o.level());
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static void putArray(ObjectNode node, String name, double[] values) {
        if (values == null) {
            node.putNull(name);
            return;
        }
        ArrayNode array = node.putArray(name);
        for (double value : values) {
            array.add(value);
        }
    }
}
