package dev.jsonbench.api.support;

import dev.jsonbench.api.DecodeLimits;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vectorised pass of {@link StrictJsonValidator}, on the incubating Vector API. It answers only "valid" or "not
 * shown valid": a document it does not accept goes to the scalar validator, which accepts it or names the problem with
 * its offset. It accepts exactly what the scalar validator accepts (the tests hold it to that); where checking a rule
 * exactly here would cost more than it saves (a string longer in bytes than {@code maxStringLength}), it hands the
 * document over.
 *
 * <p>The document is read in blocks of 64 bytes, in the manner of simdjson's first stage. Per block, vector compares
 * give one bit per byte for quotes, backslashes, the structural characters {@code {}[]:,}, whitespace, control
 * characters and non-ASCII bytes; a block with non-ASCII bytes is checked as UTF-8 by three table lookups per byte
 * (Keiser and Lemire, "Validating UTF-8 in less than one instruction per byte", 2021). Bit arithmetic on those masks
 * finds the escaped characters, the quotes that open and close strings and the span of every string (a prefix XOR),
 * so that control characters inside strings are found at once and string contents are never visited byte by byte.
 * What remains is a walk over the structural positions (the structural characters outside strings, the quotes and the
 * first byte of each number or literal), a small state machine that checks the grammar, the depth and the lengths;
 * numbers, literals and escapes are checked where they start.
 *
 * <p>Allocates nothing per document (the container stack grows only for a document deeper than any before it). Not
 * thread-safe: one per {@link StrictJsonValidator}.
 */
final class VectorValidator implements StrictJsonValidator.FastPath {

    /** 64 bytes as one vector where the CPU has them, else two or four: the masks of a block fill one long. */
    private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_PREFERRED.length() >= Long.SIZE
            ? ByteVector.SPECIES_512 : ByteVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int BLOCK = Long.SIZE;

    /** A UTF-8 check looks at the three bytes before each byte: room for them before a block copied into the scratch. */
    private static final int LOOKBEHIND = 3;

    /** Bits 1, 3, 5, ...: for finding the backslashes that escape (see {@link #escapes}). */
    private static final long ODD_BITS = 0xAAAA_AAAA_AAAA_AAAAL;

    // Keiser-Lemire error classes: each lookup gives the classes a byte pair may belong to; their AND is the error.
    private static final byte TOO_SHORT = 1;          // a lead byte not followed by a continuation byte
    private static final byte TOO_LONG = 1 << 1;      // ASCII followed by a continuation byte
    private static final byte OVERLONG_3 = 1 << 2;    // E0 80..9F
    private static final byte TOO_LARGE = 1 << 3;     // F4 90..BF, F5..FF 80..BF
    private static final byte SURROGATE = 1 << 4;     // ED A0..BF
    private static final byte OVERLONG_2 = 1 << 5;    // C0, C1
    private static final byte TOO_LARGE_1000 = 1 << 6; // F5..FF 80..8F
    private static final byte OVERLONG_4 = 1 << 6;    // F0 80..8F
    private static final byte TWO_CONTINUATIONS = (byte) (1 << 7);
    private static final byte CARRY = TOO_SHORT | TOO_LONG | TWO_CONTINUATIONS;

    /** Indexed by the high nibble of the first byte of a pair. */
    private static final ByteVector FIRST_HIGH = table(
            TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
            TWO_CONTINUATIONS, TWO_CONTINUATIONS, TWO_CONTINUATIONS, TWO_CONTINUATIONS,
            TOO_SHORT | OVERLONG_2,
            TOO_SHORT,
            TOO_SHORT | OVERLONG_3 | SURROGATE,
            TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4);

    /** Indexed by the low nibble of the first byte of a pair. */
    private static final ByteVector FIRST_LOW = table(
            CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4,
            CARRY | OVERLONG_2,
            CARRY,
            CARRY,
            CARRY | TOO_LARGE,
            CARRY | TOO_LARGE | TOO_LARGE_1000,
            CARRY | TOO_LARGE | TOO_LARGE_1000,
            CARRY | TOO_LARGE | TOO_LARGE_1000,
            CARRY | TOO_LARGE | TOO_LARGE_1000,
            CARRY | TOO_LARGE | TOO_LARGE_1000,
            CARRY | TOO_LARGE | TOO_LARGE_1000,
            CARRY | TOO_LARGE | TOO_LARGE_1000,
            CARRY | TOO_LARGE | TOO_LARGE_1000,
            CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE,
            CARRY | TOO_LARGE | TOO_LARGE_1000,
            CARRY | TOO_LARGE | TOO_LARGE_1000);

