package dev.jsonbench.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Language;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hostile documents are what they say, and the table says what stopped each backend. */
class HostileTest {

    @Test
    void theDocumentsAreWhatTheirDescriptionsSay() {
        assertThat(HostileInput.NESTED_ARRAYS.bytes()).hasSize(200_000).startsWith((byte) '[').endsWith((byte) ']');
        assertThat(HostileInput.LONG_STRING.bytes()).hasSize(10_000_002);
        assertThat(new String(HostileInput.HUGE_EXPONENT.bytes(), StandardCharsets.US_ASCII)).isEqualTo("1e1000000");
        assertThat(HostileInput.LONG_NUMBER.bytes()).hasSize(100_000);
        assertThat(HostileInput.NESTED_IN_RECORD.typed()).isTrue();
        String members = new String(HostileInput.COLLIDING_NAMES.bytes(), StandardCharsets.US_ASCII);
        String[] parts = members.substring(1, members.length() - 1).split(",");
        assertThat(parts).hasSize(1 << 20);
        Set<String> names = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (String part : parts) {
            String name = part.substring(1, part.indexOf("\":"));
            names.add(name);
            hashes.add(name.hashCode());
        }
        assertThat(names).hasSize(1 << 20);
        assertThat(hashes).as("every name has the same String.hashCode").hasSize(1);
    }

    @Test
    void aCellSaysTheVerdictTheFiguresAndTheLimit() {
        HostileRun.Cell limited = new HostileRun.Cell(Verdict.Outcome.rejected, "jackson: document exceeds "
                + "DecodeLimits.maxNestingDepth (512); raise it with DecodeLimits.builder().maxNestingDepth(n) if such "
                + "input is expected (at byte 512)", 3_100_000L, 64L << 20);
        assertThat(HostileReport.cell(limited)).isEqualTo("rejected, 3.1 ms, 64 MiB: maxNestingDepth 512");
        assertThat(HostileReport.cell(new HostileRun.Cell(Verdict.Outcome.accepted, null, 25_400_000_000L, null)))
                .isEqualTo("accepted, 25.4 s");
        assertThat(HostileReport.cell(new HostileRun.Cell(Verdict.Outcome.crashed, "java.lang.StackOverflowError",
                12_000_000L, null))).isEqualTo("CRASH, 12 ms: java.lang.StackOverflowError");
        assertThat(HostileReport.cell(new HostileRun.Cell(Verdict.Outcome.skipped, "typed", null, null))).isEqualTo("n/a");

        Map<HostileInput, HostileRun.Cell> cells = new EnumMap<>(HostileInput.class);
        for (HostileInput input : HostileInput.values()) {
            cells.put(input, limited);
        }
        HostileRun.Table table = new HostileRun.Table("a test machine", List.of(new HostileRun.Row(
                new Column("jackson", Language.java, true, "lib", "1", "conf", null), cells)), Map.of("sonic-rs", 2_000_000L));
        String markdown = HostileReport.render(table, MatrixFormat.markdown);
        assertThat(markdown).contains("on a test machine").contains("a one-byte document takes sonic-rs 2.0 ms")
                .contains("| jackson (strict adapter) | rejected, 3.1 ms, 64 MiB: maxNestingDepth 512 |");
    }
}
