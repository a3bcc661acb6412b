package dev.jsonbench.api.support;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that bytes are exactly one JSON text as RFC 8259 defines it and that they stay within
 * {@link DecodeLimits}, so that adapters over lenient parsers reject what the strictest backend rejects. It enforces
 * the input rules of {@code api/STRICTNESS.md} (the one statement of the policy: what is rejected, the choices RFC
 * 8259 leaves open, the limits) except the number range, which {@link JsonNumbers} checks when it converts a number.
 *
 * <p>Two passes implement it. Where the JVM has the incubating Vector API ({@code --add-modules
 * jdk.incubator.vector}) a vectorised pass (64 bytes per step, in the manner of simdjson) decides whether a document is
 * valid; a document it does not accept, and every document on a JVM without the module, goes through the scalar pass,
 * which accepts it or throws with the rule and the offset. Both accept exactly the same documents, so the verdicts,
 * messages and offsets do not depend on the JVM. Whether the vector pass can run is decided once, when this class is
 * initialised; {@code -Djsonbench.validator=scalar} keeps it off. Validators switch to it once a background warm-up has
 * found it faster than the scalar pass (until C2 has compiled it, it is far slower: see {@code VectorWarmUp});
 * {@link #implementation()} tells which pass runs.
 *
 * <p>Runs in linear time without recursion, so any nesting depth is safe, and allocates nothing per document
 * (the container stack grows only when a document nests deeper than any before it). Not thread-safe: keep one
 * per thread.
 */
public final class StrictJsonValidator {

    /** {@code -Djsonbench.validator=scalar} keeps the vector pass off ({@code vector}, the default, uses it if it can). */
    public static final String IMPLEMENTATION_PROPERTY = "jsonbench.validator";

    /** A pass that only tells whether a document is valid: true means valid, false "let the scalar pass decide". */
    interface FastPath {
        boolean accepts(byte[] b, int off, int len);

        /** The same for the rules {@link #validateLexically} checks. */
        boolean acceptsLexically(byte[] b, int off, int len);
    }

    private static final String VECTOR_CLASS = "dev.jsonbench.api.support.VectorValidator";

    /** Creates the vector pass for some limits; null where it cannot run. Chosen once. */
    private static final MethodHandle FAST_PATH;
    private static final String IMPLEMENTATION;

    static {
        MethodHandle fastPath = null;
        String implementation;
        if ("scalar".equals(System.getProperty(IMPLEMENTATION_PROPERTY))) {
            implementation = "scalar (-D" + IMPLEMENTATION_PROPERTY + "=scalar)";
        } else if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            implementation = "scalar (the vector pass needs --add-modules jdk.incubator.vector)";
        } else {
            try {
                Class<?> vector = Class.forName(VECTOR_CLASS);
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                fastPath = lookup.findConstructor(vector, MethodType.methodType(void.class, DecodeLimits.class))
                        .asType(MethodType.methodType(FastPath.class, DecodeLimits.class));
                selfTest((FastPath) fastPath.invokeExact(DecodeLimits.defaults()));
                implementation = (String) lookup.findStatic(vector, "description", MethodType.methodType(String.class))
                        .invokeExact();
            } catch (Throwable e) { // LinkageError, an incompatible Vector API, no usable vector size, a failed self-test
                fastPath = null;
                implementation = "scalar (the vector pass cannot run here: " + e + ")";
            }
        }
        FAST_PATH = fastPath;
        IMPLEMENTATION = implementation;
    }

    /** Words with one byte value in all eight bytes, to test eight bytes of a string at once. */
    private static final long ONES = 0x0101010101010101L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * ' ';

    /** Bytes in a backslash-u escape, and in two of them for a surrogate pair. */
    private static final int UNICODE_ESCAPE_LENGTH = 6;
    private static final int SURROGATE_PAIR_ESCAPE_LENGTH = 2 * UNICODE_ESCAPE_LENGTH;

    /** Container stack depth the validator is first built for; deeper documents grow it. */
    private static final int INITIAL_STACK_DEPTH = 1024;

    private final String backend;
    private final DecodeLimits limits;
    /** The vector pass for these limits, or null. */
    private final FastPath fastPath;
    /** The warm-up's own validator, which runs the vector pass before it is in use (see {@code VectorWarmUp}). */
    private final boolean warmingUp;

    /** Bit {@code d} is set when the container at depth {@code d + 1} is an object, clear for an array. */
    private long[] objectBits;

    /** Start of the document being validated, from which error offsets are measured. */
    private int documentStart;

    /** @param backend the decoder's name, carried by every {@link JsonDecodeException} */
    public StrictJsonValidator(String backend, DecodeLimits limits) {
        this(backend, limits, true, false);
        if (fastPath != null) {
            VectorWarmUp.start();
        }
    }

    private StrictJsonValidator(String backend, DecodeLimits limits, boolean vector, boolean warmingUp) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.objectBits = new long[wordsFor(Math.min(limits.maxNestingDepth(), INITIAL_STACK_DEPTH))];
        this.fastPath = vector ? newFastPath(limits) : null;
        this.warmingUp = warmingUp;
    }

    /**
     * The warm-up's validator: the vector pass always, through this class's {@link #validate} as every caller's, so
     * that what the warm-up gets compiled is what callers run.
     */
    static StrictJsonValidator forWarmUp() {
        return new StrictJsonValidator("warm-up", DecodeLimits.defaults(), true, true);
    }

    /**
     * A validator that always runs the scalar pass, for comparisons with the vector pass; {@link
     * #StrictJsonValidator(String, DecodeLimits)} is the one to use.
     */
    public static StrictJsonValidator scalar(String backend, DecodeLimits limits) {
        return new StrictJsonValidator(backend, limits, false, false);
    }

    /**
     * Which pass this JVM runs: {@code "vector (jdk.incubator.vector, 512-bit): in use (...)"} (or still warming up, or
     * not in use and why), or {@code "scalar (...)"} with the reason.
     */
    public static String implementation() {
        return FAST_PATH == null ? IMPLEMENTATION : IMPLEMENTATION + ": " + VectorWarmUp.state();
    }

    /**
     * Waits until the vector pass is in use, for benchmarks that measure it; false if it is not available here, not
     * faster than the scalar pass, or not decided within {@code timeout}. Starts the warm-up if no validator has.
     */
    public static boolean awaitVectorPass(Duration timeout) throws InterruptedException {
        if (FAST_PATH == null) {
            return false;
        }
        VectorWarmUp.start();
        return VectorWarmUp.await(timeout);
    }

    /**
     * For benchmarks, before their warm-up: waits until the pass is chosen if a validator started choosing in this JVM,
     * so that warm-up and measured loop run one pass and no warm-up thread runs beside them (a switch inside the loop
     * would deoptimise the callers' compiled code there). Says which pass runs, in words that do not vary between
     * processes; empty if no validator able to switch passes was made.
     */
    public static Optional<String> awaitChosenPass(Duration timeout) throws InterruptedException {
        if (FAST_PATH == null || !VectorWarmUp.started()) {
            return Optional.empty();
        }
        return Optional.of(VectorWarmUp.await(timeout) ? IMPLEMENTATION + ": in use"
                : IMPLEMENTATION + ": " + VectorWarmUp.state() + "; the scalar pass runs");
    }

    private static FastPath newFastPath(DecodeLimits limits) {
        if (FAST_PATH == null) {
            return null;
        }
        try {
            return (FastPath) FAST_PATH.invokeExact(limits);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The vector pass must give the scalar verdict on a few documents before it is trusted. */
    private static void selfTest(FastPath fastPath) {
        String[] valid = {"{\"a\":[1,-2.5e3,\"\\u00e9\\n\",true,false,null]}", "\"héllo 😀\"", "0"};
        String[] invalid = {"[1,]", "\"\u0001\"", "{\"a\" 1}", "01", "[\"\\uD800\"]"};
        for (String document : valid) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            if (!fastPath.accepts(bytes, 0, bytes.length)) {
                throw new IllegalStateException("self-test: rejected " + document);
            }
        }
        for (String document : invalid) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            if (fastPath.accepts(bytes, 0, bytes.length)) {
                throw new IllegalStateException("self-test: accepted " + document);
            }
        }
    }

    /**
     * Checks the rules of {@code b[off, off + len)} that a backend's tokenizer does not see, for an adapter whose own
     * walk over the tokens checks the rest (see {@code api/STRICTNESS.md}, "Where the rules are checked"): UTF-8,
     * control characters and escapes in strings, nothing but JSON whitespace between tokens, every string closed,
     * maxDocumentBytes and maxStringLength. Left to the caller: the order of the tokens, the number grammar,
     * literals, maxNestingDepth, maxNumberLength and that nothing follows the value. When the caller finds one of
     * those broken, or its backend fails, it calls {@link #validate}, which throws the same error for the document
     * as it does for every other backend.
     *
     * <p>Only the vector pass checks this subset; where it is not in use, or does not accept the document, this is
     * {@link #validate}.
     *
     * @throws JsonDecodeException if the document breaks a rule checked here
     * @throws IndexOutOfBoundsException if the range is not within {@code b}
     */
    public void validateLexically(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (fastPath != null && (warmingUp || VectorWarmUp.inUse()) && fastPath.acceptsLexically(b, off, len)) {
            return;
        }
        validate(b, off, len);
    }

    /**
     * Validates the document {@code b[off, off + len)}.
     *
     * @throws JsonDecodeException if it is not a single strict JSON text or exceeds a limit; its offset counts
     *                             from {@code off}
     * @throws IndexOutOfBoundsException if the range is not within {@code b}
     */
    public void validate(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (fastPath != null && (warmingUp || VectorWarmUp.inUse()) && fastPath.accepts(b, off, len)) {
            return;
        }
        documentStart = off;
        if (len > limits.maxDocumentBytes()) {
            throw error(off, DecodeLimits.exceededMessage("maxDocumentBytes", limits.maxDocumentBytes()));
        }
        int end = off + len;
        if (len >= 3 && b[off] == (byte) 0xEF && b[off + 1] == (byte) 0xBB && b[off + 2] == (byte) 0xBF) {
            throw error(off, "a byte order mark (BOM) is not allowed before the JSON value");
        }
        int i = JsonWhitespace.skip(b, off, end);
        if (i == end) {
            throw error(i, "empty document: expected a JSON value");
        }
        int depth = 0;
        value:
        for (;;) {
            i = JsonWhitespace.skip(b, i, end);
            if (i == end) {
                throw error(i, "unexpected end of input: expected a value");
            }
            switch (b[i]) {
                case '{' -> {
                    pushContainer(depth++, true, i);
                    i = JsonWhitespace.skip(b, i + 1, end);
                    if (i == end || b[i] != '}') {
                        i = memberName(b, i, end, "expected a member name or '}'");
                        continue value;
                    }
                    depth--;
                    i++;
                }
                case '[' -> {
                    pushContainer(depth++, false, i);
                    i = JsonWhitespace.skip(b, i + 1, end);
                    if (i == end || b[i] != ']') {
                        continue value;
                    }
                    depth--;
                    i++;
                }
                case '"' -> i = string(b, i, end);
                case 't' -> i = literal(b, i, end, "true");
                case 'f' -> i = literal(b, i, end, "false");
                case 'n' -> i = literal(b, i, end, "null");
                case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> i = number(b, i, end);
                default -> throw error(i, "expected a value, found " + found(b, i, end));
            }
            // A value is complete: close the containers it completes, until one expects another value.
            for (;;) {
                i = JsonWhitespace.skip(b, i, end);
                if (depth == 0) {
                    if (i != end) {
                        throw error(i, "trailing content after the JSON value: " + found(b, i, end));
                    }
                    return;
                }
                boolean inObject = isObject(depth);
                if (i == end) {
                    throw error(i, "unexpected end of input in " + (inObject ? "an object" : "an array"));
                }
                byte c = b[i];
                if (c == ',') {
                    i = JsonWhitespace.skip(b, i + 1, end);
                    if (inObject) {
                        i = memberName(b, i, end, "expected a member name after ','");
                    }
                    continue value;
                }
                if (c == (inObject ? '}' : ']')) {
                    depth--;
                    i++;
                    continue;
                }
                throw error(i, inObject
                        ? "expected ',' or '}' after an object member, found " + found(b, i, end)
                        : "expected ',' or ']' after an array element, found " + found(b, i, end));
            }
        }
    }

    /** Reads a member name and the ':' after it; returns the index where the member's value may start. */
    private int memberName(byte[] b, int i, int end, String expectation) {
        if (i == end || b[i] != '"') {
            throw error(i, expectation + ", found " + found(b, i, end));
        }
        i = JsonWhitespace.skip(b, string(b, i, end), end);
        if (i == end || b[i] != ':') {
            throw error(i, "expected ':' after a member name, found " + found(b, i, end));
        }
        return i + 1;
    }

    /** Reads the string whose opening quote is at {@code b[i]}; returns the index after its closing quote. */
    private int string(byte[] b, int i, int end) {
        int start = i++;
        int decodedLength = 0;
        for (;;) {
            // Skip eight plain ASCII characters at a time: none a quote, backslash, control or non-ASCII byte.
            while (i <= end - Long.BYTES) {
                long word = (long) Utf8.LONGS.get(b, i);
                long special = (hasByteBelow(word, SPACES) | hasZeroByte(word ^ QUOTES) | hasZeroByte(word ^ BACKSLASHES)
                        | word) & Utf8.HIGH_BITS;
                if (special != 0) {
                    // The lowest flagged byte is exact (false positives only occur above a true hit).
                    int plain = Long.numberOfTrailingZeros(special) >>> 3;
                    i += plain;
                    decodedLength += plain;
                    break;
                }
                i += Long.BYTES;
                decodedLength += Long.BYTES;
            }
            if (i == end) {
                throw error(i, "unexpected end of input in a string (it starts at byte " + (start - documentStart) + ")");
            }
            byte c = b[i];
            if (c == '"') {
                if (decodedLength > limits.maxStringLength()) {
                    throw error(start, DecodeLimits.exceededMessage("maxStringLength", limits.maxStringLength()));
                }
                return i + 1;
            }
            if (c == '\\') {
                int escapeLength = escape(b, i, end);
                i += escapeLength;
                decodedLength += escapeLength == SURROGATE_PAIR_ESCAPE_LENGTH ? 2 : 1;
            } else if (c >= 0x20) {
                i++;
                decodedLength++;
            } else if (c >= 0) {
                throw error(i, String.format("unescaped control character 0x%02X in a string", c));
            } else {
                int sequenceLength = Utf8.sequenceLength(b, i, end);
                if (sequenceLength == 0) {
                    throw error(i, Utf8.describeInvalid(b, i, end));
                }
                i += sequenceLength;
                // A four-byte sequence is a code point above U+FFFF: two UTF-16 chars.
                decodedLength += sequenceLength == 4 ? 2 : 1;
            }
        }
    }

    /** Checks the escape whose backslash is at {@code b[i]}; returns its length in bytes. */
    private int escape(byte[] b, int i, int end) {
        if (i + 1 == end) {
            throw error(end, "unexpected end of input in an escape sequence");
        }
        switch (b[i + 1]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return 2;
            }
            case 'u' -> {
                int unit = hexEscape(b, i, end);
                if (Character.isLowSurrogate((char) unit)) {
                    throw error(i, String.format("unpaired surrogate escape \\u%04X: a low surrogate must follow a"
                            + " high surrogate escape (\\uD800-\\uDBFF)", unit));
                }
                if (!Character.isHighSurrogate((char) unit)) {
                    return UNICODE_ESCAPE_LENGTH;
                }
                int next = i + UNICODE_ESCAPE_LENGTH;
                if (next + 1 >= end || b[next] != '\\' || b[next + 1] != 'u'
                        || !Character.isLowSurrogate((char) hexEscape(b, next, end))) {
                    throw error(i, String.format("unpaired surrogate escape \\u%04X: a high surrogate must be followed"
                            + " at once by a low surrogate escape (\\uDC00-\\uDFFF)", unit));
                }
                return SURROGATE_PAIR_ESCAPE_LENGTH;
            }
            default -> throw error(i, "invalid escape " + escapeText(b[i + 1])
                    + "; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
        }
    }

    /** The UTF-16 unit of the <code>&#92;uXXXX</code> escape whose backslash is at {@code b[i]}. */
    private int hexEscape(byte[] b, int i, int end) {
        int unit = 0;
        for (int digit = i + 2; digit < i + UNICODE_ESCAPE_LENGTH; digit++) {
            int value = digit < end ? Character.digit(b[digit], 16) : -1;
            if (value < 0) {
                throw error(Math.min(digit, end), "invalid \\u escape: expected 4 hex digits, found " + found(b, digit, end));
            }
            unit = unit << 4 | value;
        }
        return unit;
    }

    private static String escapeText(byte escaped) {
        return escaped > 0x20 && escaped < 0x7F
                ? "'\\" + (char) escaped + "'"
                : String.format("(backslash followed by byte 0x%02X)", escaped & 0xFF);
    }

    private int literal(byte[] b, int i, int end, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (i + k == end || b[i + k] != word.charAt(k)) {
                throw error(i, "invalid literal: expected '" + word + "', found " + found(b, i + k, end));
            }
        }
        return i + word.length();
    }

    private int number(byte[] b, int i, int end) {
        int numberEnd = JsonNumbers.scanNumber(b, i, end, backend, i - documentStart);
        if (numberEnd - i > limits.maxNumberLength()) {
            throw error(i, DecodeLimits.exceededMessage("maxNumberLength", limits.maxNumberLength()));
        }
        return numberEnd;
    }

    /** Records the kind of the container opened at {@code b[i]}, which becomes depth {@code depth + 1}. */
    private void pushContainer(int depth, boolean object, int i) {
        if (depth == limits.maxNestingDepth()) {
            throw error(i, DecodeLimits.exceededMessage("maxNestingDepth", limits.maxNestingDepth()));
        }
        int word = depth >>> 6;
        if (word == objectBits.length) {
            objectBits = Arrays.copyOf(objectBits, Math.min(2 * objectBits.length, wordsFor(limits.maxNestingDepth())));
        }
        if (object) {
            objectBits[word] |= 1L << depth;
        } else {
            objectBits[word] &= ~(1L << depth);
        }
    }

    private boolean isObject(int depth) {
        int bit = depth - 1;
        return (objectBits[bit >>> 6] & 1L << bit) != 0;
    }

    private static int wordsFor(int depth) {
        return (depth + Long.SIZE - 1) / Long.SIZE;
    }

    /** Flags (in the top bit of each byte) the bytes of {@code word} below the byte value repeated in {@code bound}. */
    private static long hasByteBelow(long word, long bound) {
        return (word - bound) & ~word;
    }

    /** Flags (in the top bit of each byte) the zero bytes of {@code word}. */
    private static long hasZeroByte(long word) {
        return (word - ONES) & ~word;
    }

    /** What an error message says was found at {@code b[i]}: "'x'", "byte 0x0A", "end of input", or a UTF-8 problem. */
    private static String found(byte[] b, int i, int end) {
        if (i >= end) {
            return "end of input";
        }
        if (b[i] < 0 && Utf8.sequenceLength(b, i, end) == 0) {
            return Utf8.describeInvalid(b, i, end);
        }
        int c = b[i] & 0xFF;
        return c > 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("byte 0x%02X", c);
    }

    private JsonDecodeException error(int index, String message) {
        return new JsonDecodeException(backend, index - documentStart, message);
    }
}
