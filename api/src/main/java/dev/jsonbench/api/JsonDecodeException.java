package dev.jsonbench.api;

/**
 * The only exception a decode throws: the input is not valid JSON, exceeds a {@link DecodeLimits} setting,
 * or does not fit the target type.
 */
public final class JsonDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String backend;
    private final long offset;

    /**
     * @param backend the decoder's name
     * @param offset  byte offset of the problem from the start of the document, or -1 when unknown
     * @param message what is wrong, in words a person can act on
     * @param cause   the backend's exception, if any
     */
    public JsonDecodeException(String backend, long offset, String message, Throwable cause) {
        super(format(backend, offset, message), cause);
        this.backend = backend;
        this.offset = offset;
    }

    public JsonDecodeException(String backend, long offset, String message) {
        this(backend, offset, message, null);
    }

    /** The name of the decoder that rejected the input. */
    public String backend() {
        return backend;
    }

    /** Byte offset of the problem from the start of the document, or -1 when the backend does not say. */
    public long offset() {
        return offset;
    }

    private static String format(String backend, long offset, String message) {
        return offset >= 0
                ? backend + ": " + message + " (at byte " + offset + ")"
                : backend + ": " + message;
    }
}
