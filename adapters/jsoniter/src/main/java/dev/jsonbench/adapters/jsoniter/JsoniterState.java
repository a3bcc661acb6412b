package dev.jsonbench.adapters.jsoniter;

import com.jsoniter.JsonIterator;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.support.StrictJsonValidator;

/** What one thread needs to decode: the strict validator and a reused jsoniter iterator. Not thread-safe. */
final class JsoniterState {

    /**
     * After a document larger than this the state is dropped, so that the iterator's string buffer, grown for
     * one huge document, is not kept for the life of the thread.
     */
    static final int RETAINED_DOCUMENT_BYTES = 256 * 1024;

    private static final byte[] NO_BYTES = new byte[0];

    final StrictJsonValidator validator;
    final JsonIterator iterator = new JsonIterator();

    /** Member names of untyped objects, by hash (see {@link JsoniterTree}); kept across decodes. */
    final String[] names = new String[JsoniterTree.NAME_CACHE_SIZE];

    /** The caller's array while a decode runs. */
    byte[] document;

    /** Index in {@link #document} of the document's first byte, from which error offsets count. */
    int base;

    /** Whether this state is the thread's own (false for a private one made for a re-entrant decode). */
    final boolean pooled;

    /** Whether a decode is using this state (a record constructor may decode again on the same thread). */
    boolean busy;

    JsoniterState(DecodeLimits limits, boolean pooled) {
        this.validator = new StrictJsonValidator(JsoniterDecoder.NAME, limits);
        this.pooled = pooled;
    }

    /** Validates {@code json[offset, offset + length)} and points the iterator at it (no copy). */
    JsonIterator begin(byte[] json, int offset, int length) {
        validator.validate(json, offset, length);
        iterator.reset(json, offset, offset + length);
        document = json;
        base = offset;
        return iterator;
    }

    /** Lets go of the caller's bytes, so that the thread's iterator does not keep them reachable. */
    void end() {
        iterator.reset(NO_BYTES, 0, 0);
        document = null;
        busy = false;
    }
}
