package dev.jsonbench.bench.contestant.external;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.report.Work;
import dev.jsonbench.bench.run.Contestant;
import dev.jsonbench.bench.run.RunRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A Go or Rust runner: one runner of a binary of {@code compare/}, measured by starting the binary with the
 * protocol's arguments ({@code compare/PROTOCOL.md}); its allocations are counted in runs of their own, by the count
 * binary where the build has one (Rust). A runner whose toolchain is missing or whose binary did not build is
 * {@link #unavailable()}: it offers no mode and every mode's result gives the reason.
 *
 * @param binary      the binary (and its build) that offers it
 * @param listing     the runner as the registry knows it, with the version and build settings its binary reports
 * @param unavailable why it cannot run, or null
 */
public record ExternalContestant(RunnerBinary binary, RunnerListing listing, Unavailable unavailable) implements Contestant {

    @Override
    public String name() {
        return listing.runner();
    }

    @Override
    public Language language() {
        return binary.language();
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
    public String configuration() {
        return listing.configuration();
    }

    @Override
    public Work work() {
        return Work.library_defaults;
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
                unsupported.put(mode, name() + " has no " + mode + " mode (" + binary.binary().getFileName() + " --list)");
            }
        }
        return unsupported;
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
        if (unavailable != null) {
            throw new IllegalStateException(name() + " cannot run: " + unavailable.reason());
        }
        if (request.measure() == Measure.profile) {
            throw new IllegalArgumentException(name() + " has no allocation profile: only the Java forks record one");
        }
        List<String> command = new ArrayList<>();
        command.add(binary.binaryFor(request.measure()).toString());
        command.addAll(request.protocolArguments(name()));
        return command;
    }

    @Override
    public String toString() {
        return language() + " " + name() + " (" + binary.binary() + ")";
    }
}
