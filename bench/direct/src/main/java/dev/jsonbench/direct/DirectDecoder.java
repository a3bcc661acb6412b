package dev.jsonbench.direct;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.AbstractJsonDecoder;
import dev.jsonbench.api.support.BoundTypedDecoder;
import dev.jsonbench.fixtures.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * A JSON library called directly, without its jsonbench adapter: the same work on the fixture model as the adapter
 * (typed into {@link ApiResponse}, or a tree of maps and lists), done the way the library itself offers, with only the
 * settings that make it the same work. It implements {@link dev.jsonbench.api.JsonDecoder} so that the bench and the
 * JMH module drive it like an adapter, but it carries none of the API's guarantees: the library's own strictness, its
 * own exceptions, typed mode for {@link ApiResponse} only, whole arrays only, and one instance per thread (a parser or
 * reader is reused between decodes, as the library's documentation suggests).
 */
public abstract class DirectDecoder extends AbstractJsonDecoder {

    /** The suffix of every direct decoder's name, after its library's adapter name: {@code jackson-direct}. */
    public static final String SUFFIX = "-direct";

    DirectDecoder(String adapter, Class<?> libraryClass, String groupId, String artifactId, String configuration) {
        super(adapter + SUFFIX, libraryClass, groupId, artifactId, configuration, DecodeLimits.defaults());
    }

    /** One document into the fixture model. */
    abstract ApiResponse typed(byte[] json) throws IOException;

    /** One document into the library's own untyped values (maps, lists, strings, numbers, booleans, null). */
    abstract Object tree(byte[] json) throws IOException;

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypedDecoder<T> forType(Type type) {
        if (type != ApiResponse.class) {
            throw new IllegalArgumentException(name() + " binds only " + ApiResponse.class.getName() + ", not "
                    + type.getTypeName());
        }
        return new BoundTypedDecoder<>(this, type, (json, offset, length) -> (T) typedOrThrow(json, offset, length));
    }

    @Override
    public Object decodeTree(byte[] json, int offset, int length) {
        try {
            return tree(whole(json, offset, length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiResponse typedOrThrow(byte[] json, int offset, int length) {
        try {
            return typed(whole(json, offset, length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The libraries read whole arrays: a range is refused rather than copied, which would add work. */
    private byte[] whole(byte[] json, int offset, int length) {
        if (offset != 0 || length != json.length) {
            throw new IllegalArgumentException(name() + " decodes whole arrays only");
        }
        return json;
    }
}
