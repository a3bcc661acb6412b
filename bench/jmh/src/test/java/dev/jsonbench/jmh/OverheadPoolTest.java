package dev.jsonbench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jsonbench.jmh.AdapterOverhead.ForkRunner;
import dev.jsonbench.jmh.AdapterOverhead.Measurement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs written by AdapterOverhead with canned scores, pooled. */
class OverheadPoolTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The adapter costs {@code adapterUnits} per round where direct costs 1000; B/op 2000 against 3000. */
    private static ForkRunner adapterCosting(double adapterUnits) {
        return (fork, options) -> {
            double units = fork.kind() == OverheadPlan.Kind.ADAPTER ? adapterUnits : 1000;
            return new Measurement(units, units, fork.kind() == OverheadPlan.Kind.ADAPTER ? 2000 : 3000);
        };
    }

    @Test
    void theRoundsOfEveryFileAreTakenTogether() throws IOException {
        // 3 rounds at +10 % and 3 at +30 %: each run alone is min..max at 75 %; pooled, 6 rounds give the median of
        // the two middle ratios (+20 %) and min..max at 96.9 %.
        Path first = measure("first.json", adapterCosting(1100), "--backends", "jackson,gson", "--rounds", "3");
        Path second = measure("second.json", adapterCosting(1300), "--backends", "jackson,gson", "--rounds", "3");

        int status = pool(first.toString(), second.toString());

        assertThat(status).isZero();
        List<String> table = out.toString(StandardCharsets.UTF_8).lines().toList();
        String pooled = "+20.0% [+10.0%, +30.0%]";
        assertThat(AdapterOverheadTest.row(table, "jackson"))
                .containsExactly("jackson", "typed", "1200", "1000", pooled, pooled, "-", "-", "2000", "3000");
        assertThat(AdapterOverheadTest.row(table, "gson"))
                .containsExactly("gson", "typed", "1200", "1000", pooled, pooled, "1000", pooled, "2000", "3000");
        assertThat(table).anySatisfy(line -> assertThat(line).startsWith("ns/op and B/op: medians over 6 rounds,"));
        assertThat(table.getLast()).startsWith("Pooled 2 runs measured on ")
                .contains("JDK " + System.getProperty("java.runtime.version"), "; commits: ");
    }

    @Test
    void pairsMeasuredInSomeRunsOnlyKeepTheirOwnRounds() throws IOException {
        Path both = measure("both.json", adapterCosting(1100), "--backends", "jackson,gson", "--rounds", "2");
        Path gsonOnly = measure("gson.json", adapterCosting(1100), "--backends", "gson", "--rounds", "4");

        assertThat(pool(both.toString(), gsonOnly.toString())).isZero();
        List<String> table = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(table.stream().filter(line -> line.startsWith("| jackson ") || line.startsWith("| gson "))).hasSize(2);
        assertThat(table).anySatisfy(line -> assertThat(line).startsWith("ns/op and B/op: medians over 2 to 6 rounds,"));
    }

    @Test
    void aFileWithoutPerRoundBytesGivesNoBytesPerOp() throws IOException {
        Path current = measure("current.json", adapterCosting(1100), "--backends", "jackson", "--rounds", "2");
        Path schema2 = copyEdited(current, "schema2.json", old -> {
            old.put("schema", 2);
            old.withArray("pairs").forEach(pair -> ((ObjectNode) pair).remove(List.of("adapter_b_per_op_rounds",
                    "direct_b_per_op_rounds", "validated_b_per_op_rounds", "validated_cpu_ns")));
        });

        assertThat(pool(current.toString(), schema2.toString())).isZero();
        List<String> jackson = AdapterOverheadTest.row(out.toString(StandardCharsets.UTF_8).lines().toList(), "jackson");
        assertThat(jackson.get(4)).isEqualTo("+10.0% [+10.0%, +10.0% at 87.5%]");
        assertThat(jackson.subList(8, 10)).containsExactly("-", "-");
    }

    @Test
    void runsMeasuredWithOtherOptionsAreNotPooled() throws IOException {
        Path oneSecond = measure("a.json", adapterCosting(1100), "--backends", "jackson", "--rounds", "2");
        Path twoSeconds = measure("b.json", adapterCosting(1100), "--backends", "jackson", "--rounds", "2", "--time", "2");

        assertThat(pool(oneSecond.toString(), twoSeconds.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("b.json was measured otherwise than", "a.json",
                "cannot be pooled");
    }

    @Test
    void runsOnAnotherMachineAreNotPooled() throws IOException {
        Path here = measure("here.json", adapterCosting(1100), "--backends", "jackson", "--rounds", "2");
        Path elsewhere = copyEdited(here, "elsewhere.json",
                other -> ((ObjectNode) other.get("environment")).put("cpu_model", "Another CPU"));

        assertThat(pool(here.toString(), elsewhere.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("elsewhere.json was measured on another machine than",
                "Another CPU", "cannot be pooled");
    }

    @Test
    void filesThatDoNotRecordTheMachinePoolOnlyWithEachOther() throws IOException {
        Path current = measure("current.json", adapterCosting(1100), "--backends", "jackson", "--rounds", "2");
        Path first = copyEdited(current, "first3.json", old -> old.put("schema", 3).remove("environment"));
        Path second = copyEdited(current, "second3.json", old -> old.put("schema", 3).remove("environment"));

        assertThat(pool(first.toString(), second.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList().getLast())
                .isEqualTo("Pooled 2 runs whose files do not record the machine (before schema 4); commits: an unknown commit.");
        assertThat(pool(current.toString(), first.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("first3.json was measured on another machine than");
    }

    @Test
    void aFileThatIsNoOverheadResultIsNamed() throws IOException {
        Path result = measure("a.json", adapterCosting(1100), "--backends", "jackson", "--rounds", "2");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"schema\": 1}");

        assertThat(pool(result.toString(), other.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("cannot read " + other, "is not a result of jsonbench jmh overhead");
    }

    @Test
    void oneFileIsABadCommandLine() throws IOException {
        Path result = measure("a.json", adapterCosting(1100), "--backends", "jackson", "--rounds", "2");

        assertThat(pool(result.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("OverheadPool: ").contains("--help for usage");
    }

    private Path measure(String name, ForkRunner runner, String... args) {
        Path file = dir.resolve(name);
        String[] withOut = Stream.concat(Stream.of(args), Stream.of("--modes", "typed", "--out", file.toString()))
                .toArray(String[]::new);
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(AdapterOverhead.run(withOut, discard, discard, false, runner)).isZero();
        return file;
    }

    /** A copy of the result file {@code source}, named {@code name}, changed by {@code edit}. */
    private Path copyEdited(Path source, String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(source.toFile());
        edit.accept(json);
        Path copy = dir.resolve(name);
        mapper.writeValue(copy.toFile(), json);
        return copy;
    }

    private int pool(String... files) {
        return OverheadPool.run(files, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
