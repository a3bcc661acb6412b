package dev.jsonbench.bench.report;

import java.util.function.Function;

/** What a command prints on stdout; results.json and results.md are always written. */
public enum ReportFormat {
    table(TableReport::render),
    markdown(MarkdownReport::render),
    json(ResultsJson::toJson),
    csv(CsvReport::render);

    private final Function<ResultsDocument, String> renderer;

    ReportFormat(Function<ResultsDocument, String> renderer) {
        this.renderer = renderer;
    }

    public String render(ResultsDocument document) {
        return renderer.apply(document);
    }
}
