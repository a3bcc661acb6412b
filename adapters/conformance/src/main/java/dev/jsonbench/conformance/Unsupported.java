package dev.jsonbench.conformance;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Records no backend may bind, each for one reason: {@code forType} must refuse them, naming the component. */
public final class Unsupported {

    private Unsupported() {
    }

    public record IntegerKeys(Map<Integer, String> byId) {
    }

    public record SetInList(List<Set<String>> groups) {
    }

    public record EnumComponent(DayOfWeek day) {
    }

    public record FloatComponent(float ratio) {
    }

    public record DecimalComponent(BigDecimal price) {
    }

    public record RawList(@SuppressWarnings("rawtypes") List items) {
    }

    public record ClassComponent(StringBuilder text) {
    }

    /** The type variable of a generic record is unbound when the record is named by its class alone. */
    public record Generic<T>(T value) {
    }
}
