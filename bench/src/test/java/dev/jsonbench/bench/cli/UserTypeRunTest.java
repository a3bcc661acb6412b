package dev.jsonbench.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.ResultsJson;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --fixture order.json --type com.acme.Order --classpath DIR}: a user's records, compiled here outside the
 * project, decoded typed by every Java backend in its forks and checked against the document's tree.
 */
class UserTypeRunTest {

    static final List<String> BACKENDS = List.of("dsljson", "gson", "jackson", "jsoniter", "simdjson");

    private static final String ORDER = """
            package com.acme;
            import java.util.List;
            import java.util.Map;
            public record Order(long number, String customer, List<Line> lines, Map<String, Long> stock, Order parent) {
                public record Line(String product, long units, double price) {}
            }
            """;
    private static final String TAGGED = """
            package com.acme;
            public record Tagged(java.util.Set<String> tags) {}
            """;

    @TempDir
    Path dir;
    Path classes;
    Path document;

    @BeforeEach
    void compileTheUsersClasses() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/com/acme"));
        Files.writeString(sources.resolve("Order.java"), ORDER);
        Files.writeString(sources.resolve("Tagged.java"), TAGGED);
        classes = Files.createDirectories(dir.resolve("classes"));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-d", classes.toString(),
                sources.resolve("Order.java").toString(), sources.resolve("Tagged.java").toString());
        assertThat(status).as(errors.toString()).isZero();
        document = dir.resolve("order.json");
        Files.writeString(document, """
                {"number": 9007199254740993, "customer": "Zoë \\"Z\\" Ünal",
                 "lines": [{"product": "p1", "units": 2, "price": 2.5}, {"product": "p2", "units": 1, "price": 1e-3}],
                 "stock": {"p1": 7, "p2": 0},
                 "parent": {"number": 1, "customer": "x", "lines": [], "stock": {}, "parent": null}}""");
    }

    private Cli.Outcome run(String type, String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--fixture", document.toString(), "--type", type,
                "--classpath", classes.toString(), "--languages", "java", "--iterations", "200", "--warmup", "200", "--runs",
                "1", "--count-iterations", "5", "--memory", "none", "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void everyJavaBackendDecodesTheUsersTypeCheckedAgainstTheTree() throws Exception {
        Cli.Outcome outcome = run("com.acme.Order", "order", "--backends", String.join(",", BACKENDS));
        assertThat(outcome.code()).as(outcome.err()).isZero();
        ResultsDocument document = ResultsJson.read(dir.resolve("order/results.json"));
        Config.Fixture fixture = document.config().fixtures().getFirst();
        assertThat(fixture.typed()).as(fixture.typedProblem()).isTrue();
        assertThat(fixture.typedInto()).isEqualTo("com.acme.Order");
        assertThat(fixture.classpath()).containsExactly(classes.toAbsolutePath().toString());
        List<Result> typed = document.results().stream().filter(r -> r.mode() == Mode.typed).toList();
        assertThat(typed).extracting(Result::runner).containsExactlyInAnyOrderElementsOf(BACKENDS);
        for (Result r : typed) {
            assertThat(r.status()).as(r.label() + ": " + r.reason() + " " + r.failures()).isEqualTo(Status.ok);
            assertThat(r.verification().digest()).as(r.label()).isEqualTo(fixture.digest());
            assertThat(r.allocations().bytesPerOp()).as(r.label()).isPositive();
        }
    }

    @Test
    void aTypeNoBackendCanBindIsSkippedSayingWhichComponentAndWhy() throws Exception {
        Files.writeString(document, "{\"tags\": [\"a\", \"b\"]}");
        Cli.Outcome outcome = run("com.acme.Tagged", "tagged", "--backends", "jackson,gson", "--modes", "typed");
        assertThat(outcome.code()).as(outcome.err()).isZero();
        List<Result> results = ResultsJson.read(dir.resolve("tagged/results.json")).results();
        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.skipped);
            assertThat(r.reason()).contains("com.acme.Tagged").contains("Tagged.tags: java.util.Set<java.lang.String> is "
                    + "not supported");
        });
    }

    @Test
    void aTypeThatLeavesOutMembersOfTheDocumentRunsInTreeModeOnly() throws Exception {
        Files.writeString(document, "{\"number\": 1, \"customer\": \"x\", \"lines\": [], \"stock\": {}, \"parent\": null, "
                + "\"note\": \"not a component\"}");
        Cli.Outcome outcome = run("com.acme.Order", "partial", "--backends", "jackson");
        assertThat(outcome.code()).as(outcome.err()).isZero();
        Result typed = ResultsJson.read(dir.resolve("partial/results.json")).results().stream()
                .filter(r -> r.mode() == Mode.typed).findFirst().orElseThrow();
        assertThat(typed.status()).isEqualTo(Status.skipped);
        assertThat(typed.reason()).contains("is not its tree").contains("not a component of the type");
    }

    @Test
    void aTypeThatIsNotOnTheClassPathIsAUsageError() {
        Cli.Outcome outcome = run("com.acme.Missing", "missing");
        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err()).contains("--type com.acme.Missing").contains("com.acme.Missing");
        assertThat(Cli.run("run", "--classpath", classes.toString()).err()).contains("--classpath goes with --type");
    }
}
