package dev.jsonbench.bench.fork;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.bench.protocol.JsonLine;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One hostile document through one Java backend, measured: {@code HostileProbe RUNNER FILE tree|typed} reads the file,
 * resets the resident-set high-water mark, decodes once (an adapter as it is, a direct runner with its library's
 * defaults; {@code typed} into {@link Holder}) and prints one {@link Probe} line. Nothing else runs in the fork.
 */
public final class HostileProbe {

    private HostileProbe() {
    }

    /**
     * What the typed hostile document binds to: the nesting is in its untyped component, so every backend meets it
     * through the same value model and limits.
     */
    public record Holder(Object value) {
    }

    /**
     * @param accepted     whether the decode returned a value
     * @param error        the rejection's message (else null)
     * @param crash        what the decode threw instead of a value or a JsonDecodeException (else null)
     * @param elapsedNs    the decode's wall time
     * @param peakRssBytes the process's peak resident set during the decode (reset just before it), -1 if unknown
     * @param rssScope     {@code decode}, or {@code process} when the reset was refused
     */
    public record Probe(boolean accepted, String error, String crash, long elapsedNs, long peakRssBytes, String rssScope) {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocolOut = System.out;
        System.setOut(System.err);
        if (args.length != 3 || !args[2].matches("tree|typed")) {
            System.err.println("usage: HostileProbe RUNNER FILE tree|typed");
            System.exit(2);
        }
        JsonDecoder decoder = Validator.decoder(args[0]);
        byte[] json = Files.readAllBytes(Path.of(args[1]));
        boolean typed = args[2].equals("typed");
        var chains = typed ? decoder.forType(Holder.class) : null;
        System.gc();
        boolean reset = ProcessMemory.resetPeak();
        String error = null;
        String crash = null;
        long start = System.nanoTime();
        try {
            Object value = typed ? chains.decode(json) : decoder.decodeTree(json);
            java.lang.ref.Reference.reachabilityFence(value);
        } catch (JsonDecodeException e) {
            error = e.getMessage();
        } catch (Throwable e) { // measured and reported, whatever it is
            crash = e.toString();
        }
        long elapsed = System.nanoTime() - start;
        long peak = ProcessMemory.peakBytes();
        protocolOut.println(JsonLine.write(new Probe(error == null && crash == null, error, crash, elapsed, peak,
                reset ? "decode" : "process")));
        protocolOut.flush();
        System.exit(0);
    }
}