    /** Indexed by the high nibble of the second byte of a pair. */
    private static final ByteVector SECOND_HIGH = table(
            TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
            TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4,
            TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | TOO_LARGE,
            TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | SURROGATE | TOO_LARGE,
            TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | SURROGATE | TOO_LARGE,
            TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT);

    /** Reads four bytes as an int, to compare a literal at once. */
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int TRUE = literal("true");
    private static final int NULL = literal("null");
    private static final int ALSE = literal("alse");

    /** Bytes that may end a number or literal: whitespace, the structural characters and the quote. */
    private static final boolean[] DELIMITERS = new boolean[256];

    static {
        for (char c : " \t\n\r{}[]:,\"".toCharArray()) {
            DELIMITERS[c] = true;
        }
        if (SPECIES.vectorBitSize() < 128) {
            throw new UnsupportedOperationException("the preferred vector size is " + SPECIES.vectorBitSize()
                    + " bits; the vector pass needs 128 or more");
        }
    }

    private static final int INITIAL_STACK_DEPTH = 1024;

    private final int maxNestingDepth;
    private final int maxDocumentBytes;
    private final int maxStringLength;
    private final int maxNumberLength;

    /** The first and the last block of a document, with the bytes before them and padding after. */
    private final byte[] scratch = new byte[LOOKBEHIND + BLOCK];

    /** Bit {@code d} is set when the container at depth {@code d + 1} is an object, clear for an array. */
    private long[] objectBits;

    // The document being walked: blocks are classified as the walk needs their structural positions.
    private int documentStart;
    /** Where the next block to classify starts. */
    private int nextBlock;
    /** Index in the document of bit 0 of {@link #positions}. */
    private int positionsBase;
    /** The structural positions of the current block not walked yet. */
    private long positions;
    /** Whether closing quotes are structural positions too: only when a string may be past maxStringLength. */
    private boolean closingQuotes;
    /** A block broke a rule no structural position shows (UTF-8, a control character or an escape in a string). */
    private boolean failed;
    /** Escapes before this index have been checked as the second half of a surrogate pair. */
    private int checkedEscapesEnd;
    /** All ones while the previous block ended inside a string, else 0. */
    private long inStringCarry;
    /** 1 when the previous block ended with a backslash that escapes this block's first byte, else 0. */
    private long escapedCarry;
    /** 1 when the previous block ended inside a number or literal, else 0. */
    private long scalarCarry;
    /** Whether the bytes checked so far end in a UTF-8 sequence that needs more bytes. */
    private boolean utf8Incomplete;

    // The masks of the block being classified.
    private long quotes;
    private long backslashes;
    private long structurals;
    /** JSON whitespace; in {@link #classifyLexically} only the whitespace among the control characters. */
    private long whitespace;
    private long controls;
    private long nonAscii;
    /** Set for the bytes of the block outside strings (quotes excluded), once its strings are known. */
    private long outside;
    /** The quotes that are structural positions: those that open strings, and with closingQuotes all of them. */
    private long stringQuotes;

    VectorValidator(DecodeLimits limits) {
        this.maxNestingDepth = limits.maxNestingDepth();
        this.maxDocumentBytes = limits.maxDocumentBytes();
        this.maxStringLength = limits.maxStringLength();
        this.maxNumberLength = limits.maxNumberLength();
        this.objectBits = new long[wordsFor(Math.min(maxNestingDepth, INITIAL_STACK_DEPTH))];
    }

    /** What runs, for {@link StrictJsonValidator#implementation()}. */
    static String description() {
        return "vector (jdk.incubator.vector, " + SPECIES.vectorBitSize() + "-bit)";
    }

