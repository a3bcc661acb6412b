package dev.jsonbench.bench.report.html;

import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.Ranking;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.svg.Markup;
import dev.jsonbench.bench.report.svg.Palette;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * report.html: a results document as one self-contained page (inline CSS and SVG, no script, nothing loaded from
 * anywhere) that reads on a phone, prints, and follows the reader's light or dark scheme.
 *
 * <p>Per document and mode: the ranking with intervals, ratios and ties; a chart per metric (time with interval
 * whiskers, bytes and allocations per decode, retained bytes, peak resident set under the fixed and the fair heap);
 * the heap curves where measured; the memory table. Then the results not ranked with their reasons, the notes, how
 * the figures were made, the environment, the configuration and the command that measures it all again. Every
 * library has one colour on the whole page. The markup is XHTML-compatible (every element closed, every value
 * escaped), so an XML parser reads it too.
 */
public final class HtmlReport {

    /** The heading of the published figures' section (the page's own heading is the claims table's). */
    private static final String CLAIMS = "Claimed beside measured";

    private HtmlReport() {
    }

    public static String render(ResultsDocument document) {
        return render(document, null);
    }

    /** The page with {@code claims} (published figures beside the measured ones) after its header; none when null. */
    public static String render(ResultsDocument document, ClaimsTable claims) {
        // the runners that have a figure to draw, by name: few enough keys keep to the most distinct colours
        Palette palette = new Palette(document.results().stream().filter(Result::ok).map(Result::runner).distinct().sorted()
                .toList());
        Map<String, List<Result>> byFixture = Ranking.byFixture(document.results());
        List<String> throughput = MetricCharts.throughputBySize(palette, document);

        Markup html = new Markup().raw("<!DOCTYPE html>\n").open("html", "lang", "en").open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .empty("meta", "name", "color-scheme", "content", "light dark")
                .textElement("title", title(document, byFixture))
                .open("style").raw(PageStyle.css()).close("style")
                .close("head").open("body").open("main");
        header(html, document, claims);
        contents(html, document, byFixture, claims, !throughput.isEmpty());
        if (claims != null) {
            claims(html, claims);
        } else if (document.config().claims() != null) {
            html.textElement("p", "This run reproduced the figures of " + document.config().claims().file()
                    + "; that file could not be read when this page was made, so the claimed figures are not shown.",
                    "class", "banner");
        }
        if (!throughput.isEmpty()) {
            html.open("section", "id", "throughput").textElement("h2", "Throughput by document size");
            figures(html, throughput);
            html.close("section");
        }
        int index = 0;
        for (Map.Entry<String, List<Result>> group : byFixture.entrySet()) {
            document(html, document, "doc-" + ++index, group.getKey(), group.getValue(), palette);
        }
        notes(html, document);
        html.open("section", "id", "environment").textElement("h2", "Environment");
        Tables.fields(html, RunFacts.environment(document));
        html.close("section").open("section", "id", "configuration").textElement("h2", "Configuration");
        Tables.fields(html, RunFacts.configuration(document.config()));
        html.close("section").open("section", "id", "reproduce").textElement("h2", "Measure it again");
        Optional<String> command = RerunCommand.of(document);
        if (command.isPresent()) {
            String commit = document.environment().gitCommit();
            html.textElement("p", "From the root of a jsonbench checkout" + (commit == null ? "" : " at commit " + commit)
                    + ", on a machine left otherwise idle:");
            html.open("pre").textElement("code", command.get()).close("pre");
        } else {
            html.textElement("p", "The results do not say which command measured them.");
        }
        html.close("section");
        html.textElement("footer", "Made by jsonbench from results.json (schema " + document.schema()
                + "); every figure on this page is in that file.", "class", "muted");
        return html.close("main").close("body").close("html").raw("\n").toString();
    }

    private static String title(ResultsDocument document, Map<String, List<Result>> byFixture) {
        String what = document.config().claims() != null ? "the article's table, measured"
                : String.join(", ", byFixture.keySet());
        return "jsonbench: " + what + " (" + RunFacts.text(document.environment().date()) + ")";
    }

    private static void header(Markup html, ResultsDocument document, ClaimsTable claims) {
        Environment env = document.environment();
        Config config = document.config();
        html.open("header").textElement("h1", claims != null ? claims.heading() : "jsonbench results");
        long ok = document.results().stream().filter(Result::ok).count();
        html.textElement("p", String.join(" · ", RunFacts.text(env.date()),
                RunFacts.text(env.cpuModel()) + ", " + RunFacts.text(env.cores()) + " cores",
                RunFacts.text(env.jdkVendor()) + " " + RunFacts.text(env.jdkVersion()),
                Figures.group(document.results().size()) + " "
                        + Figures.plural(document.results().size(), "result") + ", " + ok + " ranked"), "class", "muted");
        if (config.quick()) {
            html.textElement("p", "A quick run (--quick: " + Figures.group(config.iterations()) + " decodes, "
                    + config.runs() + " " + Figures.plural(config.runs(), "run") + "): a smoke test whose times are "
                    + "not steady enough to publish.", "class", "banner");
        }
        long bad = document.results().stream().filter(r -> r.status().bad()).count();
        if (bad > 0) {
            html.textElement("p", bad + " " + Figures.plural(bad, "result") + " failed or decoded wrongly: see "
                    + "“Not ranked” under each document.", "class", "banner");
        }
        if (Boolean.TRUE.equals(env.gitDirty())) {
            html.textElement("p", "Measured with uncommitted changes to jsonbench (commit " + env.gitCommit() + ").",
                    "class", "banner");
        }
        html.close("header");
    }

