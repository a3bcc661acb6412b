package dev.jsonbench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.jmh.OverheadOptions.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jmh.runner.options.TimeValue;

class OverheadOptionsTest {

    @Test
    void withoutArgumentsEverythingHasItsDefault() throws UsageException {
        OverheadOptions options = OverheadOptions.parse();
        assertThat(options.backends()).containsExactly("jackson", "dsljson", "jsoniter", "gson", "simdjson");
        assertThat(options.modes()).containsExactly("typed", "tree");
        assertThat(options.rounds()).isEqualTo(5);
        assertThat(options.warmupIterations()).isEqualTo(3);
        assertThat(options.iterations()).isEqualTo(3);
        assertThat(options.timeSeconds()).isEqualTo(1.0);
        assertThat(options.out()).isNull();
        assertThat(options.help()).isFalse();
    }

    @Test
    void everyOptionIsReadInBothSpellings(@TempDir Path dir) throws UsageException {
        OverheadOptions options = OverheadOptions.parse("--backends", "gson,jackson", "--modes=tree", "--rounds", "7",
                "--warmup-iterations=0", "--iterations", "4", "--time", "1.5", "--out=" + dir.resolve("o.json"));
        assertThat(options.backends()).containsExactly("gson", "jackson");
        assertThat(options.modes()).containsExactly("tree");
        assertThat(options.rounds()).isEqualTo(7);
        assertThat(options.warmupIterations()).isZero();
        assertThat(options.iterations()).isEqualTo(4);
        assertThat(options.iterationTime()).isEqualTo(new TimeValue(1500, TimeUnit.MILLISECONDS));
        assertThat(options.out()).isEqualTo(dir.resolve("o.json").toAbsolutePath());
    }

    @Test
    void aNameGivenTwiceCountsOnce() throws UsageException {
        assertThat(OverheadOptions.parse("--backends", "gson, dsljson,gson").backends()).containsExactly("gson", "dsljson");
    }

    @Test
    void helpWins() throws UsageException {
        assertThat(OverheadOptions.parse("--rounds", "2", "--help").help()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --forks 2                       | unknown option --forks
            --backends jackson,fastjson     | --backends: unknown name 'fastjson' (known: jackson,dsljson,jsoniter,gson,simdjson)
            --modes typed,dom               | --modes: unknown name 'dom' (known: typed,tree)
            --rounds                        | --rounds needs a value
            --rounds 0                      | --rounds takes a whole number >= 1, not '0'
            --iterations three              | --iterations takes a whole number >= 1, not 'three'
            --warmup-iterations -1          | --warmup-iterations takes a whole number >= 0, not '-1'
            --time 0                        | --time takes seconds between 0.001 and 3600, not '0'
            --time Infinity                 | --time takes seconds between 0.001 and 3600, not 'Infinity'
            --out /no/such/dir/o.json       | --out: no directory /no/such/dir
            """)
    void aBadCommandLineIsAUsageError(String args, String message) {
        assertThatThrownBy(() -> OverheadOptions.parse(args.split(" ")))
                .isInstanceOf(UsageException.class)
                .hasMessage(message);
    }

    @Test
    void aBadCommandLineExitsWithTwoAndOneLineOnStderrWithoutRunningAnything() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AdapterOverhead.run(new String[] {"--backends", "orjson"}, print(out), print(err), false,
                (fork, options) -> {
                    throw new AssertionError("ran " + fork);
                });
        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("AdapterOverhead: --backends: unknown name 'orjson'")
                .hasLineCount(1);
    }

    @Test
    void helpPrintsTheUsageAndRunsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = AdapterOverhead.run(new String[] {"--help"}, print(out), print(new ByteArrayOutputStream()), false,
                (fork, options) -> {
                    throw new AssertionError("ran " + fork);
                });
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: AdapterOverhead").contains(List.of(
                "--backends", "--modes", "--rounds", "--warmup-iterations", "--iterations", "--time", "--out"));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
