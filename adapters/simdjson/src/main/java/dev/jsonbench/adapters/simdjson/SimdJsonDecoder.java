package dev.jsonbench.adapters.simdjson;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.api.support.AbstractJsonDecoder;
import dev.jsonbench.api.support.BindingPlan;
import dev.jsonbench.api.support.BoundTypedDecoder;
import dev.jsonbench.api.support.DecodeErrors;
import dev.jsonbench.api.support.ThreadStates;
import java.lang.reflect.Type;
import java.util.Objects;
import org.simdjson.JsonValue;
import org.simdjson.SimdJsonParser;

/**
 * The simdjson-java backend (0.4.0): its DOM, copied into the value model or bound to records.
 *
 * <h2>How it decodes</h2>
 * Each thread has its own {@link SimdJsonParser} (one per decoder, in a ThreadLocal), created for documents up to
 * 16 KiB and replaced by a larger one when a larger document arrives (see {@link SimdJsonState}); the default
 * constructor would size it for 34 MiB and retain about 480 MiB. {@code parse(bytes, len)} builds the tape, and the
 * adapter walks the returned {@code JsonValue} (a view of the tape that the next parse overwrites) and copies every
 * value out: objects into {@code LinkedHashMap}s presized from the tape's member count, arrays into
 * {@code ArrayList}s, numbers boxed, strings as new Strings. Typed decodes walk the same DOM with code generated
 * once per type from its {@link BindingPlan} ({@link SimdJsonBinderGenerator}; the generic {@link SimdJsonBinder} for
 * recursive types).
 *
 * <p>simdjson-java itself is strict: it rejected every invalid and accepted every valid case of the conformance
 * corpus except four, all value-model policies closed here: integers outside the long range (it refuses them;
 * re-parsed from a copy with placeholders, see {@link NumberLiterals}) and doubles overflowing to infinity (it
 * returns an infinity; rejected). Limits: {@code maxDocumentBytes} is checked first; {@code maxNestingDepth} is the
 * parser's {@code maxDepth} (past it simdjson-java throws ArrayIndexOutOfBoundsException, which becomes the limit's
 * error; it does not count an empty innermost container, hence the exact rule in {@link SimdJsonState});
 * {@code maxStringLength} needs no check unless the document itself is longer than the limit, and
 * {@code maxNumberLength} none unless the document has a longer run of number characters (a vectorized scan,
 * {@link NumberRuns}): only then does the {@link dev.jsonbench.api.support.StrictJsonValidator} run first. The validator
 * also explains every rejection (simdjson-java's exceptions carry no offset; its own is kept as suppressed).
 *
 * <h2>Alternatives measured</h2>
 * On the 2,444-byte fixture, JDK 25.0.3, {@code -Xmx} default, G1, AMD EPYC with AVX-512 (512-bit species), 8 rounds
 * of 50,000 decodes after a warm-up round, median (min-max) per decode; the machine was shared (load average about
 * 8 on 2 cores), so compare ratios, not absolute times. Bytes/op from ThreadMXBean, exact.
 * <table>
 *   <caption>Per decode of the fixture</caption>
 *   <tr><th>variant</th><th>ns/op</th><th>B/op</th></tr>
 *   <tr><td><b>tree (chosen): DOM copied into the value model</b></td><td>39,400 (25,200-50,700)</td><td>30,360</td></tr>
 *   <tr><td><b>typed ApiResponse (chosen): DOM + binder</b></td><td>44,000 (23,700-51,700)</td><td>28,336</td></tr>
 *   <tr><td>tree with a StrictJsonValidator pass first (rejected)</td><td>56,100 (30,200-72,700)</td><td>30,360</td></tr>
 *   <tr><td>tree from offset 100 of a larger buffer (own padded copy)</td><td>47,000 (24,200-94,100)</td><td>30,360</td></tr>
 *   <tr><td>simdjson-java parse only, unpadded array (it copies into its padded buffer)</td><td>14,700 (9,100-17,900)</td><td>32</td></tr>
 *   <tr><td>parse only, array with 64 bytes of padding (no copy)</td><td>15,100 (7,300-23,100)</td><td>32</td></tr>
 *   <tr><td>parse only, own copy into a per-thread padded buffer</td><td>15,000 (7,600-26,300)</td><td>32</td></tr>
 *   <tr><td>parse + copy into the value model, without the adapter's checks</td><td>36,500 (21,600-65,400)</td><td>30,360</td></tr>
 *   <tr><td>parse + walking the DOM without building anything</td><td>32,800 (15,800-57,200)</td><td>15,936</td></tr>
 *   <tr><td>schema parse {@code parse(bytes, len, Class)} of records <em>without</em> the metadata map</td><td>32,200 (19,400-55,400)</td><td>9,464</td></tr>
 *   <tr><td>check: StrictJsonValidator alone</td><td>13,000 (6,600-19,600)</td><td>0</td></tr>
 *   <tr><td>check: NumberRuns (Vector API) alone</td><td>270 (120-440)</td><td>0</td></tr>
 *   <tr><td>check: the same scan byte by byte</td><td>7,600 (5,200-14,500)</td><td>0</td></tr>
 * </table>
 * Findings: copying the input into an own padded buffer costs the same as letting simdjson-java copy it (the copy
 * is 2.4 KB), so a document at offset 0 is passed as is and one at another offset (the API takes no offset) is
 * copied into a per-thread padded buffer. A validator pass would add 30-40% (42% here, 31% in a second run at
 * load 11); the vectorized number-run scan under 1%, and the adapter as a whole costs the same as a bare
 * parse-and-copy loop (39,400 vs 36,500 ns here; 46,800 vs 45,100 in the second run). The schema mode cannot bind
 * {@code ApiResponse} at all ("Parametrized types other than java.util.List are not supported": the
 * {@code Map<String,Object>} metadata) and resolves classes by reflection per document; on records without the
 * metadata (57 of the fixture's 209 values) it still allocated 9.5 KB and took 80% of the full tree decode's time. About 12 KB of the 30 KB per
 * tree decode is the DOM API's own garbage (a {@code JsonValue} per value, a {@code Map.Entry} per member, an
 * iterator per container: 209 values, 159 members, 65 containers in the fixture); only the library's
 * package-private tape would avoid it, and the adapter stays on the public API. Typed decodes since allocate what a
 * hand-written walk of the DOM allocates (25,992 B/op, JMH {@code -prof gc}, Intel Xeon, JDK 25.0.3), because their
 * code is generated per type ({@link SimdJsonBinderGenerator}: 27,848 B/op with the generic binder).
 */
