package dev.jsonbench.bench.orchestra;

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
    public String language() {
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
    public List<String> modes() {
        return delegate.modes();
    }

    @Override
    public Map<String, String> unsupportedModes() {
        return delegate.unsupportedModes();
    }

    @Override
    public boolean countsSeparately() {
        return delegate.countsSeparately();
    }

    @Override
    public List<String> runtimeFlags(RunRequest.Kind kind) {
        return delegate.runtimeFlags(kind);
    }

    @Override
    public List<String> command(RunRequest request) {
        return delegate.command(request);
    }
}
