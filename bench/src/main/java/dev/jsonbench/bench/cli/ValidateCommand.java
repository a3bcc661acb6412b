package dev.jsonbench.bench.cli;

import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.bench.report.ResultsJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jsonbench validate}: does a backend accept these documents? */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Decodes each FILE with one backend (strict RFC 8259 within the default limits) and prints "
                + "'ok FILE' or 'rejected FILE: reason'. Exit 0 when every file is accepted, 1 when any is rejected.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DecodingOptions decoding;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check; '-' reads stdin.")
    List<String> files;

    enum Format { table, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES}: a line per file, or a JSON array of {file, accepted, error, offset} "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    /** One file's verdict, as --format json prints it. */
    record Verdict(String file, boolean accepted, String error, Long offset) {
    }

    @Override
    public Integer call() {
        JsonDecoder decoder = decoding.decoder();
        for (String file : files) {
            if (!file.equals("-")) {
                Inputs.existingFile(file);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Verdict> verdicts = new ArrayList<>();
        for (String file : files) {
            byte[] bytes = Inputs.read(file, System.in);
            try {
                decoding.decode(decoder, bytes);
                verdicts.add(new Verdict(file, true, null, null));
            } catch (JsonDecodeException e) {
                verdicts.add(new Verdict(file, false, e.getMessage(), e.offset() < 0 ? null : e.offset()));
            }
        }
        long rejected = verdicts.stream().filter(v -> !v.accepted()).count();
        if (format == Format.json) {
            out.print(ResultsJson.toJson(verdicts));
        } else {
            for (Verdict v : verdicts) {
                out.println(v.accepted() ? "ok        " + v.file() : "rejected  " + v.file() + ": " + v.error());
            }
        }
        out.flush();
        if (files.size() > 1) {
            spec.commandLine().getErr().println((files.size() - rejected) + " of " + files.size() + " files accepted by " + decoding.backend);
            spec.commandLine().getErr().flush();
        }
        return rejected == 0 ? ExitCode.OK.code() : ExitCode.FAILURE.code();
    }
}
