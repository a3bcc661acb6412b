package dev.jsonbench.bench.report;

/** What {@code jsonbench run} prints on stdout (results.json and results.md are always written). */
public enum Format {
    table, markdown, json, csv
}