    private static void contents(Markup html, ResultsDocument document, Map<String, List<Result>> byFixture,
                                 ClaimsTable claims, boolean throughput) {
        html.open("nav", "aria-label", "Contents").open("ul");
        if (claims != null) {
            link(html, "claims", CLAIMS);
        }
        if (throughput) {
            link(html, "throughput", "Throughput by document size");
        }
        int index = 0;
        for (String fixture : byFixture.keySet()) {
            link(html, "doc-" + ++index, fixture);
        }
        if (!Ranking.groupedNotes(document.results()).isEmpty()) {
            link(html, "notes", "Notes");
        }
        link(html, "how", "How it was measured");
        link(html, "environment", "Environment");
        link(html, "configuration", "Configuration");
        link(html, "reproduce", "Measure it again");
        html.close("ul").close("nav");
    }

    private static void link(Markup html, String id, String text) {
        html.open("li").textElement("a", text, "href", "#" + id).close("li");
    }

    private static void claims(Markup html, ClaimsTable claims) {
        html.open("section", "id", "claims").textElement("h2", CLAIMS);
        claims.intro().forEach(line -> html.textElement("p", line));
        int[] text = new int[claims.rows().getFirst().length - 1];
        Arrays.setAll(text, i -> i + 1);
        Tables.figures(html, claims.rows(), null, text);
        html.close("section");
    }

    private static void document(Markup html, ResultsDocument document, String id, String fixture, List<Result> results,
                                 Palette palette) {
        html.open("section", "id", id);
        html.open("h2").text(fixture);
        document.config().fixture(fixture).ifPresent(f -> html.textElement("span", " " + Figures.group(f.bytes()) + " B",
                "class", "muted"));
        html.close("h2");
        html.textElement("p", Ranking.headline(document, fixture, results));
        List<Result> ranked = Ranking.ranked(results);
        for (Mode mode : Mode.values()) {
            List<Result> inMode = results.stream().filter(r -> r.mode() == mode).toList();
            if (!inMode.isEmpty()) {
                mode(html, document.config(), id + "-" + mode, mode, ranked.stream().filter(r -> r.mode() == mode).toList(),
                        inMode.stream().filter(r -> !r.ok()).toList(), palette);
            }
        }
        List<Result> others = results.stream().filter(r -> !r.ok()).toList();
        if (!others.isEmpty()) {
            html.textElement("h3", "Not ranked");
            html.open("ul");
            for (Result r : others) {
                html.open("li").textElement("strong", r.label()).text(" ")
                        .textElement("span", r.status().name(), "class", r.status() == Status.skipped ? "muted" : "bad");
                if (r.reason() != null) {
                    html.text(": " + r.reason());
                }
                List<String> failures = r.failures().stream().filter(f -> !f.equals(r.reason())).toList();
                if (!failures.isEmpty()) {
                    html.open("ul");
                    failures.forEach(f -> html.textElement("li", f));
                    html.close("ul");
                }
                html.close("li");
            }
            html.close("ul");
        }
        html.close("section");
    }

    private static void mode(Markup html, Config config, String id, Mode mode, List<Result> ranked, List<Result> notRanked,
                             Palette palette) {
        html.open("section", "id", id).open("h3").text(mode.name())
                .textElement("span", mode == Mode.typed ? " into the fixture's model" : " into the untyped value model",
                        "class", "muted")
                .close("h3");
        if (ranked.isEmpty()) {
            html.textElement("p", "No result of this mode was ranked (see “Not ranked”).");
        } else {
            RankingTable.write(html, ranked, palette);
        }
        figures(html, MetricCharts.perMode(palette, config, mode, ranked, notRanked));
        figures(html, MetricCharts.heapCurves(palette, config, mode, ranked));
        if (!ranked.isEmpty()) {
            Tables.figures(html, Ranking.memoryRows(ranked), "Memory and allocations: retained = bytes one result keeps "
                    + "alive; runtime RSS = the process before the first decode; peak RSS = the timed loop's, * = the "
                    + "whole process's; min heap = the smallest -Xmx that completes the loop; fair heap = twice it");
        }
        html.close("section");
    }

    private static void figures(Markup html, List<String> charts) {
        if (charts.isEmpty()) {
            return;
        }
        html.open("div", "class", "charts");
        charts.forEach(svg -> html.open("figure").raw(svg).close("figure"));
        html.close("div");
    }

    private static void notes(Markup html, ResultsDocument document) {
        List<String> notes = Ranking.groupedNotes(document.results());
        if (!notes.isEmpty()) {
            html.open("section", "id", "notes").textElement("h2", "Notes").open("ul");
            notes.forEach(note -> html.textElement("li", note));
            html.close("ul").close("section");
        }
        html.open("section", "id", "how").textElement("h2", "How it was measured").open("ul");
        Ranking.footer(document).forEach(line -> html.textElement("li", line));
        html.close("ul").close("section");
    }
}
