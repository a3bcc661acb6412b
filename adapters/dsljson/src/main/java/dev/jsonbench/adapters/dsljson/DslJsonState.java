package dev.jsonbench.adapters.dsljson;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.support.StrictJsonValidator;
import java.io.IOException;
import java.util.Arrays;

/** What one thread needs to decode: the strict validator and a reused DSL-JSON reader. Not thread-safe. */
final class DslJsonState {

    /**
     * After a document larger than this the state is dropped, so that the reader's string buffer, grown for one
     * huge document, is not kept for the life of the thread.
     */
    static final int RETAINED_DOCUMENT_BYTES = 256 * 1024;

    private static final byte[] NO_BYTES = new byte[0];

    final StrictJsonValidator validator;
    final JsonReader<Object> reader;

    /** Whether this state is the thread's own (false for a private one made for a re-entrant decode). */
    final boolean pooled;

    /** Whether a decode is using this state (a record constructor may decode again on the same thread). */
    boolean busy;

    DslJsonState(DslJson<Object> dsl, DecodeLimits limits, boolean pooled) {
        this.validator = new StrictJsonValidator(DslJsonDecoder.NAME, limits);
        this.reader = dsl.newReader();
        this.pooled = pooled;
    }

    /**
     * Validates {@code json[offset, offset + length)}, points the reader at it and reads its first token.
     *
     * @return the bytes the reader works on: {@code json} itself, or a copy of the range when {@code offset != 0}
     *         (DSL-JSON's {@code process(byte[], int)} always starts at index 0)
     */
    byte[] begin(byte[] json, int offset, int length) throws IOException {
        validator.validate(json, offset, length);
        byte[] document = offset == 0 ? json : Arrays.copyOfRange(json, offset, offset + length);
        reader.process(document, length);
        reader.getNextToken();
        return document;
    }

    /** Lets go of the caller's bytes, so that the thread's reader does not keep them reachable. */
    void end() {
        reader.process(NO_BYTES, 0);
        busy = false;
    }
}
