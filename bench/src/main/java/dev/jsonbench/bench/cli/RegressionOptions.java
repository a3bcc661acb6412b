package dev.jsonbench.bench.cli;

import dev.jsonbench.bench.gate.Criteria;
import dev.jsonbench.bench.run.Analysis;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** When a change counts as a regression: the options of {@code compare} and of {@code run --baseline}, declared once. */
public final class RegressionOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "5%", order = 40,
            description = "A slower row regresses only when significant and slower by more than this; a faster one "
                    + "improves only when faster by more than this (default: ${DEFAULT-VALUE}). Set it above the noise "
                    + "of your machines (bench/RESULTS.md).")
    String threshold;

    @Option(names = "--alloc-threshold", paramLabel = "BYTES|PERCENT", defaultValue = "0", order = 41,
            description = "How much bytes/op may grow before a row regresses: bytes per decode (0: exact, any growth) or "
                    + "a percentage of the base figure such as 1%% (default: ${DEFAULT-VALUE}). Figures that are not exact "
                    + "on both sides get 1%% more.")
    String allocThreshold;

    @Option(names = "--alloc-only", order = 42,
            description = "Judge allocations only, the figures that are deterministic for a JDK and its flags: times are "
                    + "neither shown nor judged (for gates on machines other than the baseline's).")
    boolean allocOnly;

    @Option(names = "--sites", order = 43,
            description = "For every Java row whose bytes/op regressed, show where it allocates now: runs 'jsonbench "
                    + "profile' on it (a short JFR recording with stack traces).")
    boolean sites;

    /** The criteria, with the confidence and time basis the command uses; a bad value is a usage error. */
    Criteria criteria(double confidence, Analysis.TimeBasis basis) {
        try {
            return new Criteria(Criteria.parseThreshold(threshold), Criteria.AllocThreshold.parse(allocThreshold), confidence,
                    basis, allocOnly);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    boolean sites() {
        return sites;
    }
}