public final class SimdJsonDecoder extends AbstractJsonDecoder {

    private static final String NAME = SimdJsonProvider.NAME;
    private static final String CONFIGURATION = "DOM of a per-thread SimdJsonParser (grown to the document, maxDepth ="
            + " maxNestingDepth) copied into the value model, records bound from the DOM by code generated per type;"
            + " StrictJsonValidator only when a string or number may pass its limit, for big integers and to explain rejections";

    private final ThreadStates<SimdJsonState> states;

    SimdJsonDecoder(DecodeLimits limits) {
        super(NAME, SimdJsonParser.class, "org.simdjson", "simdjson-java", CONFIGURATION, limits);
        // The state sizes its parsers to the documents itself (SimdJsonState#parserFor): never dropped.
        this.states = new ThreadStates<>(() -> new SimdJsonState(limits), Integer.MAX_VALUE);
    }

    /** A decoder over the code generated here, once, for {@code type}. Thread-safe. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypedDecoder<T> forType(Type type) {
        SimdJsonReader reader = SimdJsonBinderGenerator.readerFor(BindingPlan.of(Objects.requireNonNull(type, "type"), NAME));
        return new BoundTypedDecoder<>(this, type, (json, offset, length) -> (T) decode(reader, json, offset, length));
    }

    @Override
    public Object decodeTree(byte[] json, int offset, int length) {
        return decode(SimdJsonTree::value, json, offset, length);
    }

    private Object decode(SimdJsonReader reader, byte[] json, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, json.length);
        int maxDocumentBytes = limits().maxDocumentBytes();
        if (length > maxDocumentBytes) {
            throw new JsonDecodeException(NAME, 0, DecodeLimits.exceededMessage("maxDocumentBytes", maxDocumentBytes));
        }
        SimdJsonState state = states.acquire();
        try {
            JsonValue root = state.parse(json, offset, length);
            return reader.read(root, state);
        } catch (JsonDecodeException e) {
            throw e;
        } catch (RuntimeException e) { // JsonParsingException, and ArrayIndexOutOfBoundsException past maxDepth
            throw state.rejection(e);
        } catch (StackOverflowError e) {
            throw DecodeErrors.stackOverflow(NAME, limits(), e);
        } finally {
            states.release(state, length);
        }
    }
}
