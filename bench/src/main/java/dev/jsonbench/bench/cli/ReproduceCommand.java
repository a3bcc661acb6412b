package dev.jsonbench.bench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jsonbench reproduce}: re-measures a published comparison on this machine. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Re-measures a published comparison on this machine, the claimed figures beside the measured ones.",
        subcommands = {ReproduceArticleCommand.class},
        footer = {"", "Exit codes: 0 every row ok (or skipped), 1 a row failed or decoded wrongly, 2 usage error."})
final class ReproduceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing what to reproduce: article");
    }
}