    /**
     * The grammar, walked over the structural positions in the shape in which the scalar validator walks the bytes:
     * {@link #next} gives the next one (classifying blocks as needed), {@code end} when none is left or a block broke
     * a rule.
     */
    @Override
    public boolean accepts(byte[] b, int off, int len) {
        if (len > maxDocumentBytes) {
            return false;
        }
        int end = off + len;
        begin(off, len);
        int i = next(b, end);
        int depth = 0;
        value:
        for (;;) {
            if (i == end) {
                return false;
            }
            switch (b[i]) {
                case '{' -> {
                    if (!push(depth++, true)) {
                        return false;
                    }
                    i = next(b, end);
                    if (i == end || b[i] != '}') {
                        if (!memberName(b, i, end)) {
                            return false;
                        }
                        i = next(b, end);
                        continue value;
                    }
                    depth--;
                }
                case '[' -> {
                    if (!push(depth++, false)) {
                        return false;
                    }
                    i = next(b, end);
                    if (i == end || b[i] != ']') {
                        continue value;
                    }
                    depth--;
                }
                case '"' -> {
                    if (closingQuotes && !stringEnd(b, i, end)) {
                        return false;
                    }
                }
                default -> {
                    if (!scalar(b, i, end)) {
                        return false;
                    }
                }
            }
            // A value is complete: close the containers it completes, until one expects another value.
            for (;;) {
                i = next(b, end);
                if (depth == 0) {
                    return i == end && !failed && inStringCarry == 0 && !utf8Incomplete;
                }
                if (i == end) {
                    return false;
                }
                boolean inObject = (objectBits[(depth - 1) >>> 6] & 1L << (depth - 1)) != 0;
                byte c = b[i];
                if (c == ',') {
                    i = next(b, end);
                    if (inObject) {
                        if (!memberName(b, i, end)) {
                            return false;
                        }
                        i = next(b, end);
                    }
                    continue value;
                }
                if (c != (inObject ? '}' : ']')) {
                    return false;
                }
                depth--;
            }
        }
    }

    /**
     * The rules no tokenizer sees, without the grammar: UTF-8, control characters and escapes in strings, nothing but
     * JSON whitespace, ASCII tokens and strings between values, every string closed, and the size limits. A string
     * longer in bytes than maxStringLength is handed over, as in {@link #accepts}. A block with no backslash, control
     * character or non-ASCII byte costs three compares; only the others are classified fully (12 of the fixture's 39).
     */
    @Override
    public boolean acceptsLexically(byte[] b, int off, int len) {
        if (len > maxDocumentBytes) {
            return false;
        }
        int end = off + len;
        begin(off, len);
        int openQuote = -1; // with closingQuotes: the string being read
        while (end - nextBlock > 0) {
            int at = nextBlock;
            byte[] src = b;
            int from = at;
            if (readsScratch(b, end)) {
                src = scratch;
                from = LOOKBEHIND;
            }
            // Most blocks have no backslash, control character or non-ASCII byte: then no rule can break in them, and
            // the strings still open after them are known from how many quotes they hold, with no prefix XOR.
            long quote = 0;
            long special = 0;
            for (int k = 0; k < BLOCK; k += LANES) {
                ByteVector v = ByteVector.fromArray(SPECIES, src, from + k);
                quote |= v.eq((byte) '"').toLong() << k;
                special |= v.eq((byte) '\\').or(v.lt((byte) 0x20)).toLong() << k; // signed: non-ASCII too
            }
            if ((special | escapedCarry) == 0 && !utf8Incomplete && !closingQuotes) {
                inStringCarry ^= -(Long.bitCount(quote) & 1);
                continue;
            }
            if (!lexicalBlock(src, from, b, at, end)) {
                return false;
            }
            // Outside strings every unescaped quote opens one, inside one it closes it: they alternate.
            for (long q = closingQuotes ? stringQuotes : 0; q != 0; q &= q - 1) {
                int i = positionsBase + Long.numberOfTrailingZeros(q);
                if (openQuote < 0) {
                    openQuote = i;
                } else if (i - openQuote - 1 > maxStringLength) {
                    return false;
                } else {
                    openQuote = -1;
                }
            }
        }
        return inStringCarry == 0 && !utf8Incomplete;
    }

    private void begin(int off, int len) {
        documentStart = off;
        nextBlock = off;
        positions = 0;
        closingQuotes = len - 2 > maxStringLength;
        failed = false;
        checkedEscapesEnd = 0;
        inStringCarry = 0;
        escapedCarry = 0;
        scalarCarry = 0;
        utf8Incomplete = false;
    }

    /** Whether a member name starts at {@code i} and a ':' follows it. */
    private boolean memberName(byte[] b, int i, int end) {
        if (i == end || b[i] != '"' || closingQuotes && !stringEnd(b, i, end)) {
            return false;
        }
        int colon = next(b, end);
        return colon != end && b[colon] == ':';
    }

    /**
     * Reads the closing quote of the string opened at {@code start}: whether the string can be within
     * maxStringLength. Decoded, a string has at most as many chars as bytes, so a longer one goes to the scalar
     * validator, which counts exactly.
     */
    private boolean stringEnd(byte[] b, int start, int end) {
        int close = next(b, end);
        return close != end && close - start - 1 <= maxStringLength;
    }

