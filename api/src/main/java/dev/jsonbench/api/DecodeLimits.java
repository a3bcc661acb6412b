package dev.jsonbench.api;

/**
 * Limits every decode enforces, whatever the backend, so that hostile input costs bounded time and memory.
 * Immutable; build one with {@link #builder()} or start from {@link #defaults()}.
 *
 * <p>A document that exceeds a limit is rejected with a {@link JsonDecodeException} whose message names the
 * setting and how to raise it.
 */
public final class DecodeLimits {

    public static final int DEFAULT_MAX_NESTING_DEPTH = 512;
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
    public static final int DEFAULT_MAX_STRING_LENGTH = 20_000_000;
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;

    private static final DecodeLimits DEFAULTS = builder().build();

    private final int maxNestingDepth;
    private final int maxDocumentBytes;
    private final int maxStringLength;
    private final int maxNumberLength;

    private DecodeLimits(Builder builder) {
        this.maxNestingDepth = builder.maxNestingDepth;
        this.maxDocumentBytes = builder.maxDocumentBytes;
        this.maxStringLength = builder.maxStringLength;
        this.maxNumberLength = builder.maxNumberLength;
    }

    public static DecodeLimits defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .maxNestingDepth(maxNestingDepth)
                .maxDocumentBytes(maxDocumentBytes)
                .maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength);
    }

    /** Most arrays and objects open at once; the document's top-level value is at depth 1. Default 512. */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** Largest document, in bytes. Default 64 MiB. */
    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** Longest string value or member name, in decoded chars ({@link String#length()}). Default 20,000,000. */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** Longest number literal, in characters (sign, digits, point and exponent). Default 1000. */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** The message for a document that went past {@code setting}; every adapter uses it. */
    public static String exceededMessage(String setting, long limit) {
        return "document exceeds DecodeLimits." + setting + " (" + limit + "); raise it with DecodeLimits.builder()."
                + setting + "(n) if such input is expected";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DecodeLimits that
                && maxNestingDepth == that.maxNestingDepth
                && maxDocumentBytes == that.maxDocumentBytes
                && maxStringLength == that.maxStringLength
                && maxNumberLength == that.maxNumberLength;
    }

    @Override
    public int hashCode() {
        return ((maxNestingDepth * 31 + maxDocumentBytes) * 31 + maxStringLength) * 31 + maxNumberLength;
    }

    @Override
    public String toString() {
        return "DecodeLimits[maxNestingDepth=" + maxNestingDepth + ", maxDocumentBytes=" + maxDocumentBytes
                + ", maxStringLength=" + maxStringLength + ", maxNumberLength=" + maxNumberLength + "]";
    }

    public static final class Builder {
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;

        private Builder() {
        }

        public Builder maxNestingDepth(int value) {
            maxNestingDepth = positive("maxNestingDepth", value);
            return this;
        }

        public Builder maxDocumentBytes(int value) {
            maxDocumentBytes = positive("maxDocumentBytes", value);
            return this;
        }

        public Builder maxStringLength(int value) {
            maxStringLength = positive("maxStringLength", value);
            return this;
        }

        public Builder maxNumberLength(int value) {
            maxNumberLength = positive("maxNumberLength", value);
            return this;
        }

        public DecodeLimits build() {
            return new DecodeLimits(this);
        }

        private static int positive(String setting, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(setting + " must be at least 1, was " + value);
            }
            return value;
        }
    }
}
