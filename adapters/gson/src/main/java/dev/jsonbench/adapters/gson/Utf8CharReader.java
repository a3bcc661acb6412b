package dev.jsonbench.adapters.gson;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A reusable {@link Reader} that decodes UTF-8 bytes straight into Gson's {@code JsonReader} buffer, in place of
 * {@code new StringReader(new String(bytes, UTF_8))}, which copies the document twice (and would silently replace
 * ill-formed bytes with U+FFFD). The bytes must be a valid JSON text: the
 * {@link dev.jsonbench.api.support.StrictJsonValidator} has checked them, so nothing is checked again here.
 *
 * <p>It also hides from Gson the number literals that Gson 2.13's {@code JsonReader} cannot tokenize although they
 * are valid, which it rejects as malformed:
 * <ul>
 *   <li>an integer part whose first digits, taken modulo 2^64, are 0 and are followed by another digit
 *       ({@code 184467440737095516160}, {@code 1} followed by 65 or more zeros): {@code peekNumber} takes the
 *       overflowed value 0 for a leading zero (fixed upstream by google/gson pull request 3034, not released in
 *       2.13.2);</li>
 *   <li>a literal of {@value #GSON_BUFFER_SIZE} characters or more, which does not fit Gson's buffer.</li>
 * </ul>
 * Such a literal is passed to Gson as the placeholder {@code -0e-k} (a valid number, k counting from 1) and kept
 * here; {@link #literal(String)} gives the original back to whoever reads the placeholder. A literal of the
 * placeholder's form that is really in the document ({@code -0e-5}, whose value is -0.0) is passed as {@code -0.0},
 * so that every number Gson reports in that form is a placeholder. This scan runs only when Gson has rejected a
 * document the validator accepted, for a second read; the first read just decodes ({@code readPlain}).
 *
 * <p>Not thread-safe: one per thread, {@link #reset} before each document and {@link #release} after it.
 */
final class Utf8CharReader extends Reader {

    /** Gson's JsonReader buffer; a number literal must be shorter to be read. */
    static final int GSON_BUFFER_SIZE = 1024;

    private static final String PLACEHOLDER_PREFIX = "-0e-";

    private byte[] bytes;
    private int position;
    private int end;

    /** Lexical state, to find number literals: inside a string, and just after a backslash in one. */
    private boolean inString;
    private boolean escaped;
    /** Bytes before this index are the rest of a number literal that is passed on unchanged. */
    private int plainUntil;

    /** Characters still to be delivered: a placeholder or a low surrogate that did not fit the caller's buffer. */
    private final char[] pending = new char[24];
    private int pendingStart;
    private int pendingEnd;

    /** The literals replaced by placeholders, in document order. */
    private final List<String> replaced = new ArrayList<>();

    /** Whether this document's numbers are scanned (see the class comment); else the bytes are just decoded. */
    private boolean rewriteNumbers;

    void reset(byte[] b, int offset, int length, boolean rewriteNumbers) {
        this.rewriteNumbers = rewriteNumbers;
        bytes = b;
        position = offset;
        end = offset + length;
        inString = false;
        escaped = false;
        plainUntil = 0;
        pendingStart = 0;
        pendingEnd = 0;
        replaced.clear();
    }

    /** Drops the references to the document, so that a thread's reader does not keep the last one alive. */
    void release() {
        bytes = null;
        position = 0;
        end = 0;
        replaced.clear();
    }

    boolean rewritesNumbers() {
        return rewriteNumbers;
    }

    /** Whether a number Gson reported is one of the placeholders. */
    static boolean isPlaceholder(String number) {
        return number.startsWith(PLACEHOLDER_PREFIX);
    }

    /** The original literal of the placeholder {@code number}. */
    String literal(String number) {
        return replaced.get(Integer.parseInt(number, PLACEHOLDER_PREFIX.length(), number.length(), 10) - 1);
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (!rewriteNumbers) {
            return readPlain(buffer, offset, length);
        }
        int limit = offset + length;
        int n = drainPending(buffer, offset, limit);
        byte[] b = bytes;
        int i = position;
        int e = end;
        boolean inString = this.inString;
        boolean escaped = this.escaped;
        int plainUntil = this.plainUntil;
        while (n < limit && i < e) {
            int c = b[i];
            if (c < 0) {
                // Multi-byte characters occur only inside strings.
                n = decodeSequence(b, i, buffer, n, limit);
                i += sequenceLength(c);
                escaped = false;
                continue;
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if ((c == '-' || (c >= '0' && c <= '9')) && i >= plainUntil) {
                int numberEnd = numberEnd(b, i, e);
                String replacement = replacement(b, i, numberEnd);
                if (replacement == null) {
                    plainUntil = numberEnd;
                } else {
                    i = numberEnd;
                    int copied = Math.min(replacement.length(), limit - n);
                    replacement.getChars(0, copied, buffer, n);
                    n += copied;
                    replacement.getChars(copied, replacement.length(), pending, 0);
                    pendingStart = 0;
                    pendingEnd = replacement.length() - copied;
                    continue;
                }
            }
            buffer[n++] = (char) c;
            i++;
        }
        this.inString = inString;
        this.escaped = escaped;
        this.plainUntil = plainUntil;
        return consumed(i, n - offset, length);
    }

    /** Decodes without looking at the JSON: the common case. */
    private int readPlain(char[] buffer, int offset, int length) {
        int limit = offset + length;
        int n = drainPending(buffer, offset, limit);
        byte[] b = bytes;
        int i = position;
        int e = end;
        while (n < limit && i < e) {
            int c = b[i];
            if (c >= 0) {
                buffer[n++] = (char) c;
                i++;
            } else {
                n = decodeSequence(b, i, buffer, n, limit);
                i += sequenceLength(c);
            }
        }
        return consumed(i, n - offset, length);
    }

    /** Copies the pending chars that fit into {@code buffer[n, limit)}; returns the index after them. */
    private int drainPending(char[] buffer, int n, int limit) {
        while (pendingStart < pendingEnd && n < limit) {
            buffer[n++] = pending[pendingStart++];
        }
        return n;
    }

    /** Records where the next read starts; returns the count of chars read, or -1 once the document is exhausted. */
    private int consumed(int nextPosition, int read, int length) {
        position = nextPosition;
        return read == 0 && length > 0 ? -1 : read;
    }

    /**
     * Decodes the multi-byte sequence whose lead byte is {@code b[i]} (validated, so well-formed) into
     * {@code buffer[n]}; returns the index after the chars written. A low surrogate that does not fit before
     * {@code limit} is kept in {@link #pending}.
     */
    private int decodeSequence(byte[] b, int i, char[] buffer, int n, int limit) {
        int c = b[i];
        if ((c & 0xE0) == 0xC0) {
            buffer[n++] = (char) ((c & 0x1F) << 6 | (b[i + 1] & 0x3F));
        } else if ((c & 0xF0) == 0xE0) {
            buffer[n++] = (char) ((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F));
        } else {
            int codePoint = (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
            buffer[n++] = Character.highSurrogate(codePoint);
            char low = Character.lowSurrogate(codePoint);
            if (n < limit) {
                buffer[n++] = low;
            } else {
                pending[0] = low;
                pendingStart = 0;
                pendingEnd = 1;
            }
        }
        return n;
    }

    /** The length in bytes of the well-formed sequence whose lead byte is {@code lead} (a negative byte). */
    private static int sequenceLength(int lead) {
        return (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    }

    private static int numberEnd(byte[] b, int i, int e) {
        while (i < e) {
            byte c = b[i];
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** What to pass to Gson instead of the literal {@code b[start, end)}, or null to pass it unchanged. */
    private String replacement(byte[] b, int start, int end) {
        int length = end - start;
        if (length >= GSON_BUFFER_SIZE || overflowsToZero(b, start, end)) {
            replaced.add(new String(b, start, length, StandardCharsets.ISO_8859_1));
            return PLACEHOLDER_PREFIX + replaced.size();
        }
        if (length > PLACEHOLDER_PREFIX.length() && b[start] == '-' && b[start + 1] == '0' && b[start + 2] == 'e'
                && b[start + 3] == '-') {
            return "-0.0"; // a literal of the placeholder's form; its value is -0.0
        }
        return null;
    }

    /**
     * Whether Gson's peekNumber would see its accumulated integer value (negated, wrapping like a long) become 0
     * before another digit of the integer part, and take that for a leading zero.
     */
    private static boolean overflowsToZero(byte[] b, int i, int end) {
        if (b[i] == '-') {
            i++;
        }
        if (end - i <= 19) {
            return false; // fits a long: no wrap-around
        }
        long value = 0;
        for (int k = i; k < end; k++) {
            int c = b[k];
            if (c < '0' || c > '9') {
                return false;
            }
            if (k > i && value == 0) {
                return true;
            }
            value = value * 10 - (c - '0');
        }
        return false;
    }

    @Override
    public void close() {
        // the bytes belong to the caller
    }
}
