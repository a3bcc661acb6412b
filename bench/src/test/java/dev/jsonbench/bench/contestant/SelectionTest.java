package dev.jsonbench.bench.contestant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsonbench.bench.contestant.external.ExternalContestant;
import dev.jsonbench.bench.contestant.external.ExternalRunners;
import dev.jsonbench.bench.contestant.external.ProjectRoot;
import dev.jsonbench.bench.contestant.external.RunnerBinary;
import dev.jsonbench.bench.contestant.external.RunnerRegistry;
import dev.jsonbench.bench.protocol.RunnerListing;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.Contestant;
import dev.jsonbench.bench.run.Lineup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing contestants by name and language, without Go or Rust (an empty search path: nothing is built). */
class SelectionTest {

    static final List<String> JAVA = List.of("jackson", "gson");
    static final List<String> DIRECT = List.of("jackson-direct");

    @TempDir
    Path dir;

    private ExternalRunners.Setup setup(String searchPath) {
        return new ExternalRunners.Setup(Optional.of(dir), null, registry(), searchPath);
    }

    /** The repository's own registry: nothing is built, the search path holds no toolchain. */
    private static List<RunnerBinary> registry() {
        return RunnerRegistry.load(ProjectRoot.compareDirectory().orElseThrow());
    }

    private static List<String> names(Selection.Choice choice) {
        return choice.external().entrySet().stream()
                .flatMap(e -> e.getValue() != null ? e.getValue().stream()
                        : e.getKey().runners().stream().map(RunnerListing::runner))
                .toList();
    }

