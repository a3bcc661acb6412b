package dev.jsonbench.direct;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.runtime.Settings;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.jsoniter.JsonIterator;
import com.jsoniter.spi.JsonException;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.AbstractJsonDecoder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.simdjson.JsonParsingException;
import org.simdjson.SimdJsonParser;

/**
 * Each library's untyped decode exactly as a user gets it without configuring anything: what {@code jsonbench
 * conformance} shows for the {@code *-direct} names (the benchmark's direct runners are configured for the fixture;
 * these are not configured at all). A decode returns the library's own values (Integer or BigDecimal where the
 * library makes them), turns the library's own error type into a {@link JsonDecodeException} carrying the library's
 * message, and lets anything else escape: that is a crash of the library, not a verdict. Tree only; one instance per
 * thread.
 */
public final class LibraryDefaults {

    private LibraryDefaults() {
    }

    /** The defaults decoder of the direct runner {@code directName} ({@code jackson-direct}, ...), if there is one. */
    public static Optional<AbstractJsonDecoder> of(String directName) {
        return Optional.ofNullable(switch (directName) {
            case "jackson-direct" -> new Jackson();
            case "dsljson-direct" -> new DslJsonDefaults();
            case "jsoniter-direct" -> new Jsoniter();
            case "gson-direct" -> new GsonDefaults();
            case "simdjson-direct" -> new SimdJson();
            default -> null;
        });
    }

    /**
     * How the direct runner {@code directName} decodes with its library's defaults, in one line, without creating the
     * decoder (simdjson-java's default parser holds about 480 MiB); empty when it has no defaults decoder.
     */
    public static Optional<String> configuration(String directName) {
        return Optional.ofNullable(switch (directName) {
            case "jackson-direct" -> Jackson.CONFIGURATION;
            case "dsljson-direct" -> DslJsonDefaults.CONFIGURATION;
            case "jsoniter-direct" -> Jsoniter.CONFIGURATION;
            case "gson-direct" -> GsonDefaults.CONFIGURATION;
            case "simdjson-direct" -> SimdJson.CONFIGURATION;
            default -> null;
        }).map(line -> PREFIX + line);
    }

    private static final String PREFIX = "library defaults: ";

    /** One library's default tree decode; the subclass calls the library and names its error type. */
    private abstract static class Defaults extends AbstractJsonDecoder {

        Defaults(String adapter, Class<?> libraryClass, String groupId, String artifactId, String configuration) {
            super(adapter + DirectDecoder.SUFFIX, libraryClass, groupId, artifactId, PREFIX + configuration,
                    DecodeLimits.defaults());
        }

        @Override
        public <T> TypedDecoder<T> forType(Type type) {
            throw new IllegalArgumentException(name() + " with its library's defaults decodes trees only");
        }

        @Override
        public Object decodeTree(byte[] json, int offset, int length) {
            if (offset != 0 || length != json.length) {
                throw new IllegalArgumentException(name() + " decodes whole arrays only");
            }
            return tree(json);
        }

        abstract Object tree(byte[] json);

        JsonDecodeException rejected(Exception e) {
            return new JsonDecodeException(name(), -1, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static final class Jackson extends Defaults {
        static final String CONFIGURATION = "new ObjectMapper().readValue(json, Object.class); errors: JacksonException";
        private final ObjectMapper mapper = new ObjectMapper();

        Jackson() {
            super("jackson", ObjectMapper.class, "com.fasterxml.jackson.core", "jackson-databind", CONFIGURATION);
        }

        @Override
        Object tree(byte[] json) {
            try {
                return mapper.readValue(json, Object.class);
            } catch (JacksonException e) {
                throw rejected(e);
            } catch (IOException e) {
                throw new IllegalStateException("Jackson read from a byte array failed: " + e, e);
            }
        }
    }

    private static final class DslJsonDefaults extends Defaults {
        static final String CONFIGURATION = "new DslJson<>(Settings.withRuntime()) (the plain DslJson has no reader "
                + "for Object), deserialize(Object.class, json, json.length); errors: IOException";
        private final DslJson<Object> dsl = new DslJson<>(Settings.withRuntime());

        DslJsonDefaults() {
            super("dsljson", DslJson.class, "com.dslplatform", "dsl-json", CONFIGURATION);
        }

        @Override
        Object tree(byte[] json) {
            try {
                return dsl.deserialize(Object.class, json, json.length);
            } catch (IOException e) {
                throw rejected(e);
            }
        }
    }

    private static final class Jsoniter extends Defaults {
        static final String CONFIGURATION = "JsonIterator.deserialize(json, Object.class); errors: JsonException";
        Jsoniter() {
            super("jsoniter", JsonIterator.class, "com.jsoniter", "jsoniter", CONFIGURATION);
        }

        @Override
        Object tree(byte[] json) {
            try {
                return JsonIterator.deserialize(json, Object.class);
            } catch (JsonException e) {
                throw rejected(e);
            }
        }
    }

    private static final class GsonDefaults extends Defaults {
        static final String CONFIGURATION = "new Gson().fromJson(new String(json, UTF_8), Object.class) "
                + "(Gson reads no bytes); errors: JsonParseException";
        private final Gson gson = new Gson();

        GsonDefaults() {
            super("gson", Gson.class, "com.google.code.gson", "gson", CONFIGURATION);
        }

        @Override
        Object tree(byte[] json) {
            try {
                return gson.fromJson(new String(json, StandardCharsets.UTF_8), Object.class);
            } catch (JsonParseException e) {
                throw rejected(e);
            }
        }
    }

    private static final class SimdJson extends Defaults {
        static final String CONFIGURATION =
                "new SimdJsonParser().parse(json, json.length), its DOM copied out; errors: JsonParsingException";
        private final SimdJsonParser parser = new SimdJsonParser();

        SimdJson() {
            super("simdjson", SimdJsonParser.class, "org.simdjson", "simdjson-java", CONFIGURATION);
        }

        @Override
        Object tree(byte[] json) {
            try {
                return SimdJsonDirect.value(parser.parse(json, json.length));
            } catch (JsonParsingException e) {
                throw rejected(e);
            }
        }
    }
}
