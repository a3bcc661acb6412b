package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.run.BenchException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
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
        subcommands = {RunCommand.class, ReportCommand.class, CompareCommand.class, ExportCommand.class,
                MergeCommand.class, ProfileCommand.class, DecodeCommand.class, ValidateCommand.class, ListCommand.class,
                GenerateCommand.class, ReproduceCommand.class, JmhCommand.class, ConformanceCommand.class,
                FuzzCommand.class, TestCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage error, 3 a regression (compare, run --baseline), 130/143 "
                + "interrupted. 'jsonbench COMMAND --help' describes each command."})
public final class JsonbenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: run, report, reproduce, profile, decode, validate, list or jmh");
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new JsonbenchCommand());
        cli.addSubcommand("completion", new AutoComplete.GenerateCompletion());
        cli.getSubcommands().get("completion").getCommandSpec().usageMessage().description(
                "Prints a bash/zsh completion script for jsonbench: source <(./jsonbench completion)");
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine command = ex.getCommandLine();
            String path = command.getCommandSpec().qualifiedName();
            command.getErr().println(path + ": " + ex.getMessage() + suggestions(ex) + " (see '" + path + " --help')");
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

    /** "; did you mean --backends?" for an unknown option or command close to a known one; else nothing. */
    static String suggestions(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched)) {
            return "";
        }
        if (unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        String word = unmatched.getUnmatched().getFirst().split("=", 2)[0];
        Set<String> candidates = new LinkedHashSet<>(ex.getCommandLine().getSubcommands().keySet());
        ex.getCommandLine().getCommandSpec().options().forEach(option -> candidates.addAll(List.of(option.names())));
        // picocli's own suggestions go by prefix and are often far off; only near misses are worth a hint
        List<String> best = candidates.stream().filter(name -> editDistance(word, name) <= Math.max(1, name.length() / 4))
                .limit(3).toList();
        return best.isEmpty() ? "" : "; did you mean " + String.join(" or ", best) + "?";
    }

    /** The fewest single-character edits (insert, delete, replace, swap two neighbours) from a to b. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
