package dev.jsonbench.bench.testing;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.BoundTypedDecoder;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test backend that misbehaves, but only inside a benchmark fork (so that the parent's preparation works):
 * {@code fault-throw} throws, {@code fault-hang} never returns, {@code fault-wrong} returns a wrong value,
 * {@code fault-crash} halts the JVM, {@code fault-garbage} writes to the real stdout, {@code fault-slowcount} hangs in
 * an allocation-counting fork only (its timed runs finish).
 */
public final class FaultyDecoder extends ReferenceDecoder {

    public enum Fault { THROW, HANG, WRONG, CRASH, GARBAGE, SLOWCOUNT }

    private static final boolean IN_FORK = System.getProperty("sun.java.command", "")
            .startsWith("dev.jsonbench.bench.fork.JavaRunner");

    private static final boolean IN_COUNTING_FORK = IN_FORK
            && ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:-UseTLAB");

    private static final byte[] WRONG_DOCUMENT = "{\"status\":\"wrong\",\"total\":0,\"items\":[]}".getBytes();

    private final Fault fault;
    private boolean garbageWritten;

    public FaultyDecoder(String name, DecodeLimits limits, Fault fault) {
        super(name, limits);
        this.fault = fault;
    }

    @Override
    public Object decodeTree(byte[] json, int offset, int length) {
        Object value = super.decodeTree(json, offset, length);
        return IN_FORK ? misbehave(value) : value;
    }

    @Override
    public <T> TypedDecoder<T> forType(Class<T> type) {
        TypedDecoder<T> real = super.forType(type);
        return new BoundTypedDecoder<>(this, type, (json, offset, length) -> {
            if (IN_FORK && fault == Fault.WRONG) {
                return real.decode(WRONG_DOCUMENT, 0, WRONG_DOCUMENT.length);
            }
            T value = real.decode(json, offset, length);
            if (IN_FORK) {
                misbehave(value);
            }
            return value;
        });
    }

    private Object misbehave(Object value) {
        switch (fault) {
            case THROW -> throw new IllegalStateException("boom from " + name());
            case HANG -> hang();
            case SLOWCOUNT -> {
                if (IN_COUNTING_FORK) {
                    hang();
                }
            }
            case WRONG -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) value);
                copy.put("status", "wrong");
                return copy;
            }
            case CRASH -> Runtime.getRuntime().halt(3);
            case GARBAGE -> {
                if (!garbageWritten) {
                    garbageWritten = true;
                    try {
                        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
                        stdout.write("garbage on stdout\n".getBytes());
                        stdout.flush();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return value;
    }

    private static void hang() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
