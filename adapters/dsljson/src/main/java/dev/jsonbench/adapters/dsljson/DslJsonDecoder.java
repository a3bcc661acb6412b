package dev.jsonbench.adapters.dsljson;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.StringCache;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.BindingPlan;
import dev.jsonbench.api.support.BindingPlanDecoder;
import dev.jsonbench.api.support.DecodeErrors;
import dev.jsonbench.api.support.ThreadStates;
import java.io.IOException;
import java.util.Objects;

/**
 * The "dsljson" backend: DSL-JSON 2.0.x.
 *
 * <h2>How a decode runs</h2>
 * <ol>
 *   <li><b>Strict checks, fused.</b> DSL-JSON 2.0.2 is lenient. Observed on raw DSL-JSON: it ignores anything after
 *       the first value ({@code [1] x}); has no depth limit (100,000 nested {@code [} overflow the stack); accepts raw
 *       control characters in strings, {@code +1}, missing commas, lone surrogate escapes, overlong UTF-8, encoded
 *       surrogates and Unicode spaces between tokens; and throws {@code ArrayIndexOutOfBoundsException} on a UTF-8
 *       sequence cut by the end of input. Its only limits are a 512-digit number buffer and a 128 Mi-char string
 *       buffer (raised here, since the validator bounds strings). So the rules are checked in two halves:
 *       {@link dev.jsonbench.api.support.StrictJsonValidator#validateLexically} (one per thread) checks what the
 *       tokenizer does not see (encoding, string contents, bytes between tokens, size limits), and the token walk of
 *       {@link DslJsonTree} and {@link DslJsonBinder} checks the grammar, numbers, depth and trailing content as it
 *       reads. When either the walk or DSL-JSON fails, the whole validator runs and throws its error for the
 *       document, the one every backend gives.</li>
 *   <li><b>Parse.</b> A per-thread {@link JsonReader} ({@code dsl.newReader()}, then {@code process(bytes, length)}
 *       per document; {@code process} always starts at index 0, so a range with a non-zero offset is copied first).
 *       The reader is released after each decode so that it does not keep the caller's array, and dropped after a
 *       document over 256 KiB so that its grown string buffer is not kept ({@link ThreadStates}).</li>
 *   <li><b>Typed</b> ({@link DslJsonBinder}): the {@link BindingPlan} compiled at {@code forType}, walking the JsonReader's tokens as DSL-JSON's generated converters do (names by
 *       {@code fillName()} hash, then checked byte for byte, which generated code skips; escaped names decoded).
 *       <b>Tree</b> ({@link DslJsonTree}): LinkedHashMap/ArrayList from the tokens, names from
 *       {@code readKey()} and the key cache.</li>
 *   <li><b>Numbers</b>: located by {@code scanNumber()}, converted by {@link dev.jsonbench.api.support.JsonNumbers}.
 *       DSL-JSON's own conversions break the contract: untyped decimals become BigDecimal (LONG_AND_BIGDECIMAL) or,
 *       with LONG_AND_DOUBLE, big integers become doubles; {@code deserializeLong} (what generated and runtime
 *       converters call) accepts {@code "5"} in quotes and {@code 1e2} as 100, and wraps 18446744073709551620 to 4.</li>
 *   <li><b>Errors</b>: the validator's and the binder's are {@link JsonDecodeException}s already; anything DSL-JSON
 *       throws after the validator accepted the document is wrapped (with the reader's position), as is a
 *       StackOverflowError (only possible if maxNestingDepth was raised far beyond the default).</li>
 * </ol>
 *
 * <h2>Alternatives measured</h2>
 * On the 2.4 KB fixture ({@code Fixtures.apiResponse()}), JDK 25.0.3, G1, {@code -Xms1g -Xmx1g}; a throwaway
 * harness ran each variant 20,000 times per round, interleaved, 3 warm-up rounds then 11 measured; bytes/op from
 * {@code ThreadMXBean.getCurrentThreadAllocatedBytes} (exact), time as thread CPU ns/op, median (min). The machine
 * (2 vCPUs) was shared with other builds at a load of 8 to 13, which inflates every time several-fold: compare the
 * times only with each other.
 * <table>
 *   <caption>DSL-JSON variants</caption>
 *   <tr><th>variant</th><th>CPU ns/op</th><th>B/op</th></tr>
 *   <tr><td>validator alone</td><td>8,509 (8,091)</td><td>0</td></tr>
 *   <tr><td><b>typed: validator + TypeShape binder (chosen)</b></td><td>32,411 (29,275)</td><td>14,352</td></tr>
 *   <tr><td>typed: compiled converters (annotation processor), no validation</td><td>24,938 (21,914)</td><td>19,384</td></tr>
 *   <tr><td>typed: validator + compiled converters</td><td>34,080 (30,844)</td><td>19,384</td></tr>
 *   <tr><td>typed: validator + runtime analysis ({@code Settings.withRuntime()}, reflection)</td><td>36,954 (34,514)</td><td>19,904</td></tr>
 *   <tr><td><b>tree: validator + JsonReader tokens + JsonNumbers (chosen)</b></td><td>33,203 (31,518)</td><td>16,712</td></tr>
 *   <tr><td>tree: validator + {@code ObjectConverter} (LONG_AND_DOUBLE; wrong model)</td><td>32,625 (30,355)</td><td>16,976</td></tr>
 * </table>
 * Choice: the compiled converters cannot serve here. The processor does generate them for the unannotated fixture
 * records when a {@code @CompiledJson} class in the same compilation references them (checked), but they must be
 * compiled against the record types, which this library does not know, and they bind by hash alone and call
 * {@code deserializeLong} (the coercions above). The binder is as fast (within this machine's noise; 5% slower
 * before its one-pass path for short integers, 5% faster after), allocates 26% less (no DSL-JSON collection and
 * map analyzers) and follows the binding rules. The tree reader is within noise of DSL-JSON's own
 * {@code ObjectConverter} and gives the value model. The annotation processor is therefore not used
 * ({@code <proc>none</proc>} in the module's pom). The whole validator pass cost about a quarter of a decode; the
 * fused checks that replace it are measured in {@code bench/jmh/OVERHEAD.md}.
 */
