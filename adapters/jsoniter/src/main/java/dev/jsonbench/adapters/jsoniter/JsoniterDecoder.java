package dev.jsonbench.adapters.jsoniter;

import com.jsoniter.CodegenAccess;
import com.jsoniter.JsonIterator;
import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.support.BindingPlan;
import dev.jsonbench.api.support.BindingPlanDecoder;
import dev.jsonbench.api.support.DecodeErrors;
import dev.jsonbench.api.support.ThreadStates;
import java.io.IOException;
import java.util.Objects;

/**
 * The "jsoniter" backend: jsoniter for Java 0.9.x, driven through its streaming API.
 *
 * <h2>How a decode runs</h2>
 * <ol>
 *   <li><b>Strict checks, fused.</b> jsoniter 0.9.23 is very lenient. Observed on raw jsoniter: it ignores anything
 *       after the first value ({@code [1] x}) and even a missing comma ({@code [1 2]} is [1]); accepts leading zeros
 *       ({@code [01]}), {@code 1.}, {@code nul} for null, raw control characters, lone surrogate escapes, overlong
 *       UTF-8 and encoded surrogates; has no depth limit (100,000 nested {@code [} overflow the stack).
 *       {@code JsonIterator.deserialize(bytes)} returns a lazy {@code Any} that parses nothing, so it is never used.
 *       So the rules are checked in two halves: {@link dev.jsonbench.api.support.StrictJsonValidator#validateLexically}
 *       (one per thread) checks what the tokenizer does not see (encoding, string contents, bytes between tokens,
 *       size limits), and the token walk of {@link JsoniterTree} and {@link JsoniterBinder} checks every token,
 *       numbers, depth and trailing content as it reads. When either the walk or jsoniter fails, the whole validator
 *       runs and throws its error for the document, the one every backend gives.</li>
 *   <li><b>Parse.</b> A per-thread {@link JsonIterator} ({@code new JsonIterator()}, then
 *       {@code reset(bytes, offset, offset + length)}: ranges need no copy), reset to an empty array after each
 *       decode so that it does not keep the caller's bytes, and dropped after a document over 256 KiB so that its
 *       grown char buffer is not kept ({@link ThreadStates}). No reflection decoder (it needs annotations the records lack) and no dynamic
 *       codegen (javassist and {@code --add-opens}, unacceptable in a library).</li>
 *   <li><b>Typed</b> ({@link JsoniterBinder}): the {@link BindingPlan} compiled at {@code forType}, walked on
 *       the token primitives of {@link CodegenAccess} and {@code readString()}/{@code skip()}; member names are
 *       matched in place. <b>Tree</b> ({@link JsoniterTree}): {@code whatIsNext()}, {@code readArray()},
 *       {@code readString()}, objects from the token primitives with a per-thread name cache.</li>
 *   <li><b>Numbers</b>: located with {@code skip()}, converted by {@link dev.jsonbench.api.support.JsonNumbers}.
 *       jsoniter's own reading goes through double ({@code read()} gives 9007199254740992 for 9007199254740993),
 *       clamps 2^64 to Long.MAX_VALUE, gives Infinity for 1e400, and {@code readLong()} truncates 1.5 to 1 and reads
 *       1e2 as 1.</li>
 *   <li><b>Errors</b>: the validator's and the binder's are {@link JsonDecodeException}s already; anything jsoniter
 *       throws after the validator accepted the document is wrapped (with the iterator's position), as is a
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
 *   <caption>jsoniter variants</caption>
 *   <tr><th>variant</th><th>CPU ns/op</th><th>B/op</th></tr>
 *   <tr><td>validator alone</td><td>8,566 (5,559)</td><td>0</td></tr>
 *   <tr><td><b>typed: validator + binder, names matched in place (chosen)</b></td><td>32,290 (16,453)</td><td>14,352</td></tr>
 *   <tr><td>typed: validator + {@code readObject()} String names, hand-written for the fixture</td><td>42,960 (36,352)</td><td>21,736</td></tr>
 *   <tr><td><b>tree: validator + tokens, per-thread name cache (chosen)</b></td><td>31,279 (23,549)</td><td>16,712</td></tr>
 *   <tr><td>tree: validator + {@code readObject()}/{@code readArray()} (a String per name)</td><td>42,128 (32,226)</td><td>24,416</td></tr>
 *   <tr><td>tree: raw {@code iter.read()} alone (no validation; HashMap, numbers via double: wrong model)</td><td>34,255 (19,272)</td><td>33,272</td></tr>
 * </table>
 * Choice: {@code readObject()} allocates every member name (7.4 KB typed, 7.7 KB tree per fixture decode);
 * matching names in place (typed) and a name cache (tree; the idea of DSL-JSON's key cache) save that and about a
 * quarter of the time. Plain integers of up to 18 digits are converted in one pass, the rest by JsonNumbers. The
 * whole validator pass cost about a quarter of a decode; the fused checks that replace it are measured in {@code
 * bench/jmh/OVERHEAD.md}.
 */
public final class JsoniterDecoder extends BindingPlanDecoder {

    static final String NAME = "jsoniter";

    private static final String CONFIGURATION = "strict: jsonbench lexical pass + grammar checked in the token walk;"
            + " streaming JsonIterator per thread"
            + " (reset, no copy); typed: TypeShape binder on jsoniter tokens, names matched in place (no reflection, no"
            + " codegen); tree: per-thread name cache; numbers: skip() + JsonNumbers";

    private final ThreadStates<JsoniterState> states;

    public JsoniterDecoder(DecodeLimits limits) {
        super(NAME, JsonIterator.class, "com.jsoniter", "jsoniter", CONFIGURATION, limits);
        this.states = new ThreadStates<>(() -> new JsoniterState(limits), ThreadStates.DEFAULT_RETAINED_DOCUMENT_BYTES);
    }

    @Override
    protected Object decode(BindingPlan plan, byte[] json, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, json.length);
        JsoniterState state = states.acquire();
        try {
            state.begin(json, offset, length);
            return plan == null ? JsoniterTree.document(state) : JsoniterBinder.document(plan, state);
        } catch (JsonDecodeException e) {
            // A rule the walk found broken gets the validator's error for the document; else e is a binding error.
            state.validator.validate(json, offset, length);
            throw e;
        } catch (IOException | RuntimeException e) {
            state.validator.validate(json, offset, length);
            // The validator accepted the document, so this is jsoniter failing on valid JSON.
            throw new JsonDecodeException(NAME, CodegenAccess.head(state.iterator) - offset,
                    "jsoniter failed on a document the strict validator accepted: " + e, e);
        } catch (StackOverflowError e) {
            throw DecodeErrors.stackOverflow(NAME, limits(), e);
        } finally {
            states.release(state, length);
        }
    }
}
