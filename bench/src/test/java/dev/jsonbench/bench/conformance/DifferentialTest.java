package dev.jsonbench.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.AbstractJsonDecoder;
import dev.jsonbench.api.support.BoundTypedDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The differential check finds what it must and nothing on agreeing decoders. */
class DifferentialTest {

    /** The five adapters of this repository (the test class path also holds test backends). */
    static final List<String> ADAPTERS = List.of("jackson", "dsljson", "jsoniter", "gson", "simdjson");

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theAdaptersAgreeWithTheReferenceOnTypedAndTreeDocuments() {
        Differential differential = Differential.of(ADAPTERS);
        assertThat(differential.backends()).containsExactlyElementsOf(ADAPTERS);
        for (String document : FuzzTarget.WARM_UP) {
            assertThatCode(() -> differential.check(bytes(document))).as(document).doesNotThrowAnyException();
        }
    }

    @Test
    void aBackendThatAcceptsWhatTheReferenceRejectsIsAFinding() {
        // testref is Jackson with its own defaults: it skips a UTF-8 byte order mark
        Differential lenient = Differential.of(List.of("testref"));
        assertThatThrownBy(() -> lenient.check(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'}))
                .isInstanceOf(Differential.Finding.class)
                .hasMessageContaining("testref (tree) accepted it, but reference rejected it")
                .hasMessageContaining("<0xEF><0xBB><0xBF>1");
    }

    @Test
    void aDifferentValueOrMemberOrderIsAFinding() {
        Differential reversed = new Differential(List.of(new Altered(map -> {
            Map<String, Object> out = new LinkedHashMap<>();
            List<String> names = List.copyOf(map.keySet());
            for (int i = names.size() - 1; i >= 0; i--) {
                out.put(names.get(i), map.get(names.get(i)));
            }
            return out;
        })));
        assertThatCode(() -> reversed.check(bytes("{\"a\":1}"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> reversed.check(bytes("{\"a\":1,\"b\":2}")))
                .isInstanceOf(Differential.Finding.class).hasMessageContaining("altered (tree) decoded {b=2, a=1}");
        assertThat(Differential.sameValue(List.of(1L), List.of(1.0))).isFalse();
        assertThat(Differential.sameValue(0.0, -0.0)).isFalse();
        assertThat(Differential.sameValue(new FuzzRecord.Member("m", 1, null, Map.of("x", 1L)),
                new FuzzRecord.Member("m", 1, null, Map.of("x", 1L)))).isTrue();
    }

    @Test
    void anExceptionOtherThanJsonDecodeExceptionIsAFindingWithItsCause() {
        Differential throwing = new Differential(List.of(new Altered(map -> {
            throw new IllegalStateException("boom");
        })));
        assertThatThrownBy(() -> throwing.check(bytes("{}")))
                .isInstanceOf(Differential.Finding.class)
                .hasMessageContaining("altered (tree) threw java.lang.IllegalStateException: boom instead of JsonDecodeException")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    /** Jackson's adapter, its tree maps passed through a function; typed decodes as Jackson's. */
    private static final class Altered extends AbstractJsonDecoder {
        private final JsonDecoder real = JsonDecoders.get("jackson");
        private final UnaryOperator<Map<String, Object>> change;

        Altered(UnaryOperator<Map<String, Object>> change) {
            super("altered", DifferentialTest.class, "dev.jsonbench", "test", "jackson, maps changed", DecodeLimits.defaults());
            this.change = change;
        }

        @Override
        public <T> TypedDecoder<T> forType(Type type) {
            TypedDecoder<T> typed = real.forType(type);
            return new BoundTypedDecoder<>(this, type, typed::decode);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object decodeTree(byte[] json, int offset, int length) {
            Object value = real.decodeTree(json, offset, length);
            return value instanceof Map<?, ?> map ? change.apply((Map<String, Object>) map) : value;
        }
    }
}