    /** The next structural position, or {@code end} when there is none or a block broke a rule. */
    private int next(byte[] b, int end) {
        while (positions == 0) {
            if (failed || nextBlock >= end || !block(b, end)) {
                return end;
            }
        }
        int i = positionsBase + Long.numberOfTrailingZeros(positions);
        positions &= positions - 1;
        return i;
    }

    /**
     * Classifies the next block and sets its structural positions; returns false (and sets {@link #failed}) if it
     * breaks a rule. The first and the last block are read from the scratch, so that the UTF-8 lookbehind reads no
     * byte before the document and the last block is padded with spaces (whitespace outside strings; a lead byte
     * that needs more bytes shows there).
     */
    private boolean block(byte[] b, int end) {
        int at = nextBlock;
        boolean ok = (readsScratch(b, end) ? classify(scratch, LOOKBEHIND) : classify(b, at)) && strings(b, at, end);
        if (ok) {
            long scalars = outside & ~(structurals | whitespace);
            long scalarStarts = scalars & ~(scalars << 1 | scalarCarry);
            scalarCarry = scalars >>> 63;
            positions = (structurals & outside) | stringQuotes | scalarStarts;
        }
        failed = !ok;
        return ok;
    }

    /**
     * {@link #block} for {@link #acceptsLexically}, on a block read from {@code src[from]} that starts at {@code b[at]}:
     * the masks it needs, its strings, and the bytes between tokens.
     */
    private boolean lexicalBlock(byte[] src, int from, byte[] b, int at, int end) {
        return classifyLexically(src, from) && strings(b, at, end) && ((controls & ~whitespace | nonAscii) & outside) == 0;
    }

    /**
     * Moves on to the block at {@link #nextBlock}; whether it is to be read from the scratch (the first and the last
     * block, copied there so that the UTF-8 lookbehind reads no byte before the document and the last block is padded
     * with spaces, which are whitespace outside strings and show a lead byte that needs more bytes).
     */
    private boolean readsScratch(byte[] b, int end) {
        int at = nextBlock;
        nextBlock += BLOCK;
        positionsBase = at;
        if (at != documentStart && end - at >= BLOCK) {
            return false;
        }
        int lookbehind = Math.min(LOOKBEHIND, at - documentStart);
        int length = Math.min(BLOCK, end - at);
        Arrays.fill(scratch, 0, LOOKBEHIND - lookbehind, (byte) 0);
        System.arraycopy(b, at - lookbehind, scratch, LOOKBEHIND - lookbehind, lookbehind + length);
        Arrays.fill(scratch, LOOKBEHIND + length, scratch.length, (byte) ' ');
        return true;
    }

    /**
     * From the masks of the block at {@code b[at]}: finds its strings (sets {@link #outside} and {@link #stringQuotes})
     * and checks their control characters and escapes.
     */
    private boolean strings(byte[] b, int at, int end) {
        long escaped = escapedCarry;
        long escapes = 0;
        if (backslashes != 0) {
            escapes = escapes(backslashes & ~escapedCarry);
            escaped = escapes << 1 | escapedCarry;
            escapedCarry = escapes >>> 63;
        } else {
            escapedCarry = 0;
        }
        long unescapedQuotes = quotes & ~escaped;
        long inString = prefixXor(unescapedQuotes) ^ inStringCarry;
        inStringCarry = inString >> 63;
        if ((controls & inString) != 0) {
            return false;
        }
        for (long e = escapes & inString; e != 0; e &= e - 1) {
            int i = at + Long.numberOfTrailingZeros(e);
            if (i >= checkedEscapesEnd) {
                int length = escapeLength(b, i, end);
                if (length < 0) {
                    return false;
                }
                checkedEscapesEnd = i + length;
            }
        }
        outside = ~(inString | unescapedQuotes);
        stringQuotes = closingQuotes ? unescapedQuotes : unescapedQuotes & inString;
        return true;
    }

