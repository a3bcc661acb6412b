package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.report.Work;
import java.util.List;
import java.util.Map;

/** A contestant that forwards everything to another, for tests to override one thing. */
class DelegatingContestant implements Contestant {

    private final Contestant delegate;

    DelegatingContestant(Contestant delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Language language() {
        return delegate.language();
    }

    @Override
    public String library() {
        return delegate.library();
    }

    @Override
    public String libraryVersion() {
        return delegate.libraryVersion();
    }

    @Override
    public String configuration() {
        return delegate.configuration();
    }

    @Override
    public Work work() {
        return delegate.work();
    }

    @Override
    public List<Mode> modes() {
        return delegate.modes();
    }

    @Override
    public Map<Mode, String> unsupportedModes() {
        return delegate.unsupportedModes();
    }

    @Override
    public boolean countsSeparately() {
        return delegate.countsSeparately();
    }

    @Override
    public List<String> runtimeFlags(Measure measure) {
        return delegate.runtimeFlags(measure);
    }

    @Override
    public List<String> command(RunRequest request) {
        return delegate.command(request);
    }
}
