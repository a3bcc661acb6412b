package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.run.BenchException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results of several machines in one file, keyed by machine ({@code merged.json}, described in
 * {@code bench/RESULTS.md}): each file is kept whole (environment, configuration, results ranked within that file
 * only) under the key of the machine it was measured on. Nothing ranks figures of different machines together.
 *
 * @param mergedSchema the version of this format
 * @param machines     machine key ({@link #machineKey}) to the files measured on it, in the order first seen
 */
public record MergedResults(int mergedSchema, Map<String, List<ResultsFiles.Source>> machines) {

    public static final int MERGED_SCHEMA = 1;

    public MergedResults {
        Map<String, List<ResultsFiles.Source>> copy = new LinkedHashMap<>();
        machines.forEach((key, sources) -> copy.put(key, List.copyOf(sources)));
        machines = copy;
    }

    /**
     * What a machine is, as far as figures go: CPU, cores, architecture, operating system and JDK.
     * "AMD EPYC 7763 64-Core Processor x2, amd64, Linux (Debian GNU/Linux 12), Eclipse Adoptium 25.0.3"
     */
    public static String machineKey(Environment e) {
        return e.cpuModel() + " x" + e.cores() + ", " + e.arch() + ", " + e.os() + ", " + e.jdkVendor() + " " + e.jdkVersion();
    }

    /**
     * The sources grouped by machine. Two files of one machine are kept together when they measured different rows
     * (say a CI matrix split by language); the same row twice on one machine is a failure, since merge does not choose
     * between runs (compare them instead).
     */
    public static MergedResults of(List<ResultsFiles.Source> sources) {
        Map<String, List<ResultsFiles.Source>> machines = new LinkedHashMap<>();
        Map<String, String> measuredBy = new HashMap<>();
        for (ResultsFiles.Source source : sources) {
            String machine = machineKey(source.document().environment());
            for (Result r : source.document().results()) {
                String row = r.label() + " on " + r.fixture();
                String earlier = measuredBy.putIfAbsent(machine + "\n" + row, source.source());
                if (earlier != null) {
                    throw BenchException.failure(earlier + " and " + source.source() + " both measured " + row + " on "
                            + machine + ": merge keeps results of different machines or rows; compare runs of one machine "
                            + "with 'jsonbench compare'");
                }
            }
            machines.computeIfAbsent(machine, k -> new ArrayList<>()).add(source);
        }
        return new MergedResults(MERGED_SCHEMA, machines);
    }
}
