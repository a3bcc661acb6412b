package dev.jsonbench.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ThreadStatesTest {

    private static final int RETAINED = 100;

    /** A state that counts how often it was ended. */
    static final class Counted extends ThreadStates.State {
        final int serial;
        int ended;

        Counted(int serial) {
            this.serial = serial;
        }

        @Override
        protected void end() {
            ended++;
        }
    }

    private final AtomicInteger created = new AtomicInteger();
    private final ThreadStates<Counted> states = new ThreadStates<>(() -> new Counted(created.incrementAndGet()), RETAINED);

    @Test
    void aThreadKeepsItsStateAcrossDecodesAndEachReleaseEndsIt() {
        Counted first = states.acquire();
        states.release(first, RETAINED);
        Counted second = states.acquire();
        states.release(second, 0);
        assertThat(second).isSameAs(first);
        assertThat(first.ended).isEqualTo(2);
        assertThat(created).hasValue(1);
    }

    @Test
    void aDecodeStartedWhileTheStateIsLentGetsAPrivateOne() {
        Counted outer = states.acquire();
        Counted inner = states.acquire();
        assertThat(inner).isNotSameAs(outer);
        states.release(inner, RETAINED + 1); // a private state is never the thread's, whatever the length
        states.release(outer, 0);
        assertThat(states.acquire()).isSameAs(outer);
    }

    @Test
    void aLongDocumentDropsTheThreadsState() {
        Counted first = states.acquire();
        states.release(first, RETAINED + 1);
        assertThat(first.ended).isEqualTo(1);
        Counted next = states.acquire();
        assertThat(next).isNotSameAs(first);
        assertThat(next.serial).isEqualTo(2);
    }

    @Test
    void threadsHaveTheirOwnStates() throws Exception {
        Counted here = states.acquire();
        Counted there = CompletableFuture.supplyAsync(states::acquire).get();
        assertThat(there).isNotSameAs(here);
        states.release(here, 0);
    }
}
