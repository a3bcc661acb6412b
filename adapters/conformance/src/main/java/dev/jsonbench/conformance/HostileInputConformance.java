package dev.jsonbench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.api.DecodeLimits;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input under the default limits: deep nesting, huge numbers and strings, wide documents, every truncation and
 * seeded byte flips of the fixture give a value or a {@link JsonDecodeException}, never another throwable, a hang or
 * an OutOfMemoryError.
 */
@Tag("hostile")
public abstract class HostileInputConformance extends ConformanceGroup {

    /** Bytes the byte-flip test writes into the fixture besides random ones. */
    private static final String STRUCTURAL = "{}[],:\"\\0-.eE \u0000";

    protected HostileInputConformance(ConformanceSuite suite) {
        super(suite);
    }

    static Stream<Arguments> hostileDocuments() {
        return Stream.of(
                hostile("100,000 nested [ (unclosed)", () -> "[".repeat(100_000), "maxNestingDepth"),
                hostile("100,000 nested [ closed by 100,000 ]", () -> "[".repeat(100_000) + "]".repeat(100_000), "maxNestingDepth"),
                hostile("100,000 nested {\"a\": (unclosed)", () -> "{\"a\":".repeat(100_000), "maxNestingDepth"),
                hostile("100,000 nested {\"a\": closed", () -> "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), "maxNestingDepth"),
                hostile("50,000 x [{\"a\": (unclosed)", () -> "[{\"a\":".repeat(50_000), "maxNestingDepth"),
                hostile("100,000 nested [ as a member value", () -> "{\"a\":" + "[".repeat(100_000) + "}", "maxNestingDepth"),
                overflow("1e1000000", () -> "1e1000000"),
                overflow("-1e1000000 in an array", () -> "[-1e1000000]"),
                hostile("100,000-digit integer", () -> "9".repeat(100_000), "maxNumberLength"),
                hostile("100,000-digit negative integer in an array", () -> "[-" + "1".repeat(100_000) + "]", "maxNumberLength"),
                hostile("decimal with 100,000 digits", () -> "0." + "3".repeat(100_000), "maxNumberLength"),
                hostile("exponent with 100,000 digits", () -> "1e" + "9".repeat(100_000), "maxNumberLength"),
                hostile("10 MB unterminated string", () -> "\"" + "a".repeat(10_000_000), null),
                hostile("100,000 backslashes", () -> "\"" + "\\".repeat(100_000), null),
                hostile("100,000 unpaired surrogate escapes", () -> "\"" + "\\ud800".repeat(100_000) + "\"", null),
                hostile("1,000,000 commas", () -> "[" + ",".repeat(1_000_000) + "]", null));
    }

    private static Arguments hostile(String label, Supplier<String> json, String setting) {
        return Arguments.of(label, json, setting, false);
    }

    /** A grammatically valid document rejected only for its value (a number overflowing a double). */
    private static Arguments overflow(String label, Supplier<String> json) {
        return Arguments.of(label, json, null, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    @DisplayName("hostile input (default limits): rejected with JsonDecodeException, no StackOverflowError or OOM")
    void rejectedWithinBounds(String label, Supplier<String> document, String setting, boolean grammatical) {
        byte[] json = bytes(document.get());
        JsonDecodeException tree = guarded(() -> rejected(label + " (tree)", () -> decoder().decodeTree(json)));
        guarded(() -> rejected(label + " (typed Nested)", () -> decoder().forType(Nested.class).decode(json)));
        byte[] inAny = concat(bytes("{\"any\":"), json, bytes("}"));
        guarded(() -> rejected(label + " (typed Object component)", () -> decoder().forType(Nested.class).decode(inAny)));
        byte[] member = concat(bytes("{\"zz\":"), json, bytes("}"));
        if (grammatical) {
            // A skipped member's number is never converted: accepting it is fine, but only a value or a rejection.
            Outcome skipped = guarded(() -> outcome(() -> decoder().forType(Scalars.class).decode(member)));
            if (skipped.thrown() != null && !(skipped.thrown() instanceof JsonDecodeException)) {
                throw new AssertionError(label + " (skipped member of Scalars): " + describe(skipped.thrown()), skipped.thrown());
            }
            return;
        }
        JsonDecodeException skipped = guarded(() -> rejected(label + " (skipped member of Scalars)",
                () -> decoder().forType(Scalars.class).decode(member)));
        if (setting != null) {
            String message = DecodeLimits.exceededMessage(setting, setting.equals("maxNestingDepth")
                    ? DecodeLimits.DEFAULT_MAX_NESTING_DEPTH : DecodeLimits.DEFAULT_MAX_NUMBER_LENGTH);
            assertThat(tree.getMessage()).as(label + " (tree)").contains(message);
            assertThat(skipped.getMessage()).as(label + " (skipped member)").contains(message);
        }
    }

    @Test
    @DisplayName("hostile input (default limits): a 10 MB string is accepted with the right length")
    void tenMegabyteStringAccepted() {
        int length = 10_000_000;
        StringBuilder s = new StringBuilder(length + 2).append('"');
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + i % 26));
        }
        byte[] json = bytes(s.append('"').toString());
        Object tree = guarded(() -> accepted("10 MB string (tree)", () -> decoder().decodeTree(json)));
        assertThat(tree).isInstanceOf(String.class);
        String value = (String) tree;
        assertThat(value.length()).isEqualTo(length);
        assertThat(value.charAt(0)).isEqualTo('a');
        assertThat(value.charAt(length - 1)).isEqualTo((char) ('a' + (length - 1) % 26));
        assertThat(value.regionMatches(length / 2, "abcdefghijklmnopqrstuvwxyz".repeat(2), (length / 2) % 26, 26)).isTrue();
        byte[] typedJson = concat(bytes("{\"s\":"), json, bytes("}"));
        Scalars typed = guarded(() -> accepted("10 MB string (typed)", () -> decoder().forType(Scalars.class).decode(typedJson)));
        assertThat(typed.s()).isEqualTo(value);
        byte[] escaped = bytes("[\"" + "\\n\\u00e9".repeat(1_000_000) + "\"]");
        Object escapedTree = guarded(() -> accepted("2,000,000 escapes", () -> decoder().decodeTree(escaped)));
        assertThat(((String) ((List<?>) escapedTree).get(0)).length()).isEqualTo(2_000_000);
    }

