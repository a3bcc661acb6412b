package dev.jsonbench.bench.report.html;

import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.Ranking;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.report.svg.Markup;
import dev.jsonbench.bench.report.svg.Palette;
import dev.jsonbench.bench.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The ranking of one document and mode as a table: rank (with {@code ~} for a tie), the row's colour, time per decode
 * with its interval, the ratio to the reference with its interval, throughput and what the row measures. A run that
 * may be noise is marked {@code !}, its flags in the mark's tooltip.
 */
final class RankingTable {

    /** A single run has no interval (order statistics need several), and two single runs have no ratio interval. */
    private static final String NO_INTERVAL = "none (too few runs)";

    private RankingTable() {
    }

    /** {@code ranked}: the ok results of one document and mode, in rank order. */
    static void write(Markup html, List<Result> ranked, Palette palette) {
        double level = ranked.stream().map(r -> r.timing().nsPerOpInterval()).filter(Objects::nonNull)
                .mapToDouble(Interval::level).min().orElse(0);
        html.open("div", "class", "table-wrap").open("table", "class", "ranking").open("thead").open("tr");
        header(html, "Rank", "num");
        header(html, "Solution", "text");
        header(html, "ns/op", "num");
        header(html, level > 0 ? "interval (" + Ranking.percent(level) + ")" : "interval", "num");
        header(html, "vs reference", "num");
        header(html, "ratio interval", "num");
        header(html, "MB/s", "num");
        header(html, "Work", "text");
        html.close("tr").close("thead").open("tbody");
        for (Result r : ranked) {
            row(html, r, level, palette);
        }
        html.close("tbody").close("table").close("div");
        Tables.legend(html, "~ shares its rank: not significantly slower than the first of that rank; ! a run of the "
                + "row may be noise (hover for why); intervals are confidence intervals of the median (time) and of the "
                + "Hodges-Lehmann ratio (vs reference)");
    }

    private static void row(Markup html, Result r, double tableLevel, Palette palette) {
        Result.Timing t = r.timing();
        Result.Relative rel = t.relative();
        boolean reference = rel != null && rel.reference().equals(r.runner());
        html.open("tr");
        if (rel == null) {
            html.textElement("td", "–", "class", "num");
        } else if (rel.tie()) {
            html.textElement("td", rel.rank() + "~", "class", "num", "title", String.format(Locale.ROOT,
                    "not significantly slower than the first of rank %d", rel.rank()));
        } else {
            html.textElement("td", Integer.toString(rel.rank()), "class", "num");
        }
        html.open("th", "scope", "row");
        swatch(html, palette, r.runner());
        html.text(r.runner());
        if (r.language() != null) {
            html.textElement("span", " " + r.language(), "class", "muted");
        }
        List<String> flags = noise(r);
        if (!flags.isEmpty()) {
            html.textElement("abbr", "!", "class", "flag", "title", String.join("; ", flags));
        }
        html.close("th");
        html.textElement("td", t.nsPerOp() == null ? "–" : Figures.group(Math.round(t.nsPerOp())), "class", "num");
        html.textElement("td", interval(t.nsPerOpInterval(), tableLevel), "class", "num");
        html.textElement("td", rel == null ? "–" : reference ? "reference" : Ranking.ratio(rel.ratio()), "class", "num");
        if (rel == null || reference) {
            html.textElement("td", "", "class", "num");
        } else if (rel.interval().level() <= 0 || rel.interval().low() == rel.interval().high()) {
            html.textElement("td", NO_INTERVAL, "class", "num");
        } else {
            html.textElement("td", Ranking.ratioRange(rel.interval()), "class", "num",
                    "title", String.format(Locale.ROOT, "p = %.3g (Mann-Whitney, against %s)", rel.pValue(), rel.reference()));
        }
        html.textElement("td", t.mbPerS() == null ? "–" : String.format(Locale.ROOT, "%,.1f", t.mbPerS()), "class", "num");
        html.textElement("td", r.work() == null ? "" : r.work().label(), "class", "text");
        html.close("tr");
    }

    /** The row's colour, as its bars and lines have it. */
    static void swatch(Markup html, Palette palette, String key) {
        // an empty span written open and closed: HTML reads <span/> as an open tag
        html.open("span", "class", "swatch", "style", "background:" + palette.colour(key)).close("span");
    }

    private static void header(Markup html, String text, String alignment) {
        html.textElement("th", text, "scope", "col", "class", alignment);
    }

    /** The interval, with its level where it differs from the column's; none from a single run. */
    private static String interval(Interval interval, double tableLevel) {
        if (interval == null || interval.level() <= 0) {
            return NO_INTERVAL;
        }
        String range = Ranking.range(interval, 1);
        return interval.level() == tableLevel ? range : range + " (" + Ranking.percent(interval.level()) + ")";
    }

    /** Why the row's runs may be noise: "run 2 of 5: steal 7.1%". */
    private static List<String> noise(Result r) {
        List<Result.Run> runs = r.timing().runs();
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (!runs.get(i).flags().isEmpty()) {
                flags.add("run " + (i + 1) + " of " + runs.size() + ": " + String.join(", ", runs.get(i).flags()));
            }
        }
        return flags;
    }
}
