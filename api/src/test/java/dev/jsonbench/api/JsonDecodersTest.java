package dev.jsonbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.spi.JsonDecoderProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How {@link JsonDecoders#get()} chooses a backend, over providers of the test's own. */
class JsonDecodersTest {

    /** A provider known only by its name: choosing one never creates a decoder. */
    private record Named(String name) implements JsonDecoderProvider {
        @Override
        public JsonDecoder create(DecodeLimits limits) {
            throw new UnsupportedOperationException("not called when choosing");
        }
    }

    private static final JsonDecoderProvider GSON = new Named("gson");
    private static final JsonDecoderProvider JACKSON = new Named("jackson");
    private static final JsonDecoderProvider SIMDJSON = new Named("simdjson");

    private static Map<String, List<JsonDecoderProvider>> onClasspath(JsonDecoderProvider... providers) {
        Map<String, List<JsonDecoderProvider>> byName = new TreeMap<>();
        for (JsonDecoderProvider provider : providers) {
            byName.computeIfAbsent(provider.name(), n -> new ArrayList<>()).add(provider);
        }
        return byName;
    }

    @Test
    void theOnlyBackendIsChosenWithoutAName() {
        assertThat(JsonDecoders.select(onClasspath(GSON), null)).isSameAs(GSON);
    }

    @Test
    void thePropertyPicksOneOfSeveral() {
        assertThat(JsonDecoders.select(onClasspath(GSON, JACKSON, SIMDJSON), "jackson")).isSameAs(JACKSON);
    }

    @Test
    void thePropertyMayNameTheOnlyBackend() {
        assertThat(JsonDecoders.select(onClasspath(GSON), "gson")).isSameAs(GSON);
    }

    @Test
    void severalBackendsWithoutThePropertyAreListedWithHowToChoose() {
        assertThatThrownBy(() -> JsonDecoders.select(onClasspath(SIMDJSON, GSON, JACKSON), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("several JSON backends found (gson, jackson, simdjson); choose one with"
                        + " -Djsonbench.backend=NAME or JsonDecoders.get(NAME)");
    }

    @Test
    void aPropertyNamingAnAbsentBackendListsThoseThatExist() {
        assertThatThrownBy(() -> JsonDecoders.select(onClasspath(GSON, JACKSON), "dsljson"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no JSON backend named 'dsljson' (-Djsonbench.backend); available: gson, jackson");
    }

    @Test
    void aPropertyNamingTheOnlyBackendWronglyIsNotOverruled() {
        assertThatThrownBy(() -> JsonDecoders.select(onClasspath(GSON), "Gson"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no JSON backend named 'Gson'")
                .hasMessageEndingWith("available: gson");
    }

    @Test
    void noBackendSaysWhatToAdd() {
        assertThatThrownBy(() -> JsonDecoders.select(onClasspath(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no JSON backend found: add a jsonbench adapter, such as jsonbench-jackson,"
                        + " to the classpath or module path");
        assertThatThrownBy(() -> JsonDecoders.select(onClasspath(), "gson"))
                .hasMessageEndingWith("available: none (add a jsonbench adapter, such as jsonbench-jackson, to the classpath"
                        + " or module path)");
    }

    @Test
    void aNameClaimedTwiceIsRefusedEvenWhenItIsTheOnlyName() {
        JsonDecoderProvider impostor = new JsonDecoderProvider() {
            @Override
            public String name() {
                return "gson";
            }

            @Override
            public JsonDecoder create(DecodeLimits limits) {
                throw new UnsupportedOperationException();
            }
        };
        assertThatThrownBy(() -> JsonDecoders.select(onClasspath(GSON, impostor), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("backend name 'gson' is claimed by several providers on the classpath: "
                        + Named.class.getName() + ", ");
    }

    /** This module's own tests put no adapter on the classpath: the real discovery finds none and says so. */
    @Test
    void getWithoutANameFailsHereListingNothing() {
        assertThat(JsonDecoders.available()).isEmpty();
        assertThatThrownBy(JsonDecoders::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no JSON backend found");
    }
}
