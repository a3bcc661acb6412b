package dev.jsonbench.bench.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsonbench.bench.protocol.Validation;
import dev.jsonbench.bench.run.ForkOutcome;

/** Reading a runner's {@code --validate} answer ({@link Validation}) into a {@link Verdict}. */
final class Verdicts {

    private static final ObjectMapper READER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Verdicts() {
    }

    /** The verdict one printed line holds, or null when the line is not a validation object. */
    static Verdict parse(String line) {
        try {
            Validation validation = READER.readValue(line, Validation.class);
            return validation.accepted() ? Verdict.accepted(validation.digest()) : Verdict.rejected(validation.error());
        } catch (Exception e) { // anything unreadable is not a verdict; the caller says what was printed
            return null;
        }
    }

    /**
     * The verdict of a process that answered one {@code --validate} request and ended: its answer (exit 0), no verdict
     * (exit 1: it could not read the file or run as itself), a timeout, or a crash (a panic's 101, a Go fatal error's
     * 2, a signal).
     */
    static Verdict ofProcess(ForkOutcome process) {
        if (process.timedOut()) {
            return Verdict.of(Verdict.Outcome.timed_out, "over " + process.timeoutS() + " s: killed");
        }
        if (process.exitCode() == 0) {
            Verdict verdict = parse(process.stdout().strip());
            return verdict != null ? verdict : Verdict.of(Verdict.Outcome.no_verdict,
                    "printed " + ForkOutcome.snippet(process.stdout()) + ", not a verdict");
        }
        Verdict.Outcome outcome = process.exitCode() == 1 ? Verdict.Outcome.no_verdict : Verdict.Outcome.crashed;
        return Verdict.of(outcome, process.exitProblem());
    }
}
