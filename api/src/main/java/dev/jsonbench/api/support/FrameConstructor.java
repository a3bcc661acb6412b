package dev.jsonbench.api.support;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Adapts a record's canonical constructor to take its arguments from an {@link ArgumentFrames} frame:
 * {@code (Object[] references, long[] primitives, int base)Object}, component {@code i} read from slot
 * {@code base + i} of the array for its kind and converted without boxing ({@code (int)} for an int, the bits of a
 * double, non-zero for a boolean).
 */
final class FrameConstructor {

    /** A method handle takes at most 255 parameters; the adapted constructor takes three per component first. */
    static final int MAX_COMPONENTS = 84;

    private static final MethodType FRAME = MethodType.methodType(Object.class, Object[].class, long[].class, int.class);
    private static final MethodHandle ADD;
    private static final MethodHandle TO_INT;
    private static final MethodHandle TO_DOUBLE;
    private static final MethodHandle TO_BOOLEAN;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            ADD = lookup.findStatic(Math.class, "addExact", MethodType.methodType(int.class, int.class, int.class));
            TO_INT = MethodHandles.explicitCastArguments(MethodHandles.identity(long.class),
                    MethodType.methodType(int.class, long.class));
            TO_DOUBLE = lookup.findStatic(Double.class, "longBitsToDouble", MethodType.methodType(double.class, long.class));
            TO_BOOLEAN = lookup.findStatic(FrameConstructor.class, "nonZero", MethodType.methodType(boolean.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FrameConstructor() {
    }

    /**
     * {@code canonical} taking its arguments from a frame; null for a record of more than {@value #MAX_COMPONENTS}
     * components, or with a primitive component binding refuses (a {@code float}: the record is refused anyway).
     */
    static MethodHandle of(MethodHandle canonical, Class<?>[] types) {
        if (types.length > MAX_COMPONENTS) {
            return null;
        }
        for (Class<?> type : types) {
            if (type.isPrimitive() && type != long.class && type != int.class && type != double.class && type != boolean.class) {
                return null;
            }
        }
        MethodHandle constructor = canonical.asType(canonical.type().changeReturnType(Object.class));
        // Replace each argument, last first, by a reader of (references, primitives, base)...
        for (int i = types.length - 1; i >= 0; i--) {
            constructor = MethodHandles.collectArguments(constructor, i, slotReader(types[i], i));
        }
        // ... then feed every reader the same three arguments.
        int[] reorder = new int[3 * types.length];
        for (int i = 0; i < reorder.length; i++) {
            reorder[i] = i % 3;
        }
        return MethodHandles.permuteArguments(constructor, FRAME, reorder);
    }

    /** {@code (Object[] references, long[] primitives, int base)type}: slot {@code base + index}. */
    private static MethodHandle slotReader(Class<?> type, int index) {
        MethodHandle slot = MethodHandles.insertArguments(ADD, 1, index);
        if (!type.isPrimitive()) {
            MethodHandle reference = MethodHandles.filterArguments(MethodHandles.arrayElementGetter(Object[].class), 1, slot);
            reference = MethodHandles.dropArguments(reference, 1, long[].class);
            return reference.asType(reference.type().changeReturnType(type));
        }
        MethodHandle bits = MethodHandles.filterArguments(MethodHandles.arrayElementGetter(long[].class), 1, slot);
        bits = MethodHandles.dropArguments(bits, 0, Object[].class);
        if (type == long.class) {
            return bits;
        }
        return MethodHandles.filterReturnValue(bits, type == int.class ? TO_INT : type == double.class ? TO_DOUBLE : TO_BOOLEAN);
    }

    private static boolean nonZero(long bits) {
        return bits != 0;
    }
}
