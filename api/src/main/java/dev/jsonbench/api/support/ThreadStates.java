package dev.jsonbench.api.support;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The per-thread state of one decoder (a reusable reader, a validator, buffers), lent to one decode at a time:
 * <ul>
 *   <li>each thread keeps its own state, created on its first decode;</li>
 *   <li>a decode that starts while its thread's state is lent (a record constructor that decodes again) gets a new
 *       private state, so that the outer decode's state is not overwritten;</li>
 *   <li>a state that has just served a document longer than {@code retainedDocumentBytes} is dropped, so that
 *       buffers grown for one huge document are not kept for the life of the thread.</li>
 * </ul>
 * Use it as:
 * <pre>{@code
 * S state = states.acquire();
 * try {
 *     ... decode with state ...
 * } finally {
 *     states.release(state, length);
 * }
 * }</pre>
 * Acquiring and releasing allocate nothing once the thread's state exists.
 *
 * @param <S> the adapter's state
 */
public final class ThreadStates<S extends ThreadStates.State> {

    /** Documents up to this length leave the thread's state in place, whatever buffers they grew. */
    public static final int DEFAULT_RETAINED_DOCUMENT_BYTES = 256 * 1024;

    /** What a decoder keeps per thread. Not thread-safe: {@link ThreadStates} lends it to one decode at a time. */
    public abstract static class State {
        boolean lent;

        /** Lets go of the document just decoded (the caller's bytes), so that the state does not keep it reachable. */
        protected abstract void end();
    }

    private final Supplier<S> newState;
    private final int retainedDocumentBytes;
    private final ThreadLocal<S> states;

    /**
     * @param newState              a new state, for a thread's first decode and for each re-entrant one
     * @param retainedDocumentBytes after a longer document the thread's state is dropped (see the class comment)
     */
    public ThreadStates(Supplier<S> newState, int retainedDocumentBytes) {
        this.newState = Objects.requireNonNull(newState, "newState");
        this.retainedDocumentBytes = retainedDocumentBytes;
        this.states = ThreadLocal.withInitial(newState);
    }

    /** This thread's state, or a new private one if the thread's state is lent to a decode under way. */
    public S acquire() {
        S state = states.get();
        if (state.lent) {
            state = newState.get();
        }
        state.lent = true;
        return state;
    }

    /** Takes {@code state} back after a decode of {@code documentLength} bytes, successful or not. */
    public void release(S state, int documentLength) {
        state.end();
        state.lent = false;
        if (documentLength > retainedDocumentBytes && states.get() == state) {
            states.remove();
        }
    }
}
