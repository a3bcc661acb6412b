package dev.jsonbench.conformance;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The conformance suite (TCK) every adapter runs: what the contract of {@link JsonDecoder} and
 * {@link dev.jsonbench.api.TypedDecoder} demands, written down once in {@code api/STRICTNESS.md} (the value model,
 * the binding rules, what strict RFC 8259 parsing rejects, the choices the RFC leaves open, the limits). Subclass it
 * in the adapter module's tests (the module depends on {@code dev.jsonbench:jsonbench-conformance} in test scope):
 *
 * <pre>{@code
 * class JacksonConformanceTest extends ConformanceSuite {
 *     @Override
 *     protected JsonDecoder decoder(DecodeLimits limits) {
 *         return JsonDecoders.get("jackson", limits);
 *     }
 * }
 * }</pre>
 *
 * The cases are in ten groups, one class each, which run as the nested classes below: {@link FixtureConformance},
 * {@link ValueModelConformance}, {@link TypedBindingConformance}, {@link Rfc8259Conformance},
 * {@link LimitsConformance}, {@link HostileInputConformance}, {@link PropertyConformance},
 * {@link GenericTypeConformance}, {@link InputConformance} and {@link UserTypeConformance}. Each case's display
 * name says the rule it tests; a parameterized case's display name says which case failed. Each group has a tag
 * ({@code fixture}, {@code value-model}, {@code typed}, {@code rfc8259}, {@code limits}, {@code hostile},
 * {@code property}, {@code generic}, {@code inputs}, {@code user-type}) to run it alone:
 * {@code mvn test -pl adapters/jackson -am -Dgroups=rfc8259}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConformanceSuite {

    private final Map<DecodeLimits, JsonDecoder> decoders = new HashMap<>();

    /** A new decoder of the backend under test enforcing {@code limits}; the suite creates one per limits. */
    protected abstract JsonDecoder decoder(DecodeLimits limits);

    /** The decoder for {@code limits}, created once and shared by every group. */
    final synchronized JsonDecoder decoderFor(DecodeLimits limits) {
        return decoders.computeIfAbsent(limits, this::decoder);
    }

    @Nested
    class Fixture extends FixtureConformance {
        Fixture() {
            super(ConformanceSuite.this);
        }
    }

    @Nested
    class ValueModel extends ValueModelConformance {
        ValueModel() {
            super(ConformanceSuite.this);
        }
    }

    @Nested
    class TypedBinding extends TypedBindingConformance {
        TypedBinding() {
            super(ConformanceSuite.this);
        }
    }

    @Nested
    class Rfc8259 extends Rfc8259Conformance {
        Rfc8259() {
            super(ConformanceSuite.this);
        }
    }

    @Nested
    class Limits extends LimitsConformance {
        Limits() {
            super(ConformanceSuite.this);
        }
    }

    @Nested
    class HostileInput extends HostileInputConformance {
        HostileInput() {
            super(ConformanceSuite.this);
        }
    }

    @Nested
    class Properties extends PropertyConformance {
        Properties() {
            super(ConformanceSuite.this);
        }
    }

    @Nested
    class GenericTypes extends GenericTypeConformance {
        GenericTypes() {
            super(ConformanceSuite.this);
        }
    }

    @Nested
    class Inputs extends InputConformance {
        Inputs() {
            super(ConformanceSuite.this);
        }
    }

    @Nested
    class UserTypes extends UserTypeConformance {
        UserTypes() {
            super(ConformanceSuite.this);
        }
    }
}
