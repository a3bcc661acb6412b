package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import java.util.ArrayList;
import dev.jsonbench.bench.report.Work;
import java.util.List;
import java.util.Map;

/**
 * A contestant that is not a JVM: a shell command printing a protocol answer, the way a Go or Rust runner
 * binary will. Records the order in which its requests are made.
 */
final class ScriptContestant implements Contestant {

    private final String name;
    private final List<String> log;
    private final String output;

    /** @param output the JSON printed; %s placeholders: runner, mode */
    ScriptContestant(String name, List<String> log, String output) {
        this.name = name;
        this.log = log;
        this.output = output;
    }

    /** A time run's answer taking {@code elapsedNs}; a count run's answer is {@link #COUNTED}. */
    static String okOutput(long elapsedNs) {
        return "{\"protocol\": 2, \"runner\": \"%s\", \"language\": \"go\", \"library\": \"encoding/json\", "
                + "\"library_version\": \"go1.26\", \"mode\": \"%s\", \"measure\": \"time\", \"status\": \"ok\", "
                + "\"reason\": null, \"iterations\": 100, \"warmup\": 100, \"elapsed_ns\": " + elapsedNs + ", \"cpu_ns\": "
                + elapsedNs + ", \"runtime_rss_bytes\": 8000000, \"peak_rss_bytes\": 9175040, \"peak_rss_scope\": \"loop\", "
                + "\"gc_count\": 12, \"gc_pause_ms\": 1.2, \"digest\": \"0228fb587cc8b600\", "
                + "\"digest_last\": \"0228fb587cc8b600\", \"digest_ok\": true, \"consumed\": 1, \"notes\": [\"GOGC=100\"]}";
    }

    /** A count run's answer: 98 allocations and 6,212 bytes per decode over 10 decodes. */
    static final String COUNTED = "{\"protocol\": 2, \"runner\": \"%s\", \"language\": \"go\", \"mode\": \"%s\", "
            + "\"measure\": \"count\", \"status\": \"ok\", \"iterations\": 10, \"warmup\": 10, \"allocs_total\": 980, "
            + "\"alloc_bytes_total\": 62120, \"allocs_per_op\": 98.0, \"alloc_bytes_per_op\": 6212.0, "
            + "\"allocs_method\": \"runtime.ReadMemStats Mallocs\", \"retained_bytes\": 4000, \"retained_copies\": 1, "
            + "\"digest\": \"0228fb587cc8b600\", \"digest_last\": \"0228fb587cc8b600\", \"digest_ok\": true, \"notes\": []}";

    @Override
    public String name() {
        return name;
    }

    @Override
    public Language language() {
        return Language.go;
    }

    @Override
    public String library() {
        return "encoding/json";
    }

    @Override
    public String libraryVersion() {
        return "go1.26";
    }

    @Override
    public String configuration() {
        return "script";
    }

    @Override
    public Work work() {
        return Work.library_defaults;
    }

    @Override
    public List<Mode> modes() {
        return List.of(Mode.typed, Mode.tree);
    }

    @Override
    public Map<Mode, String> unsupportedModes() {
        return Map.of();
    }

    @Override
    public boolean countsSeparately() {
        return true;
    }

    @Override
    public List<String> runtimeFlags(Measure measure) {
        return List.of();
    }

    @Override
    public List<String> command(RunRequest request) {
        log.add(name + " " + request.mode() + " " + request.measure());
        List<String> command = new ArrayList<>(List.of("sh", "-c", "printf '%s' \"$0\""));
        String answer = request.measure() == Measure.count && output.contains("\"status\": \"ok\"") ? COUNTED : output;
        command.add(String.format(answer, name, request.mode()));
        return command;
    }
}
