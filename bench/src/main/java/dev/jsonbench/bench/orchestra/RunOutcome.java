package dev.jsonbench.bench.orchestra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Set;

/**
 * One process's answer, checked against the protocol: status {@code ok}, {@code wrong} or {@code failed}, the
 * reason for anything but ok, and the parsed output object when there is one.
 */
public record RunOutcome(Job job, String status, String reason, JsonNode output, ForkOutcome fork) {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> STATUSES = Set.of("ok", "wrong", "failed");

    public boolean ok() {
        return status.equals("ok");
    }

    /** Checks what {@code fork} printed: exactly one JSON object in protocol 1 with the fields its kind needs. */
    public static RunOutcome of(Job job, ForkOutcome fork) {
        String exit = fork.exitProblem();
        if (exit != null) {
            return new RunOutcome(job, "failed", exit, null, fork);
        }
        JsonNode output;
        try {
            output = STRICT.readTree(fork.stdout());
        } catch (JsonProcessingException e) {
            return new RunOutcome(job, "failed", "unparseable output: " + snippet(fork.stdout()), null, fork);
        }
        if (output == null || !output.isObject()) {
            return new RunOutcome(job, "failed", "unparseable output: " + snippet(fork.stdout()), null, fork);
        }
        if (output.path("protocol").asInt(-1) != 1) {
            return new RunOutcome(job, "failed", "unparseable output: protocol " + output.path("protocol") + ", expected 1", output, fork);
        }
        String status = output.path("status").asText("");
        if (!STATUSES.contains(status)) {
            return new RunOutcome(job, "failed", "unparseable output: status '" + status + "'", output, fork);
        }
        String reason = output.path("reason").isTextual() ? output.path("reason").asText() : null;
        if (status.equals("failed")) {
            return new RunOutcome(job, "failed", reason == null ? "the runner reported a failure without a reason" : reason, output, fork);
        }
        if (!output.path("digest_ok").isBoolean()) {
            return new RunOutcome(job, "failed", "incomplete output: no digest_ok", output, fork);
        }
        if (!output.path("digest_ok").asBoolean() || status.equals("wrong")) {
            return new RunOutcome(job, "wrong", reason != null ? reason
                    : "digest " + output.path("digest").asText() + " differs from the expected " + job.fixture().digest(), output, fork);
        }
        String missing = switch (job.request().kind()) {
            case TIMED -> output.path("elapsed_ns").canConvertToLong() && output.path("elapsed_ns").asLong() > 0
                    ? null : "elapsed_ns";
            case COUNT, PROFILE -> output.path("allocs_verified").isBoolean() ? null : "allocs_verified";
        };
        if (missing != null) {
            return new RunOutcome(job, "failed", "incomplete output: no " + missing, output, fork);
        }
        return new RunOutcome(job, "ok", null, output, fork);
    }

    /** A number field of the output, or null when absent or null. */
    public Double number(String field) {
        if (output == null) {
            return null;
        }
        JsonNode node = output.path(field);
        return node.isNumber() ? node.asDouble() : null;
    }

    public Long integer(String field) {
        if (output == null) {
            return null;
        }
        JsonNode node = output.path(field);
        return node.isNumber() && node.canConvertToLong() ? node.asLong() : null;
    }

    public String text(String field) {
        if (output == null) {
            return null;
        }
        JsonNode node = output.path(field);
        return node.isTextual() ? node.asText() : null;
    }

    private static String snippet(String stdout) {
        String s = stdout.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return "nothing on stdout";
        }
        return "'" + (s.length() > 120 ? s.substring(0, 120) + "..." : s) + "'";
    }
}
