package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.run.BenchException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code jsonbench}: the root of the command line. Exit codes ({@link ExitCode}): 0 success, 1 failure (a rejected
 * document, a failed or wrong benchmark run), 2 usage error (bad option, unknown backend, missing file). Every error
 * is one line on stderr.
 */
@Command(name = "jsonbench",
        mixinStandardHelpOptions = true,
        versionProvider = JsonbenchCommand.Version.class,
        description = "Measures what decoding JSON really costs with five Java parsers behind one API.",
        subcommands = {RunCommand.class, ProfileCommand.class, DecodeCommand.class, ValidateCommand.class,
                ListCommand.class, GenerateCommand.class, ReproduceCommand.class, JmhCommand.class,
                ConformanceCommand.class, FuzzCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage error. 'jsonbench COMMAND --help' describes each command."})
public final class JsonbenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: run, reproduce, profile, decode, validate, list or jmh");
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new JsonbenchCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine command = ex.getCommandLine();
            String path = command.getCommandSpec().qualifiedName();
            command.getErr().println(path + ": " + ex.getMessage() + " (see '" + path + " --help')");
            command.getErr().flush();
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((ex, command, parseResult) -> {
            if (ex instanceof BenchException known) {
                command.getErr().println("jsonbench: " + known.getMessage());
                command.getErr().flush();
                return (known.kind() == BenchException.Kind.USAGE ? ExitCode.USAGE : ExitCode.FAILURE).code();
            }
            boolean debug = System.getenv("JSONBENCH_DEBUG") != null;
            command.getErr().println("jsonbench: unexpected error: " + ex
                    + (debug ? "" : " (set JSONBENCH_DEBUG=1 for the stack trace)"));
            if (debug) {
                ex.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return ExitCode.FAILURE.code();
        });
        return cli.execute(args);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = JsonbenchCommand.class.getPackage().getImplementationVersion();
            return new String[]{"jsonbench " + (version == null ? "(development build)" : version),
                    "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                            + " (" + System.getProperty("java.vendor") + ")",
                    "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch").toLowerCase(Locale.ROOT)};
        }
    }
}
