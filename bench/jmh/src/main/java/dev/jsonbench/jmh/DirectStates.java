package dev.jsonbench.jmh;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.direct.DirectDecoder;
import dev.jsonbench.direct.DslJsonDirect;
import dev.jsonbench.direct.GsonDirect;
import dev.jsonbench.direct.JacksonDirect;
import dev.jsonbench.direct.JsoniterDirect;
import dev.jsonbench.direct.SimdJsonDirect;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Fixtures;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH states of {@link DirectBenchmark}: one library called directly ({@code jsonbench-direct}, the same code the
 * bench's {@code *-direct} runners run), the fixture, and the jsonbench validator for the {@code _validated} variants.
 */
public final class DirectStates {

    private DirectStates() {
    }

    /** What every direct state holds; each subclass names its library. */
    public abstract static class Direct {
        private DirectDecoder decoder;
        private TypedDecoder<ApiResponse> typed;
        private byte[] json;

        abstract DirectDecoder create();

        @Setup
        public void setup() {
            decoder = create();
            typed = decoder.forType(ApiResponse.class);
            json = Fixtures.apiResponse();
        }

        public ApiResponse typed() {
            return typed.decode(json);
        }

        public Object tree() {
            return decoder.decodeTree(json);
        }

        String name() {
            return decoder.name();
        }

        byte[] json() {
            return json;
        }
    }

    /**
     * A library whose adapter runs the jsonbench validator, with that validator for the {@code _validated} variants.
     * Only these states create one: a validator starts the vector pass's warm-up thread (a core for 1 to 3 s), and a
     * direct fork must not carry it where the adapter's fork does not (Jackson, simdjson).
     */
    public abstract static class Validated extends Direct {
        private StrictJsonValidator validator;

        @Override
        @Setup
        public void setup() {
            super.setup();
            validator = new StrictJsonValidator(name(), DecodeLimits.defaults());
        }

        /** The validator pass a strict adapter over this library needs, then the decode. */
        public ApiResponse typedValidated() {
            validate();
            return typed();
        }

        public Object treeValidated() {
            validate();
            return tree();
        }

        private void validate() {
            byte[] document = json();
            validator.validate(document, 0, document.length);
        }
    }

    @State(Scope.Thread)
    public static class Jackson extends Direct {
        @Override
        DirectDecoder create() {
            return new JacksonDirect();
        }
    }

    @State(Scope.Thread)
    public static class DslJson extends Validated {
        @Override
        DirectDecoder create() {
            return new DslJsonDirect();
        }
    }

    @State(Scope.Thread)
    public static class Jsoniter extends Validated {
        @Override
        DirectDecoder create() {
            return new JsoniterDirect();
        }
    }

    @State(Scope.Thread)
    public static class Gson extends Validated {
        @Override
        DirectDecoder create() {
            return new GsonDirect();
        }
    }

    @State(Scope.Thread)
    public static class SimdJson extends Direct {
        @Override
        DirectDecoder create() {
            return new SimdJsonDirect();
        }
    }
}
