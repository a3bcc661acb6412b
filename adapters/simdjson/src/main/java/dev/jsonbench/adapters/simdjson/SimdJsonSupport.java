package dev.jsonbench.adapters.simdjson;

import dev.jsonbench.api.DecodeLimits;
import java.nio.charset.StandardCharsets;
import org.simdjson.SimdJsonParser;

/**
 * Whether simdjson-java can run here, checked once. simdjson-java needs the incubating Vector API module and a
 * preferred vector size of 256 or 512 bits (x86 AVX2 or AVX-512); on a CPU with 128-bit vectors (ARM NEON, or
 * {@code -XX:MaxVectorSize=16}) its class initialisation throws, after which every use fails with
 * {@code NoClassDefFoundError}. Both conditions are detectable up front, and are checked before any simdjson-java
 * class is touched; a trial parse then catches anything else (such as a Vector API that changed under it).
 */
final class SimdJsonSupport {

    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private SimdJsonSupport() {
    }

    /** A decoder, or an {@link IllegalStateException} saying why simdjson-java cannot run on this JVM. */
    static SimdJsonDecoder newDecoder(DecodeLimits limits) {
        String problem = Holder.PROBLEM;
        if (problem != null) {
            throw new IllegalStateException("the simdjson backend cannot run here: " + problem);
        }
        return new SimdJsonDecoder(limits);
    }

    /** Why simdjson-java cannot run on this JVM, or null if it can. */
    static String problem() {
        return Holder.PROBLEM;
    }

    private static final class Holder {
        static final String PROBLEM = check();
    }

    private static String check() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return "simdjson-java needs the incubating Vector API; start the JVM with --add-modules " + VECTOR_MODULE;
        }
        int bits = VectorSize.preferredBits();
        if (bits != 256 && bits != 512) {
            return "simdjson-java needs 256- or 512-bit vectors (x86 with AVX2 or AVX-512), but this JVM's preferred"
                    + " vector size is " + bits + " bits (CPU " + System.getProperty("os.arch")
                    + (bits < 256 ? ", or -XX:MaxVectorSize below 32" : "") + ")";
        }
        try {
            byte[] probe = "{\"a\":[1,2.5,\"x\"]}".getBytes(StandardCharsets.UTF_8);
            new SimdJsonParser(1024, 4).parse(probe, probe.length);
            return null;
        } catch (Throwable e) { // LinkageError, ExceptionInInitializerError: simdjson-java does not work on this JVM
            return "simdjson-java failed to initialise: " + e;
        }
    }

    /** Kept apart so that the Vector API is only touched once its module is known to be present. */
    private static final class VectorSize {
        static int preferredBits() {
            return jdk.incubator.vector.ByteVector.SPECIES_PREFERRED.vectorBitSize();
        }
    }
}
