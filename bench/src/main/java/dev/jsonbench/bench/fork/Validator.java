package dev.jsonbench.bench.fork;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.bench.protocol.JsonLine;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.RunReport;
import dev.jsonbench.bench.protocol.Validation;
import dev.jsonbench.direct.LibraryDefaults;
import dev.jsonbench.fixtures.Digest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The runner protocol's {@code --validate} request in the Java fork: one tree decode of a document, answered with a
 * {@link Validation}. An adapter validates as it decodes; a {@code *-direct} runner validates with its library's own
 * defaults ({@link LibraryDefaults}), not with the configuration its benchmark runs use. A {@link JsonDecodeException}
 * is a rejection; anything else a decode throws is a crash, answered as Go and Rust answer a panic: nothing on stdout,
 * the reason on stderr, exit code {@value #CRASH_EXIT}.
 *
 * <p>{@code --batch} (the Java fork's extension) reads document paths from stdin, one per line, and answers each with
 * one line, flushed at once, so that the parent can bound the time of every document and start a new fork after a
 * crash.
 */
final class Validator {

    /** The exit code of a crash, as a Rust panic's. */
    static final int CRASH_EXIT = 101;

    private final String runner;
    private final JsonDecoder decoder;

    private Validator(String runner, JsonDecoder decoder) {
        this.runner = runner;
        this.decoder = decoder;
    }

    /** The validator of a Java contestant ({@link #decoder}). */
    static Validator of(String runner) {
        return new Validator(runner, decoder(runner));
    }

    /** What validates for a Java contestant: an adapter as it is, a direct runner as its library's defaults. */
    static JsonDecoder decoder(String runner) {
        return JavaBackends.isDirect(runner)
                ? LibraryDefaults.of(runner).map(JsonDecoder.class::cast).orElseGet(() -> JavaBackends.get(runner))
                : JavaBackends.get(runner);
    }

    /** One document: exit 0 with a verdict, 1 when it cannot be read, {@value #CRASH_EXIT} on a crash. */
    int one(Path document, PrintStream out, PrintStream err) {
        byte[] json;
        try {
            json = Files.readAllBytes(document);
        } catch (IOException e) {
            err.println("JavaRunner: cannot read " + document + ": " + e);
            return 1;
        }
        Validation verdict = verdict(document, json, err);
        if (verdict == null) {
            return CRASH_EXIT;
        }
        out.println(JsonLine.write(verdict));
        return 0;
    }

    /** Every path on {@code in} in turn, one line each, until end of input or a crash (then {@value #CRASH_EXIT}). */
    int batch(BufferedReader in, PrintStream out, PrintStream err) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            int code = one(Path.of(line), out, err);
            out.flush();
            if (code != 0) {
                return code;
            }
        }
        return 0;
    }

    /** The verdict, or null after reporting a crash on {@code err}. */
    private Validation verdict(Path document, byte[] json, PrintStream err) {
        Object value;
        try {
            value = decoder.decodeTree(json);
        } catch (JsonDecodeException e) {
            return verdict(false, e.getMessage(), null);
        } catch (Throwable e) { // a crash whatever it is: the parent reports it for this document
            err.println("JavaRunner: " + runner + " crashed on " + document + ": " + e);
            e.printStackTrace(err);
            return null;
        }
        String digest;
        try {
            digest = Digest.hex(Digest.ofTree(value));
        } catch (IllegalArgumentException e) { // a library's own value type the digest does not know
            err.println("JavaRunner: no digest of " + runner + "'s value for " + document + ": " + e.getMessage());
            digest = null;
        }
        return verdict(true, null, digest);
    }

    private Validation verdict(boolean accepted, String error, String digest) {
        return new Validation(RunReport.PROTOCOL, runner, Language.java, decoder.library(), decoder.backendVersion(),
                accepted, error, digest);
    }
}
