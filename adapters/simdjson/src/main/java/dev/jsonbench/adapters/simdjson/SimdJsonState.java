package dev.jsonbench.adapters.simdjson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.ArgumentFrames;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.api.support.ThreadStates;
import java.lang.ref.SoftReference;
import java.math.BigInteger;
import java.util.Map;
import org.simdjson.JsonParsingException;
import org.simdjson.JsonValue;
import org.simdjson.SimdJsonParser;

/**
 * One thread's simdjson-java state for one decoder: the parser (not thread-safe, and its DOM is a view of its tape
 * that the next parse overwrites), a padded copy buffer, the validator for limits and error messages, and the
 * state of the document being decoded. It keeps its own parsers by size (see {@link #parserFor}), so
 * {@link ThreadStates} never drops it.
 */
final class SimdJsonState extends ThreadStates.State {

    /** simdjson-java reads up to 64 bytes past a string's start; it copies input without this much slack. */
    static final int PADDING = 64;

    /** The first parser takes documents up to this size; it holds about 14 * 4/3 bytes per document byte. */
    static final int INITIAL_DOCUMENT_BYTES = 16 * 1024;

    /** Parsers for documents up to this size are kept; larger ones are held softly (about 4.8 MB at this size). */
    static final int RETAINED_DOCUMENT_BYTES = 256 * 1024;

    /** Room for one large-document parser to be reused by documents a little larger than the one it was made for. */
    private static final int LARGE_DOCUMENT_GRANULE = 64 * 1024;

    private static final String NAME = SimdJsonProvider.NAME;
    private static final String OUT_OF_LONG_RANGE = "Number value is out of long range";

    private final DecodeLimits limits;

    /** The constructor arguments of the records being bound. */
    final ArgumentFrames frames = new ArgumentFrames();

    private SimdJsonParser parser;
    /** The largest document {@link #parser} takes; -1 before the first parse. */
    private int parserDocumentBytes = -1;
    private SoftReference<SimdJsonParser> largeParser;
    private int largeParserDocumentBytes;

    /** A padded copy of a document that does not start at offset 0 (simdjson-java takes no offset). */
    private byte[] copy;

    private StrictJsonValidator validator;

    /** The document being decoded (the caller's buffer, not a copy), for error messages; null between decodes. */
    private byte[] json;
    private int offset;
    private int length;

    /** Placeholder value -> value of each integer literal outside the long range, or null (the usual case). */
    private Map<Long, BigInteger> bigIntegers;

    SimdJsonState(DecodeLimits limits) {
        this.limits = limits;
    }

    /**
     * Parses {@code json[off, off + len)}; the result is valid until {@link #end()}.
     *
     * <p>Two kinds of document need a second parse, after the validator has checked the whole document: one with
     * integers outside the long range (simdjson-java refuses them; they are parsed from a copy holding
     * placeholders), and one that reaches exactly {@link DecodeLimits#maxNestingDepth()} with a non-empty container
     * (see {@link #newParser}).
     */
    JsonValue parse(byte[] json, int off, int len) {
        this.json = json;
        this.offset = off;
        this.length = len;
        boolean validated = false;
        if (len > limits.maxStringLength()
                || len > limits.maxNumberLength() && NumberRuns.anyLongerThan(json, off, len, limits.maxNumberLength())) {
            // A string or number may be past its limit: the exact check (it also covers skipped members).
            validator().validate(json, off, len);
            validated = true;
        }
        byte[] input = off == 0 ? json : copyOf(json, off, len);
        boolean deep = false;
        for (;;) {
            try {
                return (deep ? newParser(len, true) : parserFor(len)).parse(input, len);
            } catch (JsonParsingException e) {
                if (bigIntegers != null || e.getMessage() == null || !e.getMessage().startsWith(OUT_OF_LONG_RANGE)) {
                    throw e;
                }
                // The tape stopped at the first big integer, so the rest of the document is unchecked.
                if (!validated) {
                    validator().validate(json, off, len);
                    validated = true;
                }
                input = new byte[len + PADDING];
                System.arraycopy(json, off, input, 0, len);
                bigIntegers = NumberLiterals.replaceBigIntegers(input, len, NAME);
                if (bigIntegers.isEmpty()) {
                    throw e;
                }
            } catch (ArrayIndexOutOfBoundsException e) {
                // Past the parser's maxDepth: a depth error, unless the validator finds the document within the limit.
                if (deep) {
                    throw e;
                }
                if (!validated) {
                    validator().validate(json, off, len);
                    validated = true;
                }
                deep = true;
            }
        }
    }

