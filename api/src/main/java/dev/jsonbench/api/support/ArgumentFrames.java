package dev.jsonbench.api.support;

import java.util.Arrays;

/**
 * The constructor arguments of the records a decode is building, in two flat arrays reused from decode to decode:
 * references in one, primitives ({@code long}, {@code int}, {@code double}, {@code boolean}) as 64-bit values in the
 * other, so that binding a record allocates nothing but the record (no argument array, no box for a primitive
 * component). Records nest: each one being built holds a frame of {@code size} slots above the frames of the records
 * around it ({@link #push}, {@link #pop}). {@link BindingPlan#construct(ArgumentFrames, int, String, long)} builds the
 * record from its frame.
 *
 * <p>Not thread-safe: one per thread's decoder state, {@link #clear()}ed after each decode.
 */
public final class ArgumentFrames {

    private static final int INITIAL_SLOTS = 64;

    private Object[] references = new Object[INITIAL_SLOTS];
    private long[] primitives = new long[INITIAL_SLOTS];
    /** Slots from here on are free, and hold null and 0. */
    private int top;

    /** Reserves a frame of {@code size} slots, every one absent (null, 0, 0.0, false); returns its first slot. */
    public int push(int size) {
        int base = top;
        if (base + size > references.length) {
            int length = Math.max(2 * references.length, base + size);
            references = Arrays.copyOf(references, length);
            primitives = Arrays.copyOf(primitives, length);
        }
        top = base + size;
        return base;
    }

    /** Frees the frame that starts at {@code base} (and any above it). */
    public void pop(int base) {
        Arrays.fill(references, base, top, null);
        Arrays.fill(primitives, base, top, 0);
        top = base;
    }

    /** Frees every frame, after a decode that may have stopped half-way; lets go of the references. */
    public void clear() {
        pop(0);
    }

    public void setReference(int slot, Object value) {
        references[slot] = value;
    }

    /** A {@code long} or {@code int} component. */
    public void setLong(int slot, long value) {
        primitives[slot] = value;
    }

    public void setDouble(int slot, double value) {
        primitives[slot] = Double.doubleToRawLongBits(value);
    }

    public void setBoolean(int slot, boolean value) {
        primitives[slot] = value ? 1 : 0;
    }

    /** A primitive component's value given boxed ({@code Long}, {@code Integer}, {@code Double} or {@code Boolean}). */
    public void setBoxed(int slot, Object value) {
        switch (value) {
            case Long l -> setLong(slot, l);
            case Integer i -> setLong(slot, i);
            case Double d -> setDouble(slot, d);
            case Boolean b -> setBoolean(slot, b);
            default -> throw new IllegalArgumentException("not a primitive's box: " + value);
        }
    }

    Object[] references() {
        return references;
    }

    long[] primitives() {
        return primitives;
    }
}
