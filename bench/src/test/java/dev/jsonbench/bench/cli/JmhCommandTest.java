package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.contestant.external.ProjectRoot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The jmh subcommand's own behaviour; JMH itself runs from bench/jmh's uber-jar, built after this module. */
class JmhCommandTest {

    @TempDir
    Path root;

    private static int cli(StringWriter out, StringWriter err, String... args) {
        return JsonbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpDescribesThePassThroughToJmh() {
        StringWriter out = new StringWriter();
        int code = cli(out, new StringWriter(), "jmh", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Usage: jsonbench jmh").contains("DirectBenchmark", "jmh.json");
    }

    @Test
    void overheadHasItsOwnHelp() {
        StringWriter out = new StringWriter();
        int code = cli(out, new StringWriter(), "jmh", "overhead", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("AdapterOverhead", "paired ratio", "--rounds=N", "default: 10", "--backends");
    }

    @Test
    void overheadHandsEveryOptionOnWithItsDefault() {
        JmhCommand.Overhead overhead = new JmhCommand.Overhead();
        new CommandLine(overhead).parseArgs("--modes", "tree", "--time", "0.5");
        overhead.options.check();

        assertThat(overhead.options.arguments()).containsExactly("--backends", "jackson,dsljson,jsoniter,gson,simdjson",
                "--modes", "tree", "--rounds", "10", "--warmup-iterations", "3", "--iterations", "3", "--time", "0.5");
    }

    @Test
    void overheadOptionsAreCheckedBeforeAnyJvmStarts() {
        for (List<String> args : List.of(List.of("--backends", "jackson,fastjson"), List.of("--rounds", "0"),
                List.of("--modes", "lazy"), List.of("--time", "0"), List.of("--out", root.resolve("no/such/dir/o.json").toString()))) {
            StringWriter err = new StringWriter();
            String[] command = new String[args.size() + 2];
            command[0] = "jmh";
            command[1] = "overhead";
            for (int i = 0; i < args.size(); i++) {
                command[i + 2] = args.get(i);
            }
            int code = cli(new StringWriter(), err, command);

            assertThat(code).as(args.toString()).isEqualTo(ExitCode.USAGE.code());
            assertThat(err.toString().lines()).as(args.toString()).singleElement().asString()
                    .startsWith("jsonbench jmh overhead: ").contains(args.getFirst());
        }
    }

    @Test
    void poolTakesTwoOrMoreFiles() {
        StringWriter help = new StringWriter();
        assertThat(cli(help, new StringWriter(), "jmh", "pool", "--help")).isZero();
        assertThat(help.toString()).contains("OverheadPool", "per-round ratios", "FILE");

        StringWriter err = new StringWriter();
        assertThat(cli(new StringWriter(), err, "jmh", "pool", "one.json")).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString().lines()).singleElement().asString().startsWith("jsonbench jmh pool: ");
    }

    @Test
    void aMissingJmhJarIsOneUsageLineSayingHowToBuildIt() throws Exception {
        Files.createDirectories(root.resolve("compare"));
        Files.writeString(root.resolve("compare/PROTOCOL.md"), "marker");
        String previous = System.getProperty(ProjectRoot.PROPERTY);
        System.setProperty(ProjectRoot.PROPERTY, root.toString());
        try {
            for (String[] args : new String[][]{{"jmh", "-p", "backend=gson"}, {"jmh", "overhead", "--rounds", "1"}}) {
                StringWriter err = new StringWriter();
                int code = cli(new StringWriter(), err, args);

                assertThat(code).isEqualTo(ExitCode.USAGE.code());
                assertThat(err.toString().lines()).singleElement().asString()
                        .contains("no JMH jar at", JmhCommand.JAR, "./jsonbench");
            }
        } finally {
            if (previous == null) {
                System.clearProperty(ProjectRoot.PROPERTY);
            } else {
                System.setProperty(ProjectRoot.PROPERTY, previous);
            }
        }
    }
}
