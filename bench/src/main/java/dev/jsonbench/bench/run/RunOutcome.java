package dev.jsonbench.bench.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.RunReport;
import dev.jsonbench.bench.protocol.Status;

/**
 * One process's answer, checked against the protocol: {@link Status#ok}, {@link Status#wrong} or
 * {@link Status#failed}, the reason for anything but ok, and the runner's {@link RunReport} when there is one.
 */
public record RunOutcome(Job job, Status status, String reason, RunReport report, ForkOutcome fork,
                         Conditions conditions) {

    /** Reads runner output: snake-case fields, exactly one JSON value, fields added by later runners ignored. */
    public static final ObjectMapper PROTOCOL_READER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public boolean ok() {
        return status == Status.ok;
    }

    /** The same outcome with the machine's conditions while the process ran. */
    public RunOutcome during(Conditions measured) {
        return new RunOutcome(job, status, reason, report, fork, measured);
    }

    /** Checks what {@code fork} printed: exactly one report in this protocol with the fields its measure needs. */
    public static RunOutcome of(Job job, ForkOutcome fork) {
        if (fork.interrupted()) {
            return new RunOutcome(job, Status.interrupted, "interrupted", null, fork, Conditions.UNKNOWN);
        }
        String exit = fork.exitProblem();
        if (exit != null) {
            return failed(job, exit, null, fork);
        }
        RunReport report;
        try {
            report = PROTOCOL_READER.readValue(fork.stdout(), RunReport.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return failed(job, "unparseable output: " + ForkOutcome.snippet(fork.stdout()), null, fork);
        }
        if (report == null) {
            return failed(job, "unparseable output: " + ForkOutcome.snippet(fork.stdout()), null, fork);
        }
        if (report.protocol() != RunReport.PROTOCOL) {
            return failed(job, "unparseable output: protocol " + report.protocol() + ", expected " + RunReport.PROTOCOL,
                    report, fork);
        }
        if (report.status() == null || report.status() == Status.skipped) {
            return failed(job, "unparseable output: status " + report.status(), report, fork);
        }
        if (report.status() == Status.failed) {
            return failed(job, report.reason() == null ? "the runner reported a failure without a reason" : report.reason(),
                    report, fork);
        }
        if (report.digestOk() == null) {
            return failed(job, "incomplete output: no digest_ok", report, fork);
        }
        if (!report.digestOk() || report.status() == Status.wrong) {
            String why = report.reason() != null ? report.reason()
                    : "digest " + report.digest() + " differs from the expected " + job.fixture().digest();
            return new RunOutcome(job, Status.wrong, why, report, fork, Conditions.UNKNOWN);
        }
        String missing = job.request().measure() == Measure.time
                ? report.elapsedNs() != null && report.elapsedNs() > 0 ? null : "elapsed_ns"
                : report.allocsTotal() != null && report.allocBytesTotal() != null ? null : "allocs_total";
        if (missing != null) {
            return failed(job, "incomplete output: no " + missing, report, fork);
        }
        return new RunOutcome(job, Status.ok, null, report, fork, Conditions.UNKNOWN);
    }

    private static RunOutcome failed(Job job, String reason, RunReport report, ForkOutcome fork) {
        return new RunOutcome(job, Status.failed, reason, report, fork, Conditions.UNKNOWN);
    }
}
