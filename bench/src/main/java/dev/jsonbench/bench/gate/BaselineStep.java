package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.report.ReportFormat;
import dev.jsonbench.bench.report.ResultsDocument;
import dev.jsonbench.bench.report.html.HtmlReport;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.Benchmark;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@code run} renders its results: as its {@code --format} says, plus report.html; with {@code --baseline} it also
 * judges the run against the baseline and adds the
 * verdicts (diff.md, diff.json and, for the table and markdown formats, the printed report). A run that cannot be
 * judged (nothing in common with the baseline) keeps every file it measured; the problem is kept for the exit code.
 */
public final class BaselineStep implements Benchmark.Renderer {

    private final ReportFormat format;
    private final ResultsFiles.Source baseline;
    private final Criteria criteria;
    private final String resultsFile;
    private final String saveAs;
    private ResultsDiff diff;
    private String problem;

    /**
     * @param baseline    the results to judge against; null renders the run alone
     * @param resultsFile where the run's results.json is written (named in the report)
     * @param saveAs      the name to keep the run under as a baseline; null to keep none
     */
    public BaselineStep(ReportFormat format, ResultsFiles.Source baseline, Criteria criteria, String resultsFile,
                        String saveAs) {
        this.format = format;
        this.baseline = baseline;
        this.criteria = criteria;
        this.resultsFile = resultsFile;
        this.saveAs = saveAs;
    }

    @Override
    public Benchmark.Rendered render(ResultsDocument document) {
        String report = format.render(document);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("report.html", HtmlReport.render(document));
        if (baseline == null) {
            return new Benchmark.Rendered(report, files);
        }
        try {
            diff = ResultsDiff.of(baseline, new ResultsFiles.Source(resultsFile, document), criteria);
        } catch (BenchException e) {
            problem = e.getMessage();
            return new Benchmark.Rendered(report, files);
        }
        files.put("diff.md", DiffReport.markdown.render(diff));
        files.put("diff.json", DiffReport.json.render(diff));
        String printed = switch (format) {
            case table -> report + "\n" + DiffReport.table.render(diff);
            case markdown -> report + "\n" + files.get("diff.md");
            case json, csv -> report; // stdout stays one document; finish() prints the verdicts on stderr
        };
        return new Benchmark.Rendered(printed, files);
    }

    /**
     * After the run: keeps it as a baseline (unless a result failed: a baseline with holes would hide them), then says
     * why it could not be judged, or prints the verdicts on {@code err} when the format kept them out of stdout.
     */
    public void finish(Benchmark.Outcome outcome, PrintWriter err) {
        if (saveAs != null) {
            if (outcome.bad() > 0) {
                err.println("jsonbench: not saved as the baseline " + saveAs + ": a result failed or decoded wrongly");
            } else {
                err.println("Saved the baseline " + saveAs + " as " + ResultsFiles.saveBaseline(saveAs, outcome.document()));
            }
        }
        if (problem != null) {
            err.println("jsonbench: cannot judge this run against " + baseline.source() + ": " + problem);
        } else if (diff != null && (format == ReportFormat.json || format == ReportFormat.csv)) {
            err.print(DiffReport.table.render(diff));
        }
        err.flush();
    }

    /** The verdicts, once rendered; null without a baseline or when the run could not be judged. */
    public ResultsDiff diff() {
        return diff;
    }

    /** Why the run could not be judged against the baseline, or null. */
    public String problem() {
        return problem;
    }
}
