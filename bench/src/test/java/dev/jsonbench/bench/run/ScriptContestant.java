package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import java.util.ArrayList;
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

    static String okOutput(long elapsedNs) {
        return "{\"protocol\": 1, \"runner\": \"%s\", \"language\": \"go\", \"library\": \"encoding/json\", "
                + "\"library_version\": \"go1.26\", \"mode\": \"%s\", \"status\": \"ok\", \"reason\": null, "
                + "\"iterations\": 100, \"warmup\": 100, \"elapsed_ns\": " + elapsedNs + ", \"alloc_bytes_per_op\": 6212.0, "
                + "\"allocs_per_op\": 98.0, \"allocs_method\": \"runtime.ReadMemStats Mallocs\", \"peak_rss_bytes\": 9175040, "
                + "\"peak_rss_scope\": \"loop\", \"gc_count\": 12, \"gc_pause_ms\": 1.2, \"digest\": \"0228fb587cc8b600\", "
                + "\"digest_last\": \"0228fb587cc8b600\", \"digest_ok\": true, \"consumed\": 1, \"notes\": [\"GOGC=100\"]}";
    }

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
    public List<Mode> modes() {
        return List.of(Mode.typed, Mode.tree);
    }

    @Override
    public Map<Mode, String> unsupportedModes() {
        return Map.of();
    }

    @Override
    public boolean countsSeparately() {
        return false;
    }

    @Override
    public List<String> runtimeFlags(Measure measure) {
        return List.of();
    }

    @Override
    public List<String> command(RunRequest request) {
        log.add(name + " " + request.mode() + " " + request.measure());
        List<String> command = new ArrayList<>(List.of("sh", "-c", "printf '%s' \"$0\""));
        command.add(String.format(output, name, request.mode()));
        return command;
    }
}