    /** Forgets the document; the state is ready for the next one. */
    @Override
    protected void end() {
        json = null;
        bigIntegers = null;
        frames.clear();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Numbers from the tape

    /** An integer from the tape: a Long, or the BigInteger a placeholder stands for. */
    Object integer(long value) {
        if (value >= NumberLiterals.FIRST_PLACEHOLDER && bigIntegers != null) {
            BigInteger big = bigIntegers.get(value);
            if (big != null) {
                return big;
            }
        }
        return value;
    }

    /** The BigInteger {@code value} (from the tape) stands for, or null if it is an ordinary long. */
    BigInteger bigInteger(long value) {
        return value >= NumberLiterals.FIRST_PLACEHOLDER && bigIntegers != null ? bigIntegers.get(value) : null;
    }

    /** simdjson-java turns a literal that overflows a double into an infinity; the value model rejects it. */
    double finite(double value) {
        if (Double.isInfinite(value)) {
            throw NumberLiterals.overflowError(json, offset, length, NAME);
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Errors

    /**
     * The JsonDecodeException for a document simdjson-java rejected: the validator's (which names the rule or
     * limit and gives the offset), with simdjson-java's exception attached as suppressed; or, if the validator
     * finds nothing wrong, simdjson-java's own message.
     */
    JsonDecodeException rejection(RuntimeException cause) {
        if (json != null) {
            try {
                validator().validate(json, offset, length);
            } catch (JsonDecodeException precise) {
                precise.addSuppressed(cause);
                return precise;
            }
        }
        String reason = cause instanceof JsonParsingException ? cause.getMessage() : cause.toString();
        return new JsonDecodeException(NAME, -1, "simdjson-java rejected the document: " + reason, cause);
    }

    private StrictJsonValidator validator() {
        if (validator == null) {
            validator = new StrictJsonValidator(NAME, limits);
        }
        return validator;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parsers and buffers

    /** A parser that takes {@code len} bytes, growing this thread's parser when a larger document arrives. */
    private SimdJsonParser parserFor(int len) {
        if (len <= parserDocumentBytes) {
            return parser;
        }
        if (len <= RETAINED_DOCUMENT_BYTES) {
            int documentBytes = Math.max(INITIAL_DOCUMENT_BYTES, parserDocumentBytes);
            while (documentBytes < len) {
                documentBytes *= 2;
            }
            documentBytes = Math.min(documentBytes, Math.max(len, Math.min(RETAINED_DOCUMENT_BYTES, limits.maxDocumentBytes())));
            parser = newParser(documentBytes, false);
            parserDocumentBytes = documentBytes;
            return parser;
        }
        SimdJsonParser large = largeParser == null ? null : largeParser.get();
        if (large != null && len <= largeParserDocumentBytes) {
            return large;
        }
        largeParser = null; // let the old one go before allocating the next
        int documentBytes = (int) Math.min(limits.maxDocumentBytes(),
                ((long) len + LARGE_DOCUMENT_GRANULE - 1) / LARGE_DOCUMENT_GRANULE * LARGE_DOCUMENT_GRANULE);
        large = newParser(documentBytes, false);
        largeParser = new SoftReference<>(large);
        largeParserDocumentBytes = documentBytes;
        return large;
    }

    /**
     * A parser for documents up to {@code documentBytes}. simdjson-java sizes its tape (longs), structural index
     * (ints), string buffer and padded copy (bytes) all by one capacity. A document needs at most 4/3 of its length
     * in tape entries (as in {@code [0],[0],...}) and in string buffer bytes (as in {@code "","",...}: 4 bytes of
     * length per 3 bytes of input), plus slack for the 64-byte vector stores past the last string and the padding.
     *
     * <p>Depth: simdjson-java throws ArrayIndexOutOfBoundsException when a non-empty container reaches depth
     * {@code maxDepth}, and does not count an empty container as a level. So with {@code maxDepth =
     * maxNestingDepth} every document it accepts is within the limit (non-empty containers at most
     * {@code maxNestingDepth - 1} deep, an empty one inside them at {@code maxNestingDepth}); a document it refuses
     * is checked by the validator and, if that finds it within the limit, parsed again by a {@code deep} parser
     * ({@code maxDepth = maxNestingDepth + 1}). A document cannot nest deeper than its length, which bounds the depth
     * arrays of a small parser when the limit is large.
     */
    private SimdJsonParser newParser(int documentBytes, boolean deep) {
        long capacity = documentBytes + documentBytes / 3L + 4L * PADDING;
        if (capacity > Integer.MAX_VALUE - 16) {
            throw new JsonDecodeException(NAME, -1, "a document of " + length
                    + " bytes is too large for simdjson-java, whose buffers hold at most about 1.5 GB of input");
        }
        int maxDepth = Math.min(limits.maxNestingDepth(), documentBytes) + (deep ? 1 : 0);
        return new SimdJsonParser((int) capacity, maxDepth);
    }

    private byte[] copyOf(byte[] json, int off, int len) {
        byte[] buffer = copy;
        if (buffer == null || buffer.length < len + PADDING) {
            int previous = buffer == null ? 0 : buffer.length - PADDING;
            int size = len > RETAINED_DOCUMENT_BYTES ? len
                    : Math.max(len, Math.min(RETAINED_DOCUMENT_BYTES, Math.max(INITIAL_DOCUMENT_BYTES, 2 * previous)));
            buffer = new byte[size + PADDING];
            if (len <= RETAINED_DOCUMENT_BYTES) {
                copy = buffer;
            }
        }
        System.arraycopy(json, off, buffer, 0, len);
        return buffer;
    }
}