public final class DslJsonDecoder extends BindingPlanDecoder {

    static final String NAME = "dsljson";

    private static final String CONFIGURATION = "strict: jsonbench lexical pass + grammar checked in the token walk;"
            + " JsonReader per thread; typed: TypeShape"
            + " binder on JsonReader tokens (fillName hash matching, no reflection per decode); numbers: scanNumber +"
            + " JsonNumbers;"
            + " names: key cache for names up to " + ShortKeyCache.MAX_CACHED_LENGTH + " chars";

    private final ThreadStates<DslJsonState> states;

    public DslJsonDecoder(DecodeLimits limits) {
        super(NAME, DslJson.class, "com.dslplatform", "dsl-json", CONFIGURATION, limits);
        DslJson<Object> dsl = new DslJson<>(new DslJson.Settings<Object>()
                .useKeyCache(new ShortKeyCache())
                .errorInfo(JsonReader.ErrorInfo.DESCRIPTION_AND_POSITION)
                // The validator has bounded every string already; DSL-JSON's own cap (128 Mi chars) would only
                // refuse strings the limits allow.
                .limitStringBuffer(Integer.MAX_VALUE));
        this.states = new ThreadStates<>(() -> new DslJsonState(dsl, limits), ThreadStates.DEFAULT_RETAINED_DOCUMENT_BYTES);
    }

    @Override
    protected Object decode(BindingPlan plan, byte[] json, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, json.length);
        DslJsonState state = states.acquire();
        try {
            state.begin(json, offset, length);
            return plan == null ? DslJsonTree.document(state) : DslJsonBinder.document(plan, state);
        } catch (JsonDecodeException e) {
            // A rule the walk found broken gets the validator's error for the document; else e is a binding error.
            state.validator.validate(json, offset, length);
            throw e;
        } catch (IOException | RuntimeException e) {
            state.validator.validate(json, offset, length);
            // The validator accepted the document, so this is DSL-JSON failing on valid JSON.
            throw new JsonDecodeException(NAME, state.reader.getCurrentIndex(),
                    "DSL-JSON failed on a document the strict validator accepted: " + e, e);
        } catch (StackOverflowError e) {
            throw DecodeErrors.stackOverflow(NAME, limits(), e);
        } finally {
            states.release(state, length);
        }
    }

    /**
     * DSL-JSON's {@link DslJson.SimpleStringCache} (1024 slots, shared by all threads, racy but safe since
     * strings are immutable) for member names up to {@link #MAX_CACHED_LENGTH} chars; longer names are not kept,
     * so that a hostile document cannot park huge names in a cache that lives as long as the decoder.
     */
    static final class ShortKeyCache implements StringCache {
        static final int MAX_CACHED_LENGTH = 64;

        private final DslJson.SimpleStringCache cache = new DslJson.SimpleStringCache();

        @Override
        public String get(char[] chars, int length) {
            return length <= MAX_CACHED_LENGTH ? cache.get(chars, length) : new String(chars, 0, length);
        }
    }
}
