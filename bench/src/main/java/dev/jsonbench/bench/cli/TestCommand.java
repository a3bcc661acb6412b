package dev.jsonbench.bench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jsonbench test}: every test of the project. The launcher {@code ./jsonbench} runs them (Maven, then
 * {@code cargo test} and {@code go test}); this command only documents that, and explains itself when reached
 * without the launcher.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs every test: the Java modules (Maven: API, adapters against the conformance suite, the bench, "
                + "the JMH module's checks), then the Rust and Go runners' tests when cargo and go are installed (skipped, "
                + "with a message, when they are not).",
                "Run it as './jsonbench test' from the repository: the launcher finds JDK 25 and Maven (or the Maven "
                        + "Wrapper) itself."},
        footer = {"", "Exit codes: 0 every test passed, otherwise the failing tool's status."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("jsonbench test: run './jsonbench test' from the repository: the tests need "
                + "the sources and the build tools, which the launcher runs");
        spec.commandLine().getErr().flush();
        return ExitCode.USAGE.code();
    }
}
