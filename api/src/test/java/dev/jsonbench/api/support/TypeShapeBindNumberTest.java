package dev.jsonbench.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.support.TypeShape.ScalarKind;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TypeShapeBindNumberTest {

    private static final BigInteger HUGE = BigInteger.TEN.pow(400);
    private static final BigInteger BEYOND_LONG = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);

    @Test
    void longTakesOnlyLongs() {
        assertThat(ScalarKind.LONG.bindNumber(7L)).isEqualTo(7L);
        assertThat(ScalarKind.LONG.bindNumber(BEYOND_LONG)).isNull();
        assertThat(ScalarKind.LONG.bindNumber(1.0)).isNull();
    }

    @Test
    void intTakesLongsWithinIntRange() {
        assertThat(ScalarKind.INT.bindNumber(-5L)).isEqualTo(-5);
        assertThat(ScalarKind.INT.bindNumber((long) Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
        assertThat(ScalarKind.INT.bindNumber(Integer.MAX_VALUE + 1L)).isNull();
        assertThat(ScalarKind.INT.bindNumber(BEYOND_LONG)).isNull();
        assertThat(ScalarKind.INT.bindNumber(2.0)).isNull();
    }

    @Test
    void bigIntegerTakesAnyInteger() {
        assertThat(ScalarKind.BIG_INTEGER.bindNumber(3L)).isEqualTo(BigInteger.valueOf(3));
        assertThat(ScalarKind.BIG_INTEGER.bindNumber(HUGE)).isSameAs(HUGE);
        assertThat(ScalarKind.BIG_INTEGER.bindNumber(3.0)).isNull();
    }

    @Test
    void doubleTakesAnyNumberThatHasAFiniteDouble() {
        assertThat(ScalarKind.DOUBLE.bindNumber(0.5)).isEqualTo(0.5);
        assertThat(ScalarKind.DOUBLE.bindNumber(Long.MAX_VALUE)).isEqualTo((double) Long.MAX_VALUE);
        assertThat(ScalarKind.DOUBLE.bindNumber(BEYOND_LONG)).isEqualTo(BEYOND_LONG.doubleValue());
        assertThat(ScalarKind.DOUBLE.bindNumber(HUGE)).isNull();
    }

    @Test
    void stringAndBooleanTakeNoNumber() {
        assertThat(ScalarKind.STRING.bindNumber(1L)).isNull();
        assertThat(ScalarKind.BOOLEAN.bindNumber(1L)).isNull();
    }
}
