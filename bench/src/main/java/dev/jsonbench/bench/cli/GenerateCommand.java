package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.TextTable;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.fixtures.generate.Shape;
import dev.jsonbench.fixtures.generate.Sizes;
import dev.jsonbench.fixtures.generate.Suite;
import dev.jsonbench.fixtures.generate.Workload;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jsonbench generate}: seeded documents of any size and shape, the same bytes on every machine. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes seeded JSON documents: every --shape at every --bytes size, or a --suite's documents. The "
                + "same seed gives the same bytes on every machine (the SHA-256 printed beside each file lets you check).",
                "Shapes: api (the ApiResponse model at any size: typed mode works on it in every language), numbers "
                        + "(coordinates), strings (unicode and escapes), nested (up to 100 levels), wide (thousands of "
                        + "members). Sizes: 1k = 1024 bytes; every document is exactly its size."},
        footer = {"", "Exit codes: 0 written, 1 a file could not be written, 2 usage error."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bytes", split = ",", paramLabel = "SIZE", order = 1,
            description = "Sizes, comma-separated: 1k, 16k, 256k, 4m, 3000 (k = 1024).")
    List<String> bytes;

    @Option(names = "--shape", split = ",", paramLabel = "SHAPE", order = 2,
            description = "${COMPLETION-CANDIDATES}, comma-separated (default: api).")
    List<Shape> shapes;

    @Option(names = "--suite", paramLabel = "SUITE", order = 3,
            description = "A documented set instead of --bytes and --shape: ${COMPLETION-CANDIDATES} (sizes: api at 1k, "
                    + "16k, 256k, 4m; shapes: every shape at 64k; all: both).")
    Suite suite;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", order = 4,
            description = "The seed (default: ${DEFAULT-VALUE}, the one 'jsonbench run --suite' uses).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, order = 5, description = "Where the documents go.")
    Path out;

    @Override
    public Integer call() {
        List<Workload> workloads = workloads();
        List<Path> written;
        try {
            written = Workload.writeAll(workloads, out, seed);
        } catch (IOException e) {
            throw BenchException.failure("cannot write the documents into " + out + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw BenchException.usage(e.getMessage());
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"File", "Bytes", "SHA-256"});
        for (Path file : written) {
            try {
                rows.add(new String[]{file.toString(), Figures.group(Files.size(file)), sha256(Files.readAllBytes(file))});
            } catch (IOException e) {
                throw BenchException.failure("cannot read back " + file + ": " + e.getMessage());
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(TextTable.aligned(rows, TextTable.Columns.TEXT));
        stdout.flush();
        return ExitCode.OK.code();
    }

    private List<Workload> workloads() {
        if (suite != null) {
            if (bytes != null || shapes != null) {
                throw new ParameterException(spec.commandLine(), "--suite cannot be combined with --bytes or --shape");
            }
            return suite.workloads();
        }
        if (bytes == null || bytes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give --bytes (e.g. 1k,16k) or --suite");
        }
        List<Integer> sizes = new ArrayList<>();
        for (String size : bytes) {
            try {
                sizes.add(Sizes.parse(size.strip()));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--bytes: " + e.getMessage());
            }
        }
        List<Workload> workloads = new ArrayList<>();
        for (Shape shape : shapes == null || shapes.isEmpty() ? List.of(Shape.api) : shapes) {
            for (int size : sizes) {
                if (size < shape.minimumBytes()) {
                    throw new ParameterException(spec.commandLine(), "--bytes " + Sizes.label(size) + " is too small for "
                            + "the " + shape + " shape: at least " + shape.minimumBytes() + " bytes");
                }
                workloads.add(new Workload(shape, size));
            }
        }
        return workloads;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
        }
    }
}
