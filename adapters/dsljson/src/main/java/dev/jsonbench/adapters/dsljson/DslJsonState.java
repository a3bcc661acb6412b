package dev.jsonbench.adapters.dsljson;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.api.support.ThreadStates;
import java.io.IOException;
import java.util.Arrays;

/** What one thread needs to decode: the strict validator and a reused DSL-JSON reader. Not thread-safe. */
final class DslJsonState extends ThreadStates.State {

    private static final byte[] NO_BYTES = new byte[0];

    final StrictJsonValidator validator;
    final JsonReader<Object> reader;

    DslJsonState(DslJson<Object> dsl, DecodeLimits limits) {
        this.validator = new StrictJsonValidator(DslJsonDecoder.NAME, limits);
        this.reader = dsl.newReader();
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
    @Override
    protected void end() {
        reader.process(NO_BYTES, 0);
    }
}
