package dev.jsonbench.bench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsonbench.api.JsonDecodeException;
import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.bench.run.BenchException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jsonbench decode}: one document through one backend, printed back as JSON. */
@Command(name = "decode", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Decodes FILE (or stdin for '-') with one backend and prints the decoded value as JSON; "
                + "prints the error and exits 1 if the backend rejects it.")
final class DecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DecodingOptions decoding;

    @Option(names = "--compact", description = "One line instead of indented output.")
    boolean compact;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The document; '-' reads stdin.")
    String file;

    @Override
    public Integer call() throws JsonProcessingException {
        JsonDecoder decoder = decoding.decoder();
        byte[] bytes = Inputs.read(file, System.in);
        Object value;
        try {
            value = decoding.decode(decoder, bytes);
        } catch (JsonDecodeException e) {
            throw BenchException.failure(e.getMessage());
        }
        ObjectMapper mapper = JsonMapper.builder().configure(SerializationFeature.INDENT_OUTPUT, !compact).build();
        PrintWriter out = spec.commandLine().getOut();
        out.println(mapper.writeValueAsString(value));
        out.flush();
        return ExitCode.OK.code();
    }
}