    @Test
    @DisplayName("hostile input (default limits): wide documents decode (1,000,000 elements, 100,000 members, 100,000 duplicates)")
    void wideDocumentsDecode() {
        byte[] array = bytes("[" + "0,".repeat(999_999) + "0]");
        Object list = guarded(() -> accepted("1,000,000 elements", () -> decoder().decodeTree(array)));
        assertThat((List<?>) list).hasSize(1_000_000).allMatch(e -> Long.valueOf(0).equals(e));
        StringBuilder members = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            members.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":").append(i);
        }
        byte[] object = bytes(members.append('}').toString());
        Object map = guarded(() -> accepted("100,000 members", () -> decoder().decodeTree(object)));
        assertThat((Map<?, ?>) map).hasSize(100_000);
        assertSameValue("member m99999", 99_999L, ((Map<?, ?>) map).get("m99999"));
        Iterator<?> names = ((Map<?, ?>) map).keySet().iterator();
        for (int i = 0; i < 100_000; i++) {
            assertThat(names.next()).isEqualTo("m" + i);
        }
        StringBuilder duplicates = new StringBuilder("{\"first\":true");
        for (int i = 0; i < 100_000; i++) {
            duplicates.append(",\"a\":").append(i);
        }
        byte[] dup = bytes(duplicates.append('}').toString());
        Object deduplicated = guarded(() -> accepted("100,000 duplicate names", () -> decoder().decodeTree(dup)));
        assertSameValue("100,000 duplicate names", Rfc8259Corpus.map("first", true, "a", 99_999L), deduplicated);
        byte[] memberRecord = bytes("{\"extra\":" + members + ",\"l\":5}");
        Scalars typed = guarded(() -> accepted("100,000 skipped members", () -> decoder().forType(Scalars.class)
                .decode(bytes(members.toString().replace("\"m1\":", "\"l\":")))));
        assertThat(typed.l()).isEqualTo(1L);
        Nested nested = guarded(() -> accepted("100,000 members in Map<String,Object>",
                () -> decoder().forType(Nested.class).decode(memberRecord)));
        assertThat(nested.extra()).hasSize(100_000);
    }

    @Test
    @DisplayName("hostile input: the fixture truncated at every byte offset is rejected (tree and typed)")
    void truncatedFixtureRejectedAtEveryOffset() {
        byte[] json = Fixtures.apiResponse();
        int complete = json.length;
        while (complete > 0 && isJsonWhitespace(json[complete - 1])) {
            complete--; // a prefix that only drops trailing whitespace is still the whole document
        }
        TypedDecoder<ApiResponse> typed = decoder().forType(ApiResponse.class);
        List<String> failures = new ArrayList<>();
        for (int length = 0; length < complete; length++) {
            int n = length;
            String where = "first " + n + " bytes, ending " + Show.document(json, Math.max(0, n - 20), Math.min(n, 20));
            checkRejected(failures, where + " (tree)", () -> decoder().decodeTree(json, 0, n));
            checkRejected(failures, where + " (typed)", () -> typed.decode(json, 0, n));
            if (failures.size() > 20) {
                break;
            }
        }
        assertThat(failures).as("truncations of the fixture that were not rejected with JsonDecodeException").isEmpty();
    }

    @Test
    @DisplayName("hostile input: 3,000 seeded byte flips of the fixture each decode (repeatably) or are rejected")
    void byteFlippedFixtureDecodesOrIsRejected() {
        byte[] original = Fixtures.apiResponse();
        TypedDecoder<ApiResponse> typed = decoder().forType(ApiResponse.class);
        SplittableRandom random = new SplittableRandom(0x5EED_F11BL);
        List<String> failures = new ArrayList<>();
        int decoded = 0;
        for (int mutant = 0; mutant < 3000 && failures.size() < 20; mutant++) {
            byte[] json = original.clone();
            int flips = 1 + random.nextInt(3);
            StringBuilder what = new StringBuilder("mutant " + mutant + " (seed 0x5EEDF11B):");
            for (int f = 0; f < flips; f++) {
                int at = random.nextInt(json.length);
                byte before = json[at];
                json[at] = switch (random.nextInt(4)) {
                    case 0 -> (byte) (json[at] ^ (1 << random.nextInt(8)));
                    case 1 -> (byte) random.nextInt(256);
                    case 2 -> (byte) STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length()));
                    default -> (byte) (0x80 + random.nextInt(128));
                };
                what.append(String.format(" [%d] 0x%02X->0x%02X", at, before & 0xFF, json[at] & 0xFF));
            }
            String where = what + " " + Show.document(json);
            Outcome tree1 = outcome(() -> decoder().decodeTree(json));
            Outcome tree2 = outcome(() -> decoder().decodeTree(json));
            Outcome typed1 = outcome(() -> typed.decode(json));
            Outcome typed2 = outcome(() -> typed.decode(json));
            check(failures, where + " (tree)", tree1, tree2);
            check(failures, where + " (typed)", typed1, typed2);
            if (tree1.thrown() == null) {
                decoded++;
                String difference = difference("", tree1.value(), tree2.value());
                if (difference != null) {
                    failures.add(where + ": decoding again gave a different tree: " + difference);
                }
            }
            if (typed1.thrown() == null && !Objects.equals(typed1.value(), typed2.value())) {
                failures.add(where + ": decoding again gave a different record");
            }
        }
        assertThat(failures).as("byte-flipped fixtures (%d decoded)", decoded).isEmpty();
    }

    private static void check(List<String> failures, String where, Outcome first, Outcome second) {
        for (Outcome o : List.of(first, second)) {
            if (o.thrown() != null && !(o.thrown() instanceof JsonDecodeException)) {
                failures.add(where + ": threw " + describe(o.thrown()));
                return;
            }
        }
        if ((first.thrown() == null) != (second.thrown() == null)) {
            failures.add(where + ": decoding again changed the outcome: " + first + " then " + second);
        }
    }

    private static void checkRejected(List<String> failures, String where, Supplier<?> decode) {
        Outcome o = outcome(decode);
        if (o.thrown() == null) {
            failures.add(where + ": decoded to " + Show.value(o.value()));
        } else if (!(o.thrown() instanceof JsonDecodeException)) {
            failures.add(where + ": threw " + describe(o.thrown()));
        }
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