    /**
     * Sets the masks of {@code src[from, from + 64)}; returns false if it shows ill-formed UTF-8 (together with the
     * three bytes before it, which must be in {@code src}).
     */
    private boolean classify(byte[] src, int from) {
        long quote = 0;
        long backslash = 0;
        long structural = 0;
        long space = 0;
        long belowSpace = 0;
        long nonAscii = 0;
        for (int k = 0; k < BLOCK; k += LANES) {
            ByteVector v = ByteVector.fromArray(SPECIES, src, from + k);
            // '[' | 0x20 is '{' and ']' | 0x20 is '}'
            ByteVector folded = v.or((byte) 0x20);
            quote |= v.eq((byte) '"').toLong() << k;
            backslash |= v.eq((byte) '\\').toLong() << k;
            structural |= folded.eq((byte) '{').or(folded.eq((byte) '}')).or(v.eq((byte) ',')).or(v.eq((byte) ':'))
                    .toLong() << k;
            space |= v.eq((byte) ' ').or(v.eq((byte) '\n')).or(v.eq((byte) '\r')).or(v.eq((byte) '\t')).toLong() << k;
            belowSpace |= v.lt((byte) 0x20).toLong() << k; // signed: the non-ASCII bytes too
            nonAscii |= v.lt((byte) 0).toLong() << k;
        }
        quotes = quote;
        backslashes = backslash;
        structurals = structural;
        whitespace = space;
        controls = belowSpace & ~nonAscii;
        this.nonAscii = nonAscii;
        return utf8Block(src, from);
    }

    /**
     * {@link #classify} for {@link #acceptsLexically}, which needs no structural characters: sets the quotes,
     * backslashes, control characters, the whitespace among them (tab, line feed, carriage return) and the non-ASCII
     * bytes.
     */
    private boolean classifyLexically(byte[] src, int from) {
        long quote = 0;
        long backslash = 0;
        long whitespaceControl = 0;
        long belowSpace = 0;
        long nonAscii = 0;
        for (int k = 0; k < BLOCK; k += LANES) {
            ByteVector v = ByteVector.fromArray(SPECIES, src, from + k);
            quote |= v.eq((byte) '"').toLong() << k;
            backslash |= v.eq((byte) '\\').toLong() << k;
            whitespaceControl |= v.eq((byte) '\n').or(v.eq((byte) '\r')).or(v.eq((byte) '\t')).toLong() << k;
            belowSpace |= v.lt((byte) 0x20).toLong() << k; // signed: the non-ASCII bytes too
            nonAscii |= v.lt((byte) 0).toLong() << k;
        }
        quotes = quote;
        backslashes = backslash;
        whitespace = whitespaceControl;
        controls = belowSpace & ~nonAscii;
        this.nonAscii = nonAscii;
        return utf8Block(src, from);
    }

    /** The UTF-8 check of the block just classified (with the three bytes before it). */
    private boolean utf8Block(byte[] src, int from) {
        if (nonAscii == 0) {
            // ASCII cannot complete a sequence the previous block left open.
            return !utf8Incomplete;
        }
        if (!utf8(src, from)) {
            return false;
        }
        int last = from + BLOCK - 1;
        utf8Incomplete = (src[last] & 0xFF) >= 0xC0 || (src[last - 1] & 0xFF) >= 0xE0 || (src[last - 2] & 0xFF) >= 0xF0;
        return true;
    }

    /** Keiser-Lemire: whether every byte of {@code src[from, from + 64)} is well placed, given the three before it. */
    private static boolean utf8(byte[] src, int from) {
        ByteVector errors = ByteVector.zero(SPECIES);
        for (int k = 0; k < BLOCK; k += LANES) {
            int i = from + k;
            ByteVector current = ByteVector.fromArray(SPECIES, src, i);
            ByteVector previous1 = ByteVector.fromArray(SPECIES, src, i - 1);
            ByteVector previous2 = ByteVector.fromArray(SPECIES, src, i - 2);
            ByteVector previous3 = ByteVector.fromArray(SPECIES, src, i - 3);
            ByteVector special = previous1.lanewise(VectorOperators.LSHR, 4).selectFrom(FIRST_HIGH)
                    .and(previous1.and((byte) 0x0F).selectFrom(FIRST_LOW))
                    .and(current.lanewise(VectorOperators.LSHR, 4).selectFrom(SECOND_HIGH));
            // The third byte of a 3- or 4-byte sequence and the fourth of a 4-byte one must be continuation bytes:
            // exactly there the pair check gives TWO_CONTINUATIONS, and nowhere else.
            VectorMask<Byte> third = previous2.lanewise(VectorOperators.LSHR, 5).eq((byte) 0b111);
            VectorMask<Byte> fourth = previous3.lanewise(VectorOperators.LSHR, 4).eq((byte) 0b1111);
            ByteVector mustContinue = ByteVector.zero(SPECIES).blend(TWO_CONTINUATIONS, third.or(fourth));
            errors = errors.or(special.lanewise(VectorOperators.XOR, mustContinue));
        }
        return !errors.compare(VectorOperators.NE, (byte) 0).anyTrue();
    }