    @Test
    void aMissingToolchainSkipsItsRunnersWithTheInstallHint() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty-bin"));
        for (String searchPath : List.of("", empty.toString())) {
            Lineup lineup = Selection.lineup(Selection.choose(null, null, JAVA, DIRECT, setup(searchPath)), "1g", setup(searchPath),
                    new PrintWriter(new StringWriter()));
            Map<String, Contestant> byName = lineup.contestants().stream()
                    .collect(Collectors.toMap(Contestant::name, Function.identity()));
            assertThat(lineup.names()).containsExactly("jackson", "gson", "serde-json-owned", "sonic-rs", "encoding-json",
                    "jsoniter-std", "sonic-default");
            Contestant serde = byName.get("serde-json-owned");
            assertThat(serde.unavailable()).isEqualTo(new Contestant.Unavailable(Status.skipped,
                    "cargo not found (install Rust to include serde_json and sonic-rs)"));
            assertThat(serde.language()).isEqualTo(Language.rust);
            assertThat(serde.modes()).isEmpty();
            assertThat(byName.get("sonic-default").unavailable().reason())
                    .isEqualTo("go not found (install Go to include encoding/json, jsoniter, sonic)");
            assertThat(lineup.toolchains().runnerBuilds()).extracting(b -> b.status()).containsOnly(Status.skipped);
            assertThat(lineup.toolchains().goVersion()).isNull();
        }
    }

    @Test
    void backendsNameJavaBackendsAndRunnersAlike() {
        Selection.Choice s = Selection.choose(List.of("gson", " serde-json-owned", "gson", "sonic-default"), null, JAVA, DIRECT, setup(""));
        assertThat(s.javaNames()).containsExactly("gson");
        assertThat(names(s)).containsExactly("serde-json-owned", "sonic-default");
        assertThat(s.strict()).isTrue();

        // only Java named: nothing external considered, nothing built
        Selection.Choice javaOnly = Selection.choose(List.of("jackson"), null, JAVA, DIRECT, setup(""));
        assertThat(javaOnly.external()).isEmpty();
        Lineup lineup = Selection.lineup(javaOnly, "1g", setup(""), null);
        assertThat(lineup.toolchains().runnerBuilds()).isEmpty();

        Selection.Choice goOnly = Selection.choose(null, List.of(Language.go), JAVA, DIRECT, setup(""));
        assertThat(goOnly.javaNames()).isEmpty();
        assertThat(goOnly.external().keySet()).extracting(RunnerBinary::language).containsOnly(Language.go);
        assertThat(goOnly.languages()).containsExactly(Language.go);

        assertThat(Selection.choose(null, List.of(Language.java), JAVA, DIRECT, setup("")).external()).isEmpty();
    }

    @Test
    void theDefaultRunHasOneRunnerPerLibraryAndAllAddsTheVariants() {
        Selection.Choice byDefault = Selection.choose(null, null, JAVA, DIRECT, setup(""));
        assertThat(byDefault.javaNames()).containsExactly("jackson", "gson");
        assertThat(names(byDefault)).containsExactly("serde-json-owned", "sonic-rs", "encoding-json", "jsoniter-std", "sonic-default");
        // the jsonv2 binary offers only a variant: not even considered for building
        assertThat(byDefault.external().keySet()).extracting(RunnerBinary::id).containsExactly("rust", "go");
        assertThat(byDefault.strict()).isFalse();

        Selection.Choice all = Selection.choose(List.of("all"), null, JAVA, DIRECT, setup(""));
        assertThat(all.javaNames()).containsExactly("jackson", "gson", "jackson-direct");
        assertThat(names(all)).containsExactly("serde-json-owned", "serde-json-borrowed", "sonic-rs", "serde-json-roundtrip",
                "encoding-json",
                "jsoniter-std", "jsoniter-fastest", "sonic-default", "sonic-std", "encoding-json-v2");

        Selection.Choice goAll = Selection.choose(List.of("all"), List.of(Language.go), JAVA, DIRECT, setup(""));
        assertThat(goAll.javaNames()).isEmpty();
        assertThat(goAll.external().keySet()).extracting(RunnerBinary::language).containsOnly(Language.go);

        // a library called directly is opt-in, by name or with all
        assertThat(Selection.choose(List.of("jackson-direct"), null, JAVA, DIRECT, setup("")).javaNames())
                .containsExactly("jackson-direct");
        // a variant is still available by name
        assertThat(names(Selection.choose(List.of("sonic-std"), null, JAVA, DIRECT, setup("")))).containsExactly("sonic-std");
        assertThatThrownBy(() -> Selection.choose(List.of("all", "gson"), null, JAVA, DIRECT, setup("")))
                .isInstanceOf(BenchException.class)
                .hasMessage("'all' selects every backend and cannot be combined with names");
    }

    @Test
    void selectionErrorsAreUsageErrors() {
        assertThatThrownBy(() -> Selection.choose(List.of("jackson", "nosuch"), null, JAVA, DIRECT, setup("")))
                .isInstanceOf(BenchException.class)
                .hasMessage("no JSON backend named 'nosuch'; available: jackson, gson, jackson-direct (java); serde-json-owned, "
                        + "serde-json-borrowed, sonic-rs, serde-json-roundtrip (rust); encoding-json, jsoniter-std, jsoniter-fastest, sonic-default, "
                        + "sonic-std, encoding-json-v2 (go); or all")
                .satisfies(e -> assertThat(((BenchException) e).kind()).isEqualTo(BenchException.Kind.USAGE));
        assertThatThrownBy(() -> Selection.choose(List.of("serde-json-owned"), List.of(Language.java, Language.go), JAVA, DIRECT, setup("")))
                .hasMessage("'serde-json-owned' is a rust backend, but --languages is java,go");
        assertThatThrownBy(() -> Selection.choose(null, List.of(Language.java), List.of(), List.of(), setup("")))
                .hasMessageStartingWith("no JSON backend on the class path")
                .satisfies(e -> assertThat(((BenchException) e).kind()).isEqualTo(BenchException.Kind.FAILURE));

        // compare/ not found: skipped by default, an error when Go or Rust was asked for
        ExternalRunners.Setup lost = new ExternalRunners.Setup(Optional.empty(), "cannot find compare/", registry(), "");
        Lineup byDefault = Selection.lineup(Selection.choose(null, List.of(), JAVA, DIRECT, lost), "1g", lost, null);
        assertThat(byDefault.contestants()).filteredOn(c -> c instanceof ExternalContestant).isNotEmpty()
                .allSatisfy(c -> assertThat(c.unavailable().reason()).isEqualTo("cannot find compare/"));
        assertThatThrownBy(() -> Selection.lineup(Selection.choose(List.of("encoding-json"), null, JAVA, DIRECT, lost), "1g", lost, null))
                .hasMessage("cannot find compare/");
    }
}
