package dev.jsonbench.adapters.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.jsonbench.api.TypedDecoder;
import java.io.IOException;

/** Decodes one type with its {@link ObjectReader}. Thread-safe, like the reader. */
final class JacksonTypedDecoder<T> implements TypedDecoder<T> {

    private final JacksonDecoder owner;
    private final Class<T> type;
    private final ObjectReader reader;

    JacksonTypedDecoder(JacksonDecoder owner, Class<T> type, ObjectReader reader) {
        this.owner = owner;
        this.type = type;
        this.reader = reader;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public T decode(byte[] json, int offset, int length) {
        InputCheck.check(json, offset, length, owner.limits());
        JsonParser p = null;
        try {
            p = new CheckingParser(owner.factory().createParser(json, offset, length), owner.tree());
            return reader.readValue(p);
        } catch (InvalidDefinitionException e) {
            JacksonDecoder.close(p);
            p = null;
            return decodeRepeatedMembers(json, offset, length);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw owner.decodeError(e, p);
        } finally {
            JacksonDecoder.close(p);
        }
    }

    /**
     * Databind builds a record as soon as every component has been read and fails on a member repeated after that
     * ("No fallback setter/field defined for creator property"). The value model keeps the last value of a repeated
     * member, as the tree does: decode the document as a tree and bind that. Only such documents take this path.
     */
    private T decodeRepeatedMembers(byte[] json, int offset, int length) {
        Object tree = owner.decodeTree(json, offset, length);
        JsonParser p = null;
        try (TokenBuffer buffer = new TokenBuffer(owner.mapper(), false)) {
            owner.mapper().writeValue(buffer, tree);
            p = buffer.asParser();
            return reader.readValue(p);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw owner.decodeError(e, null);
        } finally {
            JacksonDecoder.close(p);
        }
    }
}
