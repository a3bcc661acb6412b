package dev.jsonbench.bench.compare;

import dev.jsonbench.bench.orchestra.Contestant;
import dev.jsonbench.bench.orchestra.RunRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Go or Rust runner that cannot be measured here: its toolchain is missing ({@code skipped}) or its binary did
 * not build or list ({@code failed}). It offers no mode, so the orchestrator starts no process for it and gives
 * every mode a {@code skipped} result with the reason; {@link ExternalRunners.Selection#finish} then turns those of
 * a failed build into {@code failed}.
 */
public final class UnavailableContestant implements Contestant {

    private final String name;
    private final String language;
    private final String library;
    private final String configuration;
    private final String status;
    private final String reason;

    public UnavailableContestant(String name, String language, String library, String configuration, String status,
                                 String reason) {
        this.name = name;
        this.language = language;
        this.library = library;
        this.configuration = configuration;
        this.status = status;
        this.reason = reason;
    }

    /** {@code skipped} or {@code failed}. */
    public String status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public String library() {
        return library;
    }

    @Override
    public String libraryVersion() {
        return "unknown";
    }

    @Override
    public String configuration() {
        return configuration;
    }

    @Override
    public List<String> modes() {
        return List.of();
    }

    @Override
    public Map<String, String> unsupportedModes() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("typed", reason);
        reasons.put("tree", reason);
        return reasons;
    }

    @Override
    public boolean countsSeparately() {
        return false;
    }

    @Override
    public List<String> runtimeFlags(RunRequest.Kind kind) {
        return List.of();
    }

    @Override
    public List<String> command(RunRequest request) {
        throw new IllegalStateException(name + " cannot run: " + reason);
    }
}
