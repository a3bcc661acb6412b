package dev.jsonbench.bench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Ranking;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class HtmlReportTest {

    private static final ResultsDocument REALISTIC = SampleReport.realistic();

    private static ParsedPage page(ResultsDocument document) throws Exception {
        return ParsedPage.parse(HtmlReport.render(document));
    }

    @Test
    void isWellFormedWithATitleAndASectionPerDocumentAndMode() throws Exception {
        ParsedPage page = page(REALISTIC);

        assertThat(page.source).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(page.text("/html/head/title")).isEqualTo("jsonbench: api-response.json, generated-40k.json (2026-12-07T09:41:00Z)");
        assertThat(page.all("/html/head/meta[@name='viewport']")).hasSize(1);
        assertThat(page.texts("//section[starts-with(@id, 'doc-')]/h2"))
                .containsExactly("api-response.json 2,444 B", "generated-40k.json 40,117 B");
        assertThat(page.texts("//section[@id='doc-1']/section/h3"))
                .containsExactly("typed into the fixture's model", "tree into the untyped value model");
    }

    @Test
    void needsNothingButItself() throws Exception {
        ParsedPage page = page(REALISTIC);

        assertThat(page.all("//script")).isEmpty();
        assertThat(page.source).doesNotContainIgnoringCase("<script").doesNotContain("url(").doesNotContain("@import");
        assertThat(page.all("//*[@src]")).as("elements loading something").isEmpty();
        Set<String> ids = new HashSet<>();
        page.all("//*[@id]").forEach(e -> ids.add(e.getAttribute("id")));
        assertThat(page.all("//*[@href]")).isNotEmpty().allSatisfy(link ->
                assertThat(ids).as("target of " + link.getAttribute("href")).contains(link.getAttribute("href").substring(1)));
        assertThat(page.source.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                .doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void ranksEveryOkResultOfEachDocumentAndModeWithIntervalsRatiosAndTies() throws Exception {
        ParsedPage page = page(REALISTIC);
        List<String> fixtures = List.of(SampleReport.SMALL, SampleReport.LARGE);
        for (int doc = 0; doc < fixtures.size(); doc++) {
            for (Mode mode : Mode.values()) {
                String fixture = fixtures.get(doc);
                List<Result> ranked = Ranking.ranked(REALISTIC.results().stream()
                        .filter(r -> r.fixture().equals(fixture) && r.mode() == mode).toList());
                List<Element> rows = page.all("//section[@id='doc-" + (doc + 1) + "-" + mode + "']//table[@class='ranking']/tbody/tr");
                assertThat(rows).as(fixture + " " + mode).hasSameSizeAs(ranked).isNotEmpty();
                for (int i = 0; i < rows.size(); i++) {
                    assertThat(rows.get(i).getElementsByTagName("th").item(0).getTextContent())
                            .startsWith(ranked.get(i).runner() + " " + ranked.get(i).language());
                }
            }
        }
        List<String> jsoniter = page.texts("//section[@id='doc-1-typed']//table[@class='ranking']/tbody/tr[th[starts-with(., 'jsoniter')]]/td");
        assertThat(jsoniter).containsExactly("3~", "28,399", "26,411-34,363", "1.67x", "1.50-1.83", "86.1", "strict adapter");
        assertThat(page.texts("//section[@id='doc-1-typed']//table[@class='ranking']/thead/tr/th"))
                .containsExactly("Rank", "Solution", "ns/op", "interval (93.75%)", "vs reference", "ratio interval", "MB/s", "Work");
        assertThat(page.texts("//section[@id='doc-1-typed']//table[@class='ranking']/tbody/tr[1]/td[4]")).containsExactly("reference");
    }

    @Test
    void marksANoisyRunWithItsFlags() throws Exception {
        ParsedPage page = page(REALISTIC);

        List<Element> marks = page.all("//section[@id='doc-1-typed']//table[@class='ranking']//abbr[@class='flag']");
        assertThat(marks).singleElement().satisfies(mark ->
                assertThat(mark.getAttribute("title")).isEqualTo("run 5 of 5: waited: wall 1.40x its CPU time, steal 7.5%"));
        assertThat(((Element) marks.getFirst().getParentNode()).getTextContent()).startsWith("gson");
    }

    @Test
    void listsEveryResultNotRankedWithItsStatusAndReason() throws Exception {
        ParsedPage page = page(REALISTIC);

        assertThat(page.texts("//section[@id='doc-1']/ul/li")).containsExactly(
                "gson tree failed: run 2 of 5: failed: exited with code 134: # A fatal error has been detected by the Java Runtime",
                "serde-json-owned typed skipped: cargo not found (install Rust to include serde_json)");
        assertThat(page.texts("//section[@id='doc-2']/ul/li")).contains(
                "dsljson tree wrong: run 1 of 5: digest 9f00aa11 differs from the expected 0228fb58");
        assertThat(page.texts("//header/p[@class='banner']")).contains("3 results failed or decoded wrongly: see “Not ranked” under each document.");
    }

    @Test
    void drawsAChartPerMetricTheHeapCurvesAndThroughputAgainstDocumentSize() throws Exception {
        ParsedPage page = page(REALISTIC);

        assertThat(page.texts("//section[@id='doc-1-typed']//figure/*[local-name()='svg']/*[local-name()='title']")).containsExactly(
                "Time per decode (typed)", "Bytes allocated per decode (typed)", "Allocations per decode (typed)",
                "Retained by one decoded result (typed)", "Peak RSS of the timed loop, heap 1g (typed)",
                "Peak RSS at the fair heap, twice the minimal (typed)", "Time per decode against heap size (typed)",
                "Peak RSS against heap size (typed)");
        assertThat(page.texts("//section[@id='throughput']//figure/*[local-name()='svg']/*[local-name()='title']"))
                .containsExactly("Throughput by document size (typed)", "Throughput by document size (tree)");
        // the heap curve has a line per Java backend: its points at 1.5, 2, 4 and 8 times the minimal heap and at 1g
        assertThat(page.texts("(//section[@id='doc-1-typed']//figure)[7]//*[local-name()='title' and starts-with(., 'jackson: ')]"))
                .hasSize(5).last().asString().endsWith("at 1,024 MiB heap (-Xmx)");
        assertThat(page.texts("(//section[@id='doc-1-typed']//figure)[1]//*[local-name()='g']/*[local-name()='title']"))
                .as("every row of the time chart, the skipped one too").hasSize(8)
                .anySatisfy(t -> assertThat(t).isEqualTo("serde-json-owned: – (skipped)"));
    }

    @Test
    void showsAnUnverifiedAllocationCountAsSuchWithTheReason() throws Exception {
        ParsedPage page = page(REALISTIC);

        assertThat(page.texts("(//section[@id='doc-1-typed']//figure)[3]//*[local-name()='g']/*[local-name()='title']"))
                .contains("jackson: – (unverified: 514180 allocations and 18559384 bytes over 1000 decodes are not whole "
                        + "numbers per decode)", "dsljson: 393 allocs/op");
        assertThat(page.texts("//section[@id='doc-1-typed']//table[not(@class)]/tbody/tr[th='jackson (typed)']/td[1]"))
                .containsExactly("unverified");
    }

    @Test
    void aLibraryHasOneColourOnTheWholePageAndNoOtherLibraryHasIt() throws Exception {
        ParsedPage page = page(REALISTIC);
        Map<String, Set<String>> colours = new HashMap<>();
        for (Element bar : page.all("//*[local-name()='g'][*[local-name()='rect']]")) {
            String runner = bar.getElementsByTagName("title").item(0).getTextContent().split(":")[0];
            colours.computeIfAbsent(runner, k -> new HashSet<>()).add(fill(((Element) bar.getElementsByTagName("rect").item(0)).getAttribute("style")));
        }
        for (Element swatch : page.all("//span[@class='swatch']")) {
            String runner = swatch.getParentNode().getTextContent().split(" ")[0];
            colours.computeIfAbsent(runner, k -> new HashSet<>()).add(swatch.getAttribute("style").replace("background:", ""));
        }
        assertThat(colours.keySet()).containsExactlyInAnyOrder("sonic-rs", "simdjson", "dsljson", "jsoniter", "jackson",
                "gson", "encoding-json");
        colours.forEach((runner, used) -> assertThat(used).as(runner).hasSize(1));
        assertThat(colours.values().stream().map(used -> used.iterator().next()).distinct()).hasSize(colours.size());
        assertThat(colours.get("dsljson")).as("sorted names: dsljson takes the first slot").containsExactly("var(--jb-c0,#0072B2)");
    }

    private static String fill(String style) {
        Matcher m = Pattern.compile("fill:(var\\([^)]*\\))").matcher(style);
        assertThat(m.find()).as(style).isTrue();
        return m.group(1);
    }

    @Test
    void theEnvironmentAndConfigurationHoldEveryFieldOfTheRun() throws Exception {
        ParsedPage page = page(REALISTIC);
        String environment = String.join("\n", page.rows("//section[@id='environment']//tr"));
        String configuration = String.join("\n", page.rows("//section[@id='configuration']//tr"));

        assertThat(environment).contains("Date 2026-12-07T09:41:00Z", "CPU Intel(R) Xeon(R) Processor @ 2.00GHz, 2 cores, governor performance",
                "Memory 23.5 GiB", "OS Linux (Debian GNU/Linux 12 (bookworm))", "Kernel 6.18.44", "Architecture amd64",
                "Load average when written 1.52, 1.21, 0.98 (1, 5 and 15 minutes)",
                "Load and steal during the runs 1-minute load average 1.10 to 1.90; steal at most 7.5%; 2 of 120 timed runs flagged as possible noise",
                "JDK Eclipse Adoptium 25.0.3+9-LTS", "JVM OpenJDK 64-Bit Server VM 25.0.3+9-LTS",
                "Java home /usr/lib/jvm/temurin-25", "JVM flags (timed forks) -Xms1g -Xmx1g -XX:+UseG1GC --add-modules=jdk.incubator.vector",
                "jsonbench commit 0123456789abcdef", "Library of jackson com.fasterxml.jackson.core:jackson-databind:1.0",
                "Go go version go1.26.8 linux/amd64", "rustc rustc 1.95.0", "cargo cargo 1.95.0",
                "Runner compare/go/bin/jsonbench-go ok; built before by go build -o bin/jsonbench-go .;");
        assertThat(environment).containsPattern("(CGO_ENABLED=0 GOAMD64=v3|GOAMD64=v3 CGO_ENABLED=0)");
        assertThat(configuration).contains("Command run", "Backends sonic-rs, simdjson, dsljson, jsoniter, jackson, gson, encoding-json, serde-json-owned",
                "Languages java, rust, go", "Modes typed, tree",
                "Document api-response.json 2,444 B, /data/docs/api-response.json; expected digest 0228fb587cc8b600 (published)",
                "Timed loop 100,000 decodes after 100,000 warm-up, 5 runs per backend and mode",
                "Allocation count 1,000 decodes after 20,000 warm-up", "Quick (smoke-test counts) no",
                "Fork time limit derived from the counts", "Java /usr/bin/java", "Heap 1g", "Confidence 95% of every interval and test",
                "Ranked by wall time", "Reference the fastest of each document and mode", "Heaps besides the fixed one curve");
    }

    @Test
    void givesTheCommandThatMeasuresItAgain() throws Exception {
        assertThat(page(REALISTIC).text("//section[@id='reproduce']/pre/code")).isEqualTo(RerunCommand.of(REALISTIC).orElseThrow())
                .startsWith("./jsonbench run --backends sonic-rs,simdjson,");
    }

    @Test
    void escapesEveryNameAReaderCouldNotTrust() throws Exception {
        String hostile = "<script>alert('x')</script>";
        List<Result> results = new ArrayList<>(REALISTIC.results());
        results.add(SampleReport.notOk(hostile, Language.java, "&amp; <b>lib</b>", Mode.typed, SampleReport.SMALL,
                Status.failed, "</li><img src=x onerror=alert(1)> & \"quoted\""));
        ParsedPage page = page(new ResultsDocument(REALISTIC.environment(), REALISTIC.config(), results));

        assertThat(page.source).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>lib");
        assertThat(page.texts("//section[@id='doc-1']/ul/li")).contains(
                hostile + " typed failed: </li><img src=x onerror=alert(1)> & \"quoted\"");
        assertThat(page.all("//script | //img")).isEmpty();
    }

    @Test
    void setsPublishedClaimsBesideTheMeasurementsWhenGiven() throws Exception {
        ResultsDocument reproduction = new ResultsDocument(REALISTIC.environment(),
                SampleReport.config(Map.of("command", "reproduce article",
                        "claims", Map.of("file", "/repo/compare/article-claims.json", "iterations", 100_000))),
                REALISTIC.results());
        ClaimsTable claims = new ClaimsTable("The article's table, measured", List.of("Claimed: the article."),
                List.of(new String[]{"Solution", "Time"}, new String[]{"Rust serde_json", "3,738 ms (claimed 283 ms, ×13)"}));

        ParsedPage with = ParsedPage.parse(HtmlReport.render(reproduction, claims));
        assertThat(with.text("//h1")).isEqualTo("The article's table, measured");
        assertThat(with.rows("//section[@id='claims']//tr")).containsExactly("Solution Time",
                "Rust serde_json 3,738 ms (claimed 283 ms, ×13)");
        assertThat(with.texts("//nav//a")).first().isEqualTo("Claimed beside measured");
        assertThat(with.text("//section[@id='claims']/h2")).isEqualTo("Claimed beside measured");

        ParsedPage without = page(reproduction);
        assertThat(without.all("//section[@id='claims']")).isEmpty();
        assertThat(without.texts("//p[@class='banner']")).anySatisfy(text -> assertThat(text)
                .contains("reproduced the figures of /repo/compare/article-claims.json", "claimed figures are not shown"));
    }

    @Test
    void aSingleRunHasNoIntervalAndOneDocumentNoThroughputChart() throws Exception {
        List<Result> oneDocument = REALISTIC.results().stream().filter(r -> r.fixture().equals(SampleReport.SMALL))
                .map(r -> r.ok() ? r.withTiming(single(r.timing())) : r).toList();
        var oneFixture = SampleReport.config(Map.of("fixtures", List.of(REALISTIC.config().fixtures().getFirst()),
                "runs", 1, "quick", true, "memory", "fair"));
        ParsedPage page = page(new ResultsDocument(REALISTIC.environment(), oneFixture, oneDocument));

        assertThat(page.all("//section[@id='throughput']")).isEmpty();
        assertThat(page.text("//section[@id='doc-1']/p")).contains("median of 1 run (too few for an interval);");
        assertThat(page.texts("//section[@id='doc-1-typed']//table[@class='ranking']/tbody/tr/td[3]")).containsOnly("none (too few runs)");
        assertThat(page.texts("//header/p[@class='banner']")).anySatisfy(text -> assertThat(text).startsWith("A quick run"));
    }

    private static Result.Timing single(Result.Timing t) {
        return new Result.Timing(t.runsNs().subList(0, 1), t.runs().subList(0, 1), t.totalMs(), t.nsPerOp(),
                new dev.jsonbench.bench.stats.Interval(t.nsPerOp(), t.nsPerOp(), 0), t.cpuNsPerOp(), null, t.mbPerS(),
                t.relative());
    }
}
