package dev.jsonbench.adapters.dsljson;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.api.support.ThreadStates;
import java.io.IOException;
import java.util.Arrays;

/**
 * What one thread needs to decode: the strict validator, a reused DSL-JSON reader, the document being decoded and
 * the limits the token walk enforces. Not thread-safe.
 */
final class DslJsonState extends ThreadStates.State {

    private static final byte[] NO_BYTES = new byte[0];

    final StrictJsonValidator validator;
    final JsonReader<Object> reader;
    final int maxNestingDepth;
    final int maxNumberLength;
    /** The bytes the reader works on (see {@link #begin}). */
    byte[] document;

    DslJsonState(DslJson<Object> dsl, DecodeLimits limits) {
        this.validator = new StrictJsonValidator(DslJsonDecoder.NAME, limits);
        this.reader = dsl.newReader();
        this.maxNestingDepth = limits.maxNestingDepth();
        this.maxNumberLength = limits.maxNumberLength();
    }

    /**
     * Checks the rules of {@code json[offset, offset + length)} that DSL-JSON's tokenizer does not see (the token walk
     * checks the grammar), points the reader at it and reads its first token. The reader works on {@code json} itself,
     * or on a copy of the range when {@code offset != 0} (DSL-JSON's {@code process(byte[], int)} always starts at
     * index 0).
     */
    void begin(byte[] json, int offset, int length) throws IOException {
        validator.validateLexically(json, offset, length);
        document = offset == 0 ? json : Arrays.copyOfRange(json, offset, offset + length);
        reader.process(document, length);
        reader.getNextToken();
    }

    /** Lets go of the caller's bytes, so that the thread's reader does not keep them reachable. */
    @Override
    protected void end() {
        document = null;
        reader.process(NO_BYTES, 0);
    }
}
