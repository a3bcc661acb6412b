package dev.jsonbench.bench.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.BoundTypedDecoder;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * A test-only backend over Jackson databind: lets the bench's tests run whatever adapters are installed. Not a
 * contestant (its name starts with "test").
 */
public class ReferenceDecoder implements JsonDecoder {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String name;
    private final DecodeLimits limits;

    public ReferenceDecoder(String name, DecodeLimits limits) {
        this.name = name;
        this.limits = limits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String library() {
        return "dev.jsonbench:jsonbench-" + name;
    }

    @Override
    public String backendVersion() {
        return "test";
    }

    @Override
    public String configuration() {
        return "test backend: Jackson databind, USE_LONG_FOR_INTS";
    }

    @Override
    public DecodeLimits limits() {
        return limits;
    }

    @Override
    public <T> TypedDecoder<T> forType(Type type) {
        ObjectReader reader = MAPPER.readerFor(MAPPER.constructType(type));
        return new BoundTypedDecoder<>(this, type, (json, offset, length) -> {
            try {
                return reader.readValue(json, offset, length);
            } catch (IOException e) {
                throw failure(e);
            }
        });
    }

    @Override
    public Object decodeTree(byte[] json, int offset, int length) {
        try {
            return MAPPER.readValue(json, offset, length, Object.class);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    protected JsonDecodeException failure(IOException e) {
        long offset = e instanceof JsonProcessingException p && p.getLocation() != null ? p.getLocation().getByteOffset() : -1;
        return new JsonDecodeException(name, offset, e.getMessage().lines().findFirst().orElse("invalid JSON"), e);
    }
}
