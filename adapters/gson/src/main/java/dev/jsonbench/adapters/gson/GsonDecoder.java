package dev.jsonbench.adapters.gson;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.AbstractJsonDecoder;
import dev.jsonbench.api.support.BoundTypedDecoder;
import dev.jsonbench.api.support.DecodeErrors;
import dev.jsonbench.api.support.StrictJsonValidator;
import dev.jsonbench.api.support.ThreadStates;
import dev.jsonbench.api.support.TypeShape;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * The Gson backend: a {@link Strictness#STRICT} {@link JsonReader} per decode, typed decodes through the
 * {@link com.google.gson.TypeAdapter} Gson builds for the type (its record adapter), with strict adapters for the
 * scalars and the untyped types registered in place of Gson's.
 *
 * <h2>Gaps closed</h2>
 * Checked against Gson 2.13.2:
 * <ul>
 *   <li>no byte input, and decoding bytes to a String replaces ill-formed UTF-8 silently; a leading U+FEFF (BOM) is
 *       skipped even in STRICT mode; unpaired surrogate escapes are accepted; {@code skipValue()} skips unknown
 *       members without measuring their strings or numbers; the nesting limit is 255 unless raised: every document
 *       first goes through the {@link StrictJsonValidator} (RFC 8259, UTF-8 and every {@link DecodeLimits} limit,
 *       skipped members included), and the reader's nesting limit is set to maxNestingDepth;</li>
 *   <li>its adapters coerce ("1" and 1.0 into long, 2^63 into Long.MAX_VALUE, numbers into String, "true" into
 *       boolean), untyped numbers become Double, and its Map adapter rejects duplicate names: {@link GsonBinder},
 *       {@link GsonTree};
 *       untyped objects are LinkedHashMaps (in an {@code Object} component Gson's own ObjectTypeAdapter, which
 *       cannot be replaced, gives its LinkedTreeMap, also in document order; its numbers go through the same
 *       conversion);</li>
 *   <li>{@code TypeAdapter.fromJson} does not check that the input ended: {@link #end} does;</li>
 *   <li>its tokenizer rejects some valid numbers (184467440737095516160; any literal of 1024 characters or more):
 *       a document the validator accepted but Gson rejects is read again with those numbers passed around Gson
 *       ({@link Utf8CharReader}).</li>
 * </ul>
 *
 * <h2>Measured choices</h2>
 * The fixture ({@code Fixtures.apiResponse()}, 2,444 bytes), JDK 25, default flags, one thread; bytes/op from
 * ThreadMXBean (exact), time as thread CPU time, median of 7 rounds of 20,000 decodes after 3 warm-up rounds,
 * interleaved, on a shared 2-vCPU host under load from other jobs (absolute times are inflated; compare rows;
 * bytes/op move by up to about 1 KB between JVM runs, with what escape analysis removes):
 * <pre>
 * typed ApiResponse                                          ns/op    B/op
 *   validator + byte Reader + Gson record adapter (chosen)   61,800  29,896
 *   validator + byte Reader + own TypeShape binder           59,900  29,896   (same within noise: keep Gson's)
 *   validator + new String + StringReader + record adapter   66,600  42,192
 *   byte Reader + record adapter, no validator (incorrect)   54,500  29,896
 *   Utf8 check + new String, no validator (incorrect)        56,700  42,192
 *   plain Gson STRICT, coercing, Double numbers (reference)  53,600  45,544
 * tree
 *   validator + byte Reader + own value reader (chosen)      59,900  32,816
 *   validator + byte Reader + Gson ObjectTypeAdapter         65,900  33,120
 *   validator + new String + own value reader                61,800  45,112
 *   byte Reader + own value reader, no validator (incorrect) 52,100  32,816
 * the validator alone 9,000; Utf8.firstInvalid alone 780
 * </pre>
 * The validator costs about 14% of a decode; a UTF-8 check alone (about 1%) would leave the BOM, surrogate escapes
 * and the limits inside skipped members open, so the validator it is. Decoding the bytes into Gson's buffer
 * ({@link Utf8CharReader}) saves the 12 KB of the String and its copy; a JDK CharsetDecoder in its place was no
 * faster and allocated more.
 */
public final class GsonDecoder extends AbstractJsonDecoder {

    static final String NAME = "gson";

    private static final String CONFIGURATION = "StrictJsonValidator, then a Strictness.STRICT JsonReader (nesting limit"
            + " from limits) over the UTF-8 bytes; Gson's record adapter with strict scalar and untyped adapters; end of"
            + " input checked";

    private final Gson gson;
    private final ThreadStates<GsonState> states;
    private final Read<Object> treeReader = GsonTree::value;

    GsonDecoder(DecodeLimits limits) {
        super(NAME, Gson.class, "com.google.code.gson", "gson", CONFIGURATION, limits);
        this.gson = GsonBinder.register(new GsonBuilder()
                        .setStrictness(Strictness.STRICT)
                        .setObjectToNumberStrategy(GsonTree::number))
                .create();
        this.states = new ThreadStates<>(() -> new GsonState(limits), ThreadStates.DEFAULT_RETAINED_DOCUMENT_BYTES);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypedDecoder<T> forType(Type type) {
        TypeShape.of(type, NAME); // refuses what the other backends refuse, saying why
        // Object: the value model's LinkedHashMap, as decodeTree gives (Gson's own would be a LinkedTreeMap).
        Read<T> read = type == Object.class
                ? (Read<T>) treeReader
                : ((TypeAdapter<T>) gson.getAdapter(TypeToken.get(type)))::read;
        return new BoundTypedDecoder<>(this, type, (json, offset, length) -> decode(json, offset, length, read));
    }

    @Override
    public Object decodeTree(byte[] json, int offset, int length) {
        return decode(json, offset, length, treeReader);
    }

    /** Reads one value from a JsonReader. */
    interface Read<T> {
        T read(JsonReader in) throws IOException;
    }

    /** Validates the document, then reads it with {@code read} from a strict JsonReader and checks that it ended. */
    private <T> T decode(byte[] json, int offset, int length, Read<T> read) {
        GsonState state = states.acquire();
        try {
            state.validator.validate(json, offset, length);
            return readOnce(state, json, offset, length, read, false);
        } catch (JsonDecodeException e) {
            throw e;
        } catch (MalformedJsonException e) {
            // The document is valid JSON, so Gson's tokenizer failed on a number it cannot read: read again with
            // such numbers passed around it (rare; see Utf8CharReader).
            try {
                return readOnce(state, json, offset, length, read, true);
            } catch (IOException | RuntimeException | StackOverflowError again) {
                throw decodeError(again);
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw decodeError(e);
        } finally {
            states.release(state, length);
        }
    }

    private <T> T readOnce(GsonState state, byte[] json, int offset, int length, Read<T> read, boolean rewriteNumbers)
            throws IOException {
        state.reader.reset(json, offset, length, rewriteNumbers);
        JsonReader in = new DocumentJsonReader(state.reader);
        in.setStrictness(Strictness.STRICT);
        in.setNestingLimit(limits().maxNestingDepth());
        T value = read.read(in);
        end(in);
        return value;
    }

    /** Gson's TypeAdapter.fromJson does not check that the document ended; this does. */
    static void end(JsonReader in) throws IOException {
        JsonToken t = in.peek();
        if (t != JsonToken.END_DOCUMENT) {
            throw GsonTree.error("trailing content after the JSON value: " + GsonTree.describe(t));
        }
    }

    /**
     * Whatever a decode threw, as a JsonDecodeException: ours as is (found among the causes, as Gson may wrap it),
     * Gson's with its message and an unknown offset (Gson counts lines and columns of chars, not bytes; the
     * validator has reported every syntax error with its byte offset before Gson reads anything).
     */
    JsonDecodeException decodeError(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof JsonDecodeException ours) {
                return ours;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        if (e instanceof StackOverflowError overflow) {
            return DecodeErrors.stackOverflow(NAME, limits(), overflow);
        }
        String message = gsonMessage(e);
        if (e instanceof MalformedJsonException) {
            return new JsonDecodeException(NAME, -1, "Gson rejected a document that is valid JSON: " + message, e);
        }
        return new JsonDecodeException(NAME, -1, message, e);
    }

    /** Gson's message without the troubleshooting link it appends; a wrapper's cause when it has no message. */
    private static String gsonMessage(Throwable e) {
        Throwable source = e;
        while (source.getMessage() == null && source.getCause() != null && source.getCause() != source) {
            source = source.getCause();
        }
        String message = String.valueOf(source.getMessage());
        int link = message.indexOf("\nSee https://");
        return link < 0 ? message : message.substring(0, link);
    }
}
