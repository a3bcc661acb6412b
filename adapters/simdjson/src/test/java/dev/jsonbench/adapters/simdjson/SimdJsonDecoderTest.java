package dev.jsonbench.adapters.simdjson;

import static dev.jsonbench.conformance.JsonBytes.bytes;
import static dev.jsonbench.conformance.JsonBytes.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Digest;
import dev.jsonbench.fixtures.Fixtures;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simdjson adapter: one test per gap between simdjson-java and the contract that it closes (the fixture and
 * behaviour common to every backend are the conformance suite's).
 */
class SimdJsonDecoderTest {

    private final JsonDecoder decoder = JsonDecoders.get("simdjson");

    /** A record with the components the gap tests need. */
    public record Numbers(long l, int i, double d, BigInteger big, Object any) {
    }

    @Test
    void describesItself() {
        assertThat(decoder.name()).isEqualTo("simdjson");
        assertThat(decoder.backendVersion()).as("read from the jar name: the jar has no Maven metadata").isEqualTo("0.4.0");
        assertThat(decoder.configuration()).contains("per-thread SimdJsonParser");
        assertThat(decoder.limits()).isEqualTo(DecodeLimits.defaults());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gap: the parser's capacity is the largest document it takes; it is grown per thread when a larger one arrives.

    @Test
    void parserGrowsForLargerDocumentsAndStillDecodesSmallOnes() {
        byte[] small = bytes("{\"a\":[1,2,3]}");
        assertThat(decoder.decodeTree(small)).isEqualTo(Map.of("a", List.of(1L, 2L, 3L)));
        for (int size : new int[] {SimdJsonState.INITIAL_DOCUMENT_BYTES + 1, 100_000, SimdJsonState.RETAINED_DOCUMENT_BYTES + 1,
            1_000_000, 300_000}) {
            byte[] json = arrayOfStrings(size);
            List<?> list = (List<?>) decoder.decodeTree(json);
            assertThat(list).as("%d-byte document", json.length).hasSize((json.length - 1) / 7);
            assertThat(list).allMatch("abcd"::equals);
            assertThat(decoder.decodeTree(small)).isEqualTo(Map.of("a", List.of(1L, 2L, 3L)));
        }
    }

    /**
     * The documents that need the most tape entries and string buffer per input byte, at the sizes where the parser
     * is replaced: simdjson-java overruns its arrays (ArrayIndexOutOfBoundsException) if the capacity is too small.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[0]", "0", "\"\"", "{\"\":\"\"}", "{\"\":0}", "[]", "{}", "[[]]", "[[0]]", "\"\\u0000\""})
    void worstCaseDocumentsFitTheParserAtEverySizeBoundary(String unit) {
        for (int target : new int[] {64, 1000, SimdJsonState.INITIAL_DOCUMENT_BYTES, SimdJsonState.RETAINED_DOCUMENT_BYTES}) {
            for (int delta = -3; delta <= 3; delta++) {
                int size = target + delta;
                // [unit,unit,...,unit] padded with spaces to exactly size bytes
                StringBuilder s = new StringBuilder("[").append(unit);
                while (s.length() + 1 + unit.length() + 1 <= size) {
                    s.append(',').append(unit);
                }
                s.append(']');
                int elements = (s.length() - 1) / (unit.length() + 1);
                while (s.length() < size) {
                    s.append(' ');
                }
                JsonDecoder limited = JsonDecoders.get("simdjson", DecodeLimits.builder().maxDocumentBytes(size).build());
                byte[] json = bytes(s.toString());
                Object value = limited.decodeTree(json);
                assertThat((List<?>) value).as("%s x %d in %d bytes", unit, elements, size).hasSize(elements);
                assertThat(decoder.decodeTree(json)).isEqualTo(value);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gap: simdjson-java parses from index 0 and reads up to 64 bytes past the input; the adapter copies a document
    // that starts at an offset and never lets the bytes around it count.

    @Test
    void decodesFromOffsetAndLengthInsideALargerBuffer() {
        byte[] fixture = Fixtures.apiResponse();
        byte[] buffer = new byte[fixture.length + 300];
        Arrays.fill(buffer, (byte) '[');
        System.arraycopy(fixture, 0, buffer, 100, fixture.length);
        assertThat(Digest.ofDecoded(decoder.decodeTree(buffer, 100, fixture.length))).isEqualTo(Fixtures.API_RESPONSE_DIGEST);
        assertThat(Digest.of(decoder.forType(ApiResponse.class).decode(buffer, 100, fixture.length)))
                .isEqualTo(Fixtures.API_RESPONSE_DIGEST);
        // At offset 0 with more than 64 bytes after the document, the caller's array is parsed in place.
        byte[] atStart = concat(bytes("[1,2]"), bytes("3]"), new byte[100]);
        assertThat(decoder.decodeTree(atStart, 0, 5)).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void bytesAfterTheDocumentNeverCompleteIt() {
        for (String[] doc : new String[][] {{"[\"ab", "c\"]"}, {"[tru", "e]"}, {"[1,", "2]"}, {"{\"a\":", "1}"}, {"12", "34"},
            {"\"abc", "\""}, {"[1", "]"}, {"nul", "l"}}) {
            byte[] buffer = concat(bytes(doc[0]), bytes(doc[1]), bytes(" ".repeat(100)));
            int length = doc[0].length();
            if (doc[0].equals("12")) {
                assertThat(decoder.decodeTree(buffer, 0, length)).isEqualTo(12L);
                continue;
            }
            assertThatThrownBy(() -> decoder.decodeTree(buffer, 0, length)).as(doc[0] + "|" + doc[1])
                    .isInstanceOf(JsonDecodeException.class);
            byte[] shifted = concat(bytes("x"), buffer);
            assertThatThrownBy(() -> decoder.decodeTree(shifted, 1, length)).as("at offset 1: " + doc[0] + "|" + doc[1])
                    .isInstanceOf(JsonDecodeException.class);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gap: the DOM is a view of the parser's tape, overwritten by the next parse; every value is copied out.

    @Test
    void valuesCopiedOutSurviveTheNextParse() {
        byte[] first = bytes("{\"name\":\"first\",\"list\":[\"a\",1,2.5,true,null,{\"k\":\"v\"}],\"n\":7}");
        byte[] second = bytes("{\"zzzz\":\"second document, longer strings\",\"list\":[\"bbbbbbbbbbbbb\",9,9.5,false,[],{\"x\":\"y\"}]}");
        Object tree = decoder.decodeTree(first);
        Numbers typed = decoder.forType(Numbers.class).decode(bytes("{\"any\":{\"name\":\"first\",\"l\":[\"a\"]},\"l\":3}"));
        for (int i = 0; i < 3; i++) {
            decoder.decodeTree(second);
            decoder.forType(Numbers.class).decode(bytes("{\"any\":{\"other\":\"xxxxxxxxxxxxxxxxxxxxxx\"},\"l\":4}"));
        }
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "first");
        expected.put("list", Arrays.asList("a", 1L, 2.5, true, null, Map.of("k", "v")));
        expected.put("n", 7L);
        assertThat(tree).isEqualTo(expected);
        assertThat(typed.any()).isEqualTo(Map.of("name", "first", "l", List.of("a")));
        assertThat(typed.l()).isEqualTo(3L);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gap: a parser is not thread-safe; each thread has its own.

    @Test
    void concurrentDecodesFromTwoThreadsUseTheirOwnParsers() throws Exception {
        byte[] fixture = Fixtures.apiResponse();
        byte[] other = bytes("[\"" + "x".repeat(50_000) + "\",{\"k\":[1,2,3]}]");
        Object expectedOther = decoder.decodeTree(other);
        TypedDecoder<ApiResponse> typed = decoder.forType(ApiResponse.class);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                Callable<String> task = () -> {
                    start.await();
                    for (int i = 0; i < 2000; i++) {
                        boolean fixtureTurn = (i + thread) % 2 == 0;
                        if (fixtureTurn) {
                            if (Digest.ofDecoded(decoder.decodeTree(fixture)) != Fixtures.API_RESPONSE_DIGEST
                                    || Digest.of(typed.decode(fixture)) != Fixtures.API_RESPONSE_DIGEST) {
                                return "thread " + thread + ": fixture decode " + i + " differs";
                            }
                        } else if (!decoder.decodeTree(other).equals(expectedOther)) {
                            return "thread " + thread + ": other decode " + i + " differs";
                        }
                    }
                    return "ok";
                };
                results.add(pool.submit(task));
            }
            for (Future<String> result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo("ok");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gap: simdjson-java refuses integers outside the long range ("Number value is out of long range"); the adapter
    // re-parses with placeholders and puts the exact BigIntegers back.

    @Test
    void integersBeyondLongAreExactBigIntegers() {
        BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
        BigInteger belowMin = BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE);
        BigInteger many = new BigInteger("-" + "123456789".repeat(100));
        assertThat(decoder.decodeTree(bytes("18446744073709551616"))).isEqualTo(twoTo64);
        assertThat(decoder.decodeTree(bytes("-9223372036854775809"))).isEqualTo(belowMin);
        assertThat(decoder.decodeTree(bytes("[9223372036854775807,-9223372036854775808,9223372036854775808]")))
                .isEqualTo(List.of(Long.MAX_VALUE, Long.MIN_VALUE, BigInteger.ONE.shiftLeft(63)));
        assertThat(decoder.decodeTree(bytes("{\"a\":" + many + ",\"b\":[1.5,\"18446744073709551616\",18446744073709551616]}")))
                .isEqualTo(Map.of("a", many, "b", List.of(1.5, "18446744073709551616", twoTo64)));
        Numbers typed = decoder.forType(Numbers.class).decode(bytes("{\"big\":18446744073709551616,\"d\":18446744073709551616,"
                + "\"any\":[-9223372036854775809],\"l\":5}"));
        assertThat(typed).isEqualTo(new Numbers(5, 0, 1.8446744073709552E19, twoTo64, List.of(belowMin)));
        assertThatThrownBy(() -> decoder.forType(Numbers.class).decode(bytes("{\"l\":18446744073709551616}")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> decoder.forType(Numbers.class).decode(bytes("{\"i\":18446744073709551616}")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("out of range");
    }

    @Test
    void placeholdersNeverCollideWithTheDocumentsOwnIntegers() {
        long first = NumberLiterals.FIRST_PLACEHOLDER;
        String json = "[" + first + "," + (first + 1) + ",18446744073709551616," + (first + 2) + ",-18446744073709551616,"
                + Long.MAX_VALUE + "," + first + "]";
        assertThat(decoder.decodeTree(bytes(json))).isEqualTo(List.of(first, first + 1, BigInteger.ONE.shiftLeft(64), first + 2,
                BigInteger.ONE.shiftLeft(64).negate(), Long.MAX_VALUE, first));
        Numbers typed = decoder.forType(Numbers.class).decode(bytes("{\"l\":" + first + ",\"big\":1" + "0".repeat(30) + "}"));
        assertThat(typed.l()).isEqualTo(first);
        assertThat(typed.big()).isEqualTo(BigInteger.TEN.pow(30));
    }

    @Test
    void aDocumentWithBigIntegersIsStillCheckedInFull() {
        // simdjson-java stops at the first big integer: the rest must still be validated.
        for (String json : new String[] {"[18446744073709551616, 01]", "[18446744073709551616,]", "[18446744073709551616] x",
            "{\"a\":18446744073709551616,\"b\":\"\\x\"}", "[18446744073709551616,1e400]"}) {
            assertThatThrownBy(() -> decoder.decodeTree(bytes(json))).as(json).isInstanceOf(JsonDecodeException.class);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gap: simdjson-java turns a double overflow into an infinity.

    @Test
    void aNumberOverflowingADoubleIsRejectedWithItsOffset() {
        assertThatThrownBy(() -> decoder.decodeTree(bytes("[1, \"1e400\", -1e400]")))
                .isInstanceOfSatisfying(JsonDecodeException.class, e -> assertThat(e.offset()).isEqualTo(13))
                .hasMessageContaining("-1e400").hasMessageContaining("too large for a double");
        assertThatThrownBy(() -> decoder.forType(Numbers.class).decode(bytes("{\"d\":1.8e308}")))
                .isInstanceOf(JsonDecodeException.class).hasMessageContaining("1.8e308");
        assertThat(decoder.decodeTree(bytes("[1e-400,1.7976931348623157e308]"))).isEqualTo(List.of(0.0, Double.MAX_VALUE));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gap: past its maxDepth simdjson-java throws ArrayIndexOutOfBoundsException, and it does not count an empty
    // innermost container as a level: the parser gets maxDepth = maxNestingDepth, and a document it refuses is
    // re-parsed with one more level if the validator finds it within the limit.

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 8, 512, 2000})
    void nestingDepthIsEnforcedAtExactlyTheLimit(int depth) {
        JsonDecoder limited = JsonDecoders.get("simdjson", DecodeLimits.builder().maxNestingDepth(depth).build());
        assertThat(limited.decodeTree(bytes("[".repeat(depth) + "]".repeat(depth)))).isNotNull();
        assertThat(limited.decodeTree(bytes("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)))).isNotNull();
        for (String tooDeep : new String[] {"[".repeat(depth + 1) + "]".repeat(depth + 1),
            "{\"a\":".repeat(depth + 1) + "1" + "}".repeat(depth + 1), "[".repeat(depth + 1)}) {
            assertThatThrownBy(() -> limited.decodeTree(bytes(tooDeep)))
                    .isInstanceOf(JsonDecodeException.class)
                    .hasMessageContaining(DecodeLimits.exceededMessage("maxNestingDepth", depth));
        }
        if (depth >= 2) {
            // Inside a member a typed decode skips, empty and non-empty innermost containers.
            TypedDecoder<Numbers> typed = limited.forType(Numbers.class);
            assertThat(typed.decode(bytes("{\"zz\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + ",\"l\":1}")).l()).isEqualTo(1);
            assertThat(typed.decode(bytes("{\"zz\":" + "[".repeat(depth - 1) + "1" + "]".repeat(depth - 1) + ",\"l\":1}")).l())
                    .isEqualTo(1);
            for (String tooDeep : new String[] {"{\"zz\":" + "[".repeat(depth) + "]".repeat(depth) + "}",
                "{\"zz\":" + "[".repeat(depth) + "1" + "]".repeat(depth) + "}", "{\"zz\":" + "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth)}) {
                assertThatThrownBy(() -> typed.decode(bytes(tooDeep))).as(tooDeep)
                        .hasMessageContaining(DecodeLimits.exceededMessage("maxNestingDepth", depth));
            }
        }
    }

    @Test
    void aDepthLimitBeyondTheStackIsAJsonDecodeExceptionNotAStackOverflowError() throws Exception {
        JsonDecoder deep = JsonDecoders.get("simdjson", DecodeLimits.builder().maxNestingDepth(1_000_000).build());
        byte[] json = bytes("[".repeat(500_000) + "]".repeat(500_000));
        Thread thread = new Thread(null, () -> {
            try {
                Object value = deep.decodeTree(json);
                assertThat(value).isInstanceOf(List.class);
            } catch (JsonDecodeException e) {
                assertThat(e).hasMessageContaining("stack");
            }
        }, "small-stack", 256 * 1024);
        List<Throwable> failures = new ArrayList<>();
        thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        thread.start();
        thread.join();
        assertThat(failures).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gap: simdjson-java has no number or string length limits, and its tape keeps no literal lengths.

    @Test
    void numberLengthIsEnforcedIncludingSkippedMembersAndDoubles() {
        JsonDecoder limited = JsonDecoders.get("simdjson", DecodeLimits.builder().maxNumberLength(5).build());
        String message = DecodeLimits.exceededMessage("maxNumberLength", 5);
        for (String json : new String[] {"123456", "[1.2345]", "{\"zz\":1e+123}", "[1,2,3,-0.000]", "[1, 1.00001e1]"}) {
            assertThatThrownBy(() -> limited.decodeTree(bytes(json))).as(json).hasMessageContaining(message);
            assertThatThrownBy(() -> limited.forType(Numbers.class).decode(bytes("{\"zz\":" + json + "}"))).as(json)
                    .hasMessageContaining(message);
        }
        // Runs of number characters in strings are not numbers.
        assertThat(limited.decodeTree(bytes("[\"1234567890e+-.E\",12345,-1234,1.2e3]")))
                .isEqualTo(List.of("1234567890e+-.E", 12345L, -1234L, 1200.0));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 31, 32, 33, 63, 64, 65, 100, 1000})
    void numberLengthLimitHoldsAcrossVectorBlocks(int limit) {
        JsonDecoder limited = JsonDecoders.get("simdjson", DecodeLimits.builder().maxNumberLength(limit).build());
        for (int position = 0; position < 140; position += 7) {
            String atLimit = "1".repeat(limit);
            String over = "1".repeat(limit + 1);
            String prefix = "[" + "\"x\",".repeat(position / 4) + " ".repeat(position % 4);
            Object value = limited.decodeTree(bytes(prefix + atLimit + "]"));
            assertThat(((List<?>) value).get(((List<?>) value).size() - 1)).isEqualTo(new BigInteger(atLimit).bitLength() < 64
                    ? (Object) Long.parseLong(atLimit) : new BigInteger(atLimit));
            assertThatThrownBy(() -> limited.decodeTree(bytes(prefix + over + "]")))
                    .hasMessageContaining(DecodeLimits.exceededMessage("maxNumberLength", limit));
        }
    }

    @Test
    void numberRunsMatchABruteForceCount() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        byte[] alphabet = bytes("0123456789+-.eE,x\" ");
        for (int trial = 0; trial < 3000; trial++) {
            byte[] b = new byte[random.nextInt(300)];
            int runBias = random.nextInt(4);
            for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[runBias > 0 && random.nextInt(10) > runBias ? random.nextInt(15) : random.nextInt(alphabet.length)];
            }
            int off = b.length == 0 ? 0 : random.nextInt(b.length);
            int len = b.length - off == 0 ? 0 : random.nextInt(b.length - off + 1);
            int longest = 0;
            int run = 0;
            for (int i = off; i < off + len; i++) {
                run = NumberRuns.isNumberCharacter(b[i]) ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            int limit = 1 + random.nextInt(120);
            assertThat(NumberRuns.anyLongerThan(b, off, len, limit)).as("trial %d, longest %d, limit %d", trial, longest, limit)
                    .isEqualTo(longest > limit);
        }
    }

    @Test
    void stringLengthIsEnforcedIncludingSkippedMembers() {
        JsonDecoder limited = JsonDecoders.get("simdjson", DecodeLimits.builder().maxStringLength(4).build());
        String message = DecodeLimits.exceededMessage("maxStringLength", 4);
        assertThat(limited.decodeTree(bytes("[\"abcd\",\"\\u00e9\\n\\t\\\"\",{\"wxyz\":\"\uD83D\uDE00\uD83D\uDE00\"}]"))).isNotNull();
        for (String json : new String[] {"\"abcde\"", "{\"abcde\":1}", "[\"\uD83D\uDE00\uD83D\uDE00a\"]"}) {
            assertThatThrownBy(() -> limited.decodeTree(bytes(json))).as(json).hasMessageContaining(message);
            assertThatThrownBy(() -> limited.forType(Numbers.class).decode(bytes("{\"zz\":" + json + "}"))).as(json)
                    .hasMessageContaining(message);
        }
    }

    @Test
    void documentLengthIsEnforcedBeforeParsing() {
        JsonDecoder limited = JsonDecoders.get("simdjson", DecodeLimits.builder().maxDocumentBytes(10).build());
        assertThat(limited.decodeTree(bytes("[1,2,3,45]"))).isEqualTo(List.of(1L, 2L, 3L, 45L));
        assertThatThrownBy(() -> limited.decodeTree(bytes("[1,2,3,456]")))
                .hasMessageContaining(DecodeLimits.exceededMessage("maxDocumentBytes", 10));
        assertThat(limited.decodeTree(concat(new byte[50], bytes("[1,2,3,45]"), new byte[50]), 50, 10)).isNotNull();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Gap: simdjson-java's own exceptions carry no offset; rejections are explained by the validator.

    @Test
    void rejectionsAreJsonDecodeExceptionsWithOffsetsAndKeepSimdjsonsReason() {
        assertThatThrownBy(() -> decoder.decodeTree(bytes("{\"a\":[1,2,]}")))
                .isInstanceOfSatisfying(JsonDecodeException.class, e -> {
                    assertThat(e.backend()).isEqualTo("simdjson");
                    assertThat(e.offset()).isEqualTo(10);
                    assertThat(e.getSuppressed()).singleElement().isInstanceOf(org.simdjson.JsonParsingException.class);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF[]", "[] x", "1 2", "\"a\" \"b\"", "true false", "{}}", "\"\\uD800\"", "\"\\uDC00\"",
        "\"\\uD800\\u0041\"", "\"\\uD800\\\"", "[\"\\u12\"]", "nul", "-", "1.", ".5", "+1", "01", "NaN", "[1,]", "{\"a\":1,}",
        "'a'", "[1 2]", "\"\t\"", "", " ", "[\"\\a\"]"})
    void strictnessIncludesBomUnpairedSurrogatesAndTrailingContent(String json) {
        assertThatThrownBy(() -> decoder.decodeTree(bytes(json))).as(json).isInstanceOf(JsonDecodeException.class);
        assertThatThrownBy(() -> decoder.decodeTree(concat(bytes("[0,"), bytes(json), bytes("]")))).as("[0," + json + "]")
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void invalidUtf8IsRejected() {
        for (byte[] bad : new byte[][] {{'"', (byte) 0xC0, (byte) 0xAF, '"'}, {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
            {'"', (byte) 0xE2, (byte) 0x82, '"'}, {'"', (byte) 0xFF, '"'}, {'[', (byte) 0x80, ']'}}) {
            assertThatThrownBy(() -> decoder.decodeTree(bad)).isInstanceOf(JsonDecodeException.class);
        }
    }

    static byte[] arrayOfStrings(int minBytes) {
        StringBuilder s = new StringBuilder(minBytes + 8).append('[');
        while (s.length() < minBytes) {
            s.append(s.length() == 1 ? "" : ",").append("\"abcd\"");
        }
        return bytes(s.append(']').toString());
    }
}
