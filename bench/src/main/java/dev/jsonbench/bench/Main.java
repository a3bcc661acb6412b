package dev.jsonbench.bench;

import dev.jsonbench.bench.cli.JsonbenchCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code jsonbench} entry point: UTF-8 streams, the command line ({@link JsonbenchCommand}), its exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = JsonbenchCommand.execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
