package dev.jsonbench.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A record that contains itself is refused at forType with a reason, not a StackOverflowError (found by fuzzing). */
public class TypeShapeRecursionTest {

    public record Chain(Chain next) {
    }

    public record Tree(String name, List<Tree> children) {
    }

    public record Outer(Inner inner) {
    }

    public record Inner(List<Outer> back) {
    }

    public record Point(long x) {
    }

    public record Pair(Point first, List<Point> rest, Point last) {
    }

    @Test
    void aRecordContainingItselfIsRefused() {
        for (Class<?> type : List.of(Chain.class, Tree.class, Outer.class)) {
            assertThatThrownBy(() -> TypeShape.of(type, "test")).as(type.getSimpleName())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("contains itself");
        }
    }

    @Test
    void aRecordUsedTwiceSideBySideIsNotRecursion() {
        assertThat(TypeShape.of(Pair.class, "test")).isInstanceOf(TypeShape.RecordOf.class);
    }
}
