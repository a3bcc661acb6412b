package dev.jsonbench.adapters.gson;

import com.google.gson.stream.JsonReader;

/** A Gson {@link JsonReader} over a {@link Utf8CharReader}, which keeps the number literals Gson cannot read. */
final class DocumentJsonReader extends JsonReader {

    private final Utf8CharReader source;

    DocumentJsonReader(Utf8CharReader source) {
        super(source);
        this.source = source;
    }

    /** The literal of a number Gson reported as {@code text}: itself, or the original of a placeholder. */
    String literal(String text) {
        return source.rewritesNumbers() && Utf8CharReader.isPlaceholder(text) ? source.literal(text) : text;
    }
}
