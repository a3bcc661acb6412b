package dev.jsonbench.bench.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsonbench.bench.contestant.external.ExternalContestant;
import dev.jsonbench.bench.contestant.java.JavaContestant;
import dev.jsonbench.bench.fork.HostileProbe;
import dev.jsonbench.bench.fork.JavaBackends;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.run.BenchException;
import dev.jsonbench.bench.run.CurrentJvm;
import dev.jsonbench.bench.run.ForkOutcome;
import dev.jsonbench.bench.run.Supervisor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures every backend on every {@link HostileInput}: the verdict, the time it took, the peak memory and the limit
 * that stopped it. A Java backend runs in a forked JVM per input ({@link HostileProbe}: the decode alone is timed, and
 * the peak is {@code VmHWM} reset just before it, the JVM's own resident set included). A Go or Rust runner is started
 * per input with {@code --validate}; its time is the process's wall time as the parent sees it (start-up and reading
 * the file included; {@link Table#startupNs} gives that for a one-byte document) and its peak is the process's maximum
 * resident set as GNU time reports it ({@code /usr/bin/time}; without it, none).
 */
public final class HostileRun {

    /** GNU time, for the peak resident set of a Go or Rust runner. */
    static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final String RSS_MARK = "jsonbench-max-rss-kb=";
    private static final Pattern RSS_LINE = Pattern.compile(RSS_MARK + "(\\d+)");
    private static final Pattern LIMIT = Pattern.compile("DecodeLimits\\.(\\w+) \\(([\\d,]+)\\)");
    private static final ObjectMapper READER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private HostileRun() {
    }

    /**
     * One backend on one input.
     *
     * @param outcome      accepted, rejected, crashed, timed out, no verdict, or skipped (not applicable)
     * @param message      the rejection's or the crash's message
     * @param elapsedNs    the time taken (see the class comment for what it includes), null when unknown
     * @param peakRssBytes the peak resident set, null when unknown
     */
    public record Cell(Verdict.Outcome outcome, String message, Long elapsedNs, Long peakRssBytes) {

        /** The DecodeLimits setting named in an adapter's message ("maxNestingDepth 512"), else the message. */
        public String stoppedBy() {
            if (message == null) {
                return null;
            }
            Matcher limit = LIMIT.matcher(message);
            return limit.find() ? limit.group(1) + " " + limit.group(2) : message;
        }
    }

    /** One backend's cells, one per input. */
    public record Row(Column column, Map<HostileInput, Cell> cells) {
    }

    /**
     * @param machine   the CPU, cores, OS and JDK the table was measured on
     * @param startupNs per Go or Rust runner, the wall time of a validate process on a one-byte document
     */
    public record Table(String machine, List<Row> rows, Map<String, Long> startupNs) {
    }

    public static Table run(List<String> backends, List<Language> languages, Duration limit, PrintWriter log) {
        ConformanceRun.Backends chosen = ConformanceRun.choose(backends, languages, log);
        Path dir;
        Path trivial;
        Map<HostileInput, Path> files = new EnumMap<>(HostileInput.class);
        try {
            dir = Files.createTempDirectory("jsonbench-hostile");
            for (HostileInput input : HostileInput.values()) {
                files.put(input, Files.write(dir.resolve(input.name().toLowerCase() + ".json"), input.bytes()));
            }
            trivial = Files.writeString(dir.resolve("trivial.json"), "0");
        } catch (IOException e) {
            throw BenchException.failure("cannot write the hostile documents: " + e.getMessage());
        }
        try {
            List<Row> rows = new ArrayList<>();
            Map<String, Long> startup = new java.util.LinkedHashMap<>();
            for (String name : chosen.java()) {
                Map<HostileInput, Cell> cells = new EnumMap<>(HostileInput.class);
                for (HostileInput input : HostileInput.values()) {
                    say(log, name, input);
                    cells.put(input, input.typed() && JavaBackends.isDirect(name)
                            ? new Cell(Verdict.Outcome.skipped, "no typed decode with the library's defaults", null, null)
                            : java(name, files.get(input), input.typed(), limit));
                }
                rows.add(new Row(ConformanceRun.javaColumn(name), cells));
            }
            for (ExternalContestant runner : chosen.external()) {
                if (runner.unavailable() != null) {
                    continue;
                }
                startup.put(runner.name(), external(runner, trivial, limit).elapsedNs());
                Map<HostileInput, Cell> cells = new EnumMap<>(HostileInput.class);
                for (HostileInput input : HostileInput.values()) {
                    say(log, runner.name(), input);
                    cells.put(input, input.typed() ? new Cell(Verdict.Outcome.skipped, "typed into Java records only", null, null)
                            : external(runner, files.get(input), limit));
                }
                rows.add(new Row(ConformanceRun.externalColumn(runner), cells));
            }
            return new Table(machine(), rows, startup);
        } finally {
            files.values().forEach(f -> f.toFile().delete());
            trivial.toFile().delete();
            dir.toFile().delete();
        }
    }

    private static Cell java(String name, Path file, boolean typed, Duration limit) {
        List<String> command = new ArrayList<>(List.of(CurrentJvm.javaBinary()));
        command.addAll(JavaContestant.jvmFlags(JavaBatch.HEAP));
        command.addAll(List.of("-cp", CurrentJvm.absoluteClassPath(), HostileProbe.class.getName(), name,
                file.toString(), typed ? "typed" : "tree"));
        ForkOutcome fork = new Supervisor(null).run(command, limit);
        if (fork.timedOut() || fork.exitCode() != 0) {
            Verdict v = Verdicts.ofProcess(fork);
            return new Cell(v.outcome(), v.detail(), null, null);
        }
        try {
            HostileProbe.Probe probe = READER.readValue(fork.stdout().strip(), HostileProbe.Probe.class);
            Verdict.Outcome outcome = probe.crash() != null ? Verdict.Outcome.crashed
                    : probe.accepted() ? Verdict.Outcome.accepted : Verdict.Outcome.rejected;
            return new Cell(outcome, probe.crash() != null ? probe.crash() : probe.error(), probe.elapsedNs(),
                    probe.peakRssBytes() < 0 ? null : probe.peakRssBytes());
        } catch (IOException e) {
            return new Cell(Verdict.Outcome.no_verdict, "printed " + ForkOutcome.snippet(fork.stdout()), null, null);
        }
    }

    private static Cell external(ExternalContestant runner, Path file, Duration limit) {
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(GNU_TIME);
        if (timed) {
            command.addAll(List.of(GNU_TIME.toString(), "-f", RSS_MARK + "%M"));
        }
        command.addAll(List.of(runner.binary().binary().toString(), "--validate", "--runner", runner.name(),
                "--fixture", file.toString()));
        ForkOutcome process = new Supervisor(runner.binary().sourceDir()).run(command, limit);
        Matcher rss = RSS_LINE.matcher(process.stderr());
        Long peak = null;
        while (rss.find()) {
            peak = Long.parseLong(rss.group(1)) * 1024;
        }
        // GNU time's own line is not the runner's message
        ForkOutcome runnerOnly = new ForkOutcome(process.command(), process.exitCode(), process.timedOut(),
                process.timeoutS(), process.stdout(), process.stderr().replaceAll(RSS_MARK + "\\d+\\R?", ""),
                process.wallNanos());
        Verdict v = Verdicts.ofProcess(runnerOnly);
        return new Cell(v.outcome(), v.detail(), process.timedOut() ? null : process.wallNanos(), peak);
    }

    private static String machine() {
        Environment env = Environment.collect(Map.of(), List.of(), Environment.Toolchains.NONE);
        return Optional.ofNullable(env.cpuModel()).orElse("unknown CPU") + ", " + env.cores() + " cores, "
                + env.os() + ", kernel " + env.kernel() + ", JDK " + Runtime.version();
    }

    private static void say(PrintWriter log, String backend, HostileInput input) {
        if (log != null) {
            log.println("jsonbench: " + backend + ": " + input.description() + "...");
            log.flush();
        }
    }
}
