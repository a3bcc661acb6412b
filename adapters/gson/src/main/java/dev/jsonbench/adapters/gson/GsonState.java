package dev.jsonbench.adapters.gson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.api.support.ThreadStates;

/** What one thread needs to decode: the strict validator and the reusable UTF-8 reader. Not thread-safe. */
final class GsonState extends ThreadStates.State {

    final StrictJsonValidator validator;
    final Utf8CharReader reader = new Utf8CharReader();

    GsonState(DecodeLimits limits) {
        this.validator = new StrictJsonValidator(GsonDecoder.NAME, limits);
    }

    @Override
    protected void end() {
        reader.release();
    }
}
