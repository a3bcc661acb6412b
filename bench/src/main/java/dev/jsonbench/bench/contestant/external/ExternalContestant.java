package dev.jsonbench.bench.contestant.external;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.run.Contestant;
import dev.jsonbench.bench.run.RunRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A Go or Rust runner: one entry of a runner binary's {@code --list}, measured by starting the binary with the
 * protocol's arguments ({@code compare/PROTOCOL.md}). It counts allocations inside its timed run, so it needs no
 * counting process, and it has no JVM flags. A runner whose toolchain is missing or whose binary did not build is
 * {@link #unavailable()}: it offers no mode and every mode's result gives the reason.
 *
 * @param binary        the runner binary
 * @param listing       the runner as the binary lists it (or as it is known to be, when the binary is unavailable)
 * @param configuration one line saying how the library is configured
 * @param unavailable   why it cannot run, or null
 */
public record ExternalContestant(Path binary, Language language, RunnerListing listing, String configuration,
                                 Unavailable unavailable) implements Contestant {

    public ExternalContestant {
        binary = binary.toAbsolutePath();
    }

    @Override
    public String name() {
        return listing.runner();
    }

    @Override
    public String library() {
        return listing.library();
    }

    @Override
    public String libraryVersion() {
        return listing.libraryVersion();
    }

    @Override
    public List<Mode> modes() {
        return unavailable == null ? listing.modes() : List.of();
    }

    @Override
    public Map<Mode, String> unsupportedModes() {
        Map<Mode, String> unsupported = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            if (unavailable != null) {
                unsupported.put(mode, unavailable.reason());
            } else if (!listing.modes().contains(mode)) {
                unsupported.put(mode, name() + " has no " + mode + " mode (" + binary.getFileName() + " --list)");
            }
        }
        return unsupported;
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
        if (unavailable != null) {
            throw new IllegalStateException(name() + " cannot run: " + unavailable.reason());
        }
        if (request.measure() != Measure.time) {
            throw new IllegalArgumentException(name() + " counts allocations in its timed run; it has no "
                    + request.measure() + " run");
        }
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(request.protocolArguments(name()));
        return command;
    }

    @Override
    public String toString() {
        return language + " " + name() + " (" + binary + ")";
    }
}
