package dev.jsonbench.bench.testing;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.spi.JsonDecoderProvider;
import java.util.Locale;

/** Test-only providers, registered in src/test/resources/META-INF/services. */
public final class TestProviders {

    private TestProviders() {
    }

    /** {@code testref}: a correct backend. */
    public static final class Reference implements JsonDecoderProvider {
        @Override
        public String name() {
            return "testref";
        }

        @Override
        public JsonDecoder create(DecodeLimits limits) {
            return new ReferenceDecoder(name(), limits);
        }
    }

    abstract static class Faulty implements JsonDecoderProvider {
        private final FaultyDecoder.Fault fault;

        Faulty(FaultyDecoder.Fault fault) {
            this.fault = fault;
        }

        @Override
        public String name() {
            return "fault-" + fault.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public JsonDecoder create(DecodeLimits limits) {
            return new FaultyDecoder(name(), limits, fault);
        }
    }

    public static final class Throw extends Faulty {
        public Throw() {
            super(FaultyDecoder.Fault.THROW);
        }
    }

    public static final class Hang extends Faulty {
        public Hang() {
            super(FaultyDecoder.Fault.HANG);
        }
    }

    public static final class Wrong extends Faulty {
        public Wrong() {
            super(FaultyDecoder.Fault.WRONG);
        }
    }

    public static final class Crash extends Faulty {
        public Crash() {
            super(FaultyDecoder.Fault.CRASH);
        }
    }

    public static final class Garbage extends Faulty {
        public Garbage() {
            super(FaultyDecoder.Fault.GARBAGE);
        }
    }

    public static final class SlowCount extends Faulty {
        public SlowCount() {
            super(FaultyDecoder.Fault.SLOWCOUNT);
        }
    }
}
