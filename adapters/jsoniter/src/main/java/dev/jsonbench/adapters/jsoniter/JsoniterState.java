package dev.jsonbench.adapters.jsoniter;

import com.jsoniter.JsonIterator;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.support.JsonWhitespace;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.api.support.ThreadStates;

/**
 * What one thread needs to decode: the strict validator, a reused jsoniter iterator, the document being decoded and
 * the limits the token walk enforces. Not thread-safe.
 */
final class JsoniterState extends ThreadStates.State {

    private static final byte[] NO_BYTES = new byte[0];

    final StrictJsonValidator validator;
    final JsonIterator iterator = new JsonIterator();

    /** Member names of untyped objects, by hash (see {@link JsoniterTree}); kept across decodes. */
    final String[] names = new String[JsoniterTree.NAME_CACHE_SIZE];

    /** The caller's array while a decode runs. */
    byte[] document;

    /** Index in {@link #document} of the document's first byte, from which error offsets count. */
    int base;

    /** Index in {@link #document} just past the document's last byte. */
    int end;

    /** Index in {@link #document} of the document's last byte that is not whitespace (base - 1 if none). */
    int lastToken;

    final int maxNestingDepth;
    final int maxNumberLength;

    JsoniterState(DecodeLimits limits) {
        this.validator = new StrictJsonValidator(JsoniterDecoder.NAME, limits);
        this.maxNestingDepth = limits.maxNestingDepth();
        this.maxNumberLength = limits.maxNumberLength();
    }

    /**
     * Checks the rules of {@code json[offset, offset + length)} that jsoniter's tokenizer does not see (the token walk
     * checks the grammar) and points the iterator at it (no copy).
     */
    void begin(byte[] json, int offset, int length) {
        validator.validateLexically(json, offset, length);
        iterator.reset(json, offset, offset + length);
        document = json;
        base = offset;
        end = offset + length;
        lastToken = end - 1;
        while (lastToken >= offset && JsonWhitespace.is(json[lastToken])) {
            lastToken--;
        }
    }


    /** Lets go of the caller's bytes, so that the thread's iterator does not keep them reachable. */
    @Override
    protected void end() {
        iterator.reset(NO_BYTES, 0, 0);
        document = null;
    }
}
