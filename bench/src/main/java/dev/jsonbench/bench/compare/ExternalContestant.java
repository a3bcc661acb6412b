package dev.jsonbench.bench.compare;

import dev.jsonbench.bench.orchestra.Contestant;
import dev.jsonbench.bench.orchestra.RunRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Go or Rust runner: one entry of a runner binary's {@code --list}, measured by starting the binary with the
 * protocol's arguments ({@code compare/PROTOCOL.md}). It counts allocations inside its timed run, so it needs no
 * counting process, and it has no JVM flags.
 */
public final class ExternalContestant implements Contestant {

    private final Path binary;
    private final String language;
    private final RunnerList.Entry entry;
    private final String configuration;

    public ExternalContestant(Path binary, String language, RunnerList.Entry entry, String configuration) {
        this.binary = binary.toAbsolutePath();
        this.language = language;
        this.entry = entry;
        this.configuration = configuration;
    }

    public Path binary() {
        return binary;
    }

    @Override
    public String name() {
        return entry.runner();
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public String library() {
        return entry.library();
    }

    @Override
    public String libraryVersion() {
        return entry.libraryVersion();
    }

    @Override
    public String configuration() {
        return configuration;
    }

    @Override
    public List<String> modes() {
        return entry.modes();
    }

    @Override
    public Map<String, String> unsupportedModes() {
        Map<String, String> unsupported = new LinkedHashMap<>();
        for (String mode : List.of("typed", "tree")) {
            if (!entry.modes().contains(mode)) {
                unsupported.put(mode, entry.runner() + " has no " + mode + " mode (" + binary.getFileName() + " --list)");
            }
        }
        return unsupported;
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
        if (request.kind() != RunRequest.Kind.TIMED) {
            throw new IllegalArgumentException(name() + " counts allocations in its timed run; it has no "
                    + request.kind().name().toLowerCase(java.util.Locale.ROOT) + " run");
        }
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.add("--runner");
        command.add(entry.runner());
        command.add("--fixture");
        command.add(request.fixture().toAbsolutePath().toString());
        command.add("--mode");
        command.add(request.mode());
        command.add("--iterations");
        command.add(Integer.toString(request.iterations()));
        command.add("--warmup");
        command.add(Integer.toString(request.warmup()));
        command.add("--expect-digest");
        command.add(request.expectDigest());
        return command;
    }

    @Override
    public String toString() {
        return language + " " + name() + " (" + binary + ")";
    }
}
