package dev.jsonbench.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code jsonbench}: the command line. Exit codes: 0 success, 1 failure (a rejected document, a failed or wrong
 * benchmark run), 2 usage error (bad option, unknown backend, missing file). Every error is one line on stderr.
 */
@Command(name = "jsonbench",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Measures what decoding JSON really costs with five Java parsers behind one API.",
        subcommands = {RunCommand.class, ProfileCommand.class, DecodeCommand.class, ValidateCommand.class,
                ListCommand.class, dev.jsonbench.bench.compare.ReproduceCommand.class, JmhCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage error. 'jsonbench COMMAND --help' describes each command."})
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    /** Whether progress may redraw one live line (stderr is a terminal). */
    static volatile boolean interactive;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: run, reproduce, profile, decode, validate, list or jmh");
    }

    public static void main(String[] args) {
        java.io.Console console = System.console();
        interactive = console != null && console.isTerminal();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams (tests call this); returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine command = ex.getCommandLine();
            String path = command.getCommandSpec().qualifiedName();
            command.getErr().println(path + ": " + ex.getMessage() + " (see '" + path + " --help')");
            command.getErr().flush();
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, command, parseResult) -> {
            if (ex instanceof CliException cliException) {
                command.getErr().println("jsonbench: " + cliException.getMessage());
                command.getErr().flush();
                return cliException.exitCode();
            }
            command.getErr().println("jsonbench: unexpected error: " + ex
                    + (System.getenv("JSONBENCH_DEBUG") == null ? " (set JSONBENCH_DEBUG=1 for the stack trace)" : ""));
            if (System.getenv("JSONBENCH_DEBUG") != null) {
                ex.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return EXIT_FAILURE;
        });
        return cli.execute(args);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[]{"jsonbench " + (version == null ? "(development build)" : version),
                    "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                            + " (" + System.getProperty("java.vendor") + ")",
                    "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch").toLowerCase(Locale.ROOT)};
        }
    }
}
