package dev.jsonbench.bench.gate;

import com.fasterxml.jackson.annotation.JsonValue;

/** What became of a row between the base and the new results; spelled as in every report and in JSON. */
public enum Verdict {
    /** Significantly faster beyond the threshold, or fewer bytes per decode. */
    improved("improved"),
    /** Significantly slower beyond the threshold, more bytes per decode than allowed, or the row now fails. */
    regressed("regressed"),
    /** No significant change beyond the thresholds. */
    unchanged("~"),
    /** Measured in the new results only. */
    added("new"),
    /** Measured in the base results only. */
    gone("gone");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The verdict of a row judged on several figures: regressed beats improved beats unchanged. */
    static Verdict worst(Verdict a, Verdict b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a == regressed || b == regressed) {
            return regressed;
        }
        return a == improved || b == improved ? improved : unchanged;
    }
}