    /**
     * The backslashes that escape the byte after them, from the backslashes that are not themselves escaped: in a run
     * of backslashes the first, third, fifth ... escape. Subtracting each run from a 1 just above it flips the run's
     * bits up to the first 0; against the alternating bits this marks every other backslash from the run's start.
     */
    static long escapes(long backslashes) {
        long codes = ((backslashes << 1 | ODD_BITS) - backslashes) ^ ODD_BITS;
        return codes & backslashes;
    }

    /** Bit {@code i} of the result is the XOR of bits 0 to {@code i}: set inside strings, from the opening quote. */
    static long prefixXor(long x) {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }

    /** Records the kind of the container opened at depth {@code depth + 1}; false past maxNestingDepth. */
    private boolean push(int depth, boolean object) {
        if (depth == maxNestingDepth) {
            return false;
        }
        int word = depth >>> 6;
        if (word == objectBits.length) {
            objectBits = Arrays.copyOf(objectBits, Math.min(2 * objectBits.length, wordsFor(maxNestingDepth)));
        }
        if (object) {
            objectBits[word] |= 1L << depth;
        } else {
            objectBits[word] &= ~(1L << depth);
        }
        return true;
    }

    /** Whether the number or literal at {@code b[i]} is well-formed, within its limit and followed by a delimiter. */
    private boolean scalar(byte[] b, int i, int end) {
        int tokenEnd;
        switch (b[i]) {
            case 't' -> tokenEnd = i + 4 <= end && (int) INTS.get(b, i) == TRUE ? i + 4 : -1;
            case 'n' -> tokenEnd = i + 4 <= end && (int) INTS.get(b, i) == NULL ? i + 4 : -1;
            case 'f' -> tokenEnd = i + 5 <= end && (int) INTS.get(b, i + 1) == ALSE ? i + 5 : -1;
            default -> {
                tokenEnd = numberEnd(b, i, end);
                if (tokenEnd - i > maxNumberLength) {
                    return false;
                }
            }
        }
        return tokenEnd >= 0 && (tokenEnd == end || DELIMITERS[b[tokenEnd] & 0xFF]);
    }

    /** The end of the RFC 8259 number at {@code b[i]}, or -1 if none starts there. */
    private static int numberEnd(byte[] b, int i, int end) {
        if (b[i] == '-') {
            i++;
        }
        if (i == end) {
            return -1;
        }
        if (b[i] == '0') {
            i++;
        } else if (isDigit(b[i])) {
            i = digits(b, i + 1, end);
        } else {
            return -1;
        }
        if (i < end && b[i] == '.') {
            int first = i + 1;
            i = digits(b, first, end);
            if (i == first) {
                return -1;
            }
        }
        if (i < end && (b[i] | 0x20) == 'e') {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int first = i;
            i = digits(b, first, end);
            if (i == first) {
                return -1;
            }
        }
        return i;
    }

    private static int digits(byte[] b, int i, int end) {
        while (i < end && isDigit(b[i])) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The length of the valid escape whose backslash is at {@code b[i]} (2, 6, or 12 for a surrogate pair), or -1:
     * the rules of the scalar validator's {@code escape}.
     */
    private static int escapeLength(byte[] b, int i, int end) {
        if (i + 1 >= end) {
            return -1;
        }
        switch (b[i + 1]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return 2;
            }
            case 'u' -> {
                int unit = JsonStrings.hex4(b, i + 2, end);
                if (unit < 0 || Character.isLowSurrogate((char) unit)) {
                    return -1;
                }
                if (!Character.isHighSurrogate((char) unit)) {
                    return 6;
                }
                return i + 12 <= end && b[i + 6] == '\\' && b[i + 7] == 'u'
                        && Character.isLowSurrogate((char) JsonStrings.hex4(b, i + 8, end)) ? 12 : -1;
            }
            default -> {
                return -1;
            }
        }
    }

    private static int wordsFor(int depth) {
        return (depth + Long.SIZE - 1) / Long.SIZE;
    }

    private static int literal(String word) {
        byte[] bytes = word.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return (int) INTS.get(bytes, 0);
    }

    /** A lookup table of 16 entries, repeated across the vector. */
    private static ByteVector table(int... entries) {
        byte[] lanes = new byte[LANES];
        for (int i = 0; i < LANES; i++) {
            lanes[i] = (byte) entries[i % 16];
        }
        return ByteVector.fromArray(SPECIES, lanes, 0);
    }
}
