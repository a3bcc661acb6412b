package dev.jsonbench.api.support;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.TypedDecoder;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A decoder whose typed decodes follow a {@link BindingPlan} compiled at {@link #forType} and whose tree decodes
 * follow no plan: the adapter implements one {@link #decode(BindingPlan, byte[], int, int)} for both, with its
 * backend's token loop.
 */
public abstract class BindingPlanDecoder extends AbstractJsonDecoder {

    protected BindingPlanDecoder(String name, Class<?> libraryClass, String groupId, String artifactId,
            String configuration, DecodeLimits limits) {
        super(name, libraryClass, groupId, artifactId, configuration, limits);
    }

    /** A decoder over the {@link BindingPlan} compiled here, once. Thread-safe. */
    @Override
    @SuppressWarnings("unchecked")
    public final <T> TypedDecoder<T> forType(Type type) {
        BindingPlan plan = BindingPlan.of(Objects.requireNonNull(type, "type"), name());
        return new BoundTypedDecoder<>(this, type, (json, offset, length) -> (T) decode(plan, json, offset, length));
    }

    @Override
    public final Object decodeTree(byte[] json, int offset, int length) {
        return decode(null, json, offset, length);
    }

    /**
     * Decodes {@code json[offset, offset + length)} into the value model when {@code plan} is null, else through
     * {@code plan}.
     */
    protected abstract Object decode(BindingPlan plan, byte[] json, int offset, int length);
}
