package dev.jsonbench.adapters.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.jsonbench.api.DecodeLimits;
import java.io.IOException;

/**
 * The parser a typed decode hands to databind: it enforces the {@link DecodeLimits} that Jackson enforces differently
 * or not at all.
 * <ul>
 *   <li>member names: Jackson limits their UTF-8 bytes, so it is given three times the limit (the most bytes a
 *       name within the limit can take) and names are checked here in chars;</li>
 *   <li>skipped members: databind skips unknown members with {@link #skipChildren()}, and Jackson skips a string
 *       without measuring it; here every string, name and number inside a skipped value is measured (the strings
 *       are decoded to do so: only skipped ones, and only as far as the limit allows).</li>
 * </ul>
 * Everything else is passed through. One per decode; it adds one small object.
 */
final class CheckingParser extends JsonParserDelegate {

    private final JacksonTree tree;

    CheckingParser(JsonParser parser, JacksonTree tree) {
        super(parser);
        this.tree = tree;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == JsonToken.FIELD_NAME) {
            tree.checkName(delegate, delegate.currentName());
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = delegate.nextFieldName();
        if (name != null) {
            tree.checkName(delegate, name);
        }
        return name;
    }

    @Override
    public boolean nextFieldName(SerializableString expected) throws IOException {
        boolean matched = delegate.nextFieldName(expected);
        checkNameIfAtOne();
        return matched;
    }

    @Override
    public String nextTextValue() throws IOException {
        String text = delegate.nextTextValue();
        checkNameIfAtOne();
        return text;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        int value = delegate.nextIntValue(defaultValue);
        checkNameIfAtOne();
        return value;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        long value = delegate.nextLongValue(defaultValue);
        checkNameIfAtOne();
        return value;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        Boolean value = delegate.nextBooleanValue();
        checkNameIfAtOne();
        return value;
    }

    private void checkNameIfAtOne() throws IOException {
        if (delegate.currentToken() == JsonToken.FIELD_NAME) {
            tree.checkName(delegate, delegate.currentName());
        }
    }

    /** Skips the value at the current token (as Jackson does) while measuring what it skips. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = delegate.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            checkScalar(t);
            return this;
        }
        int open = 1;
        while (open > 0) {
            t = delegate.nextToken();
            if (t == null) {
                return this; // end of input: the caller's next read reports it
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> open++;
                case END_OBJECT, END_ARRAY -> open--;
                case FIELD_NAME -> tree.checkName(delegate, delegate.currentName());
                default -> checkScalar(t);
            }
        }
        return this;
    }

    private void checkScalar(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            tree.checkStringLength(delegate);
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            tree.checkLength(delegate);
        }
    }
}
