package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Measure;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link Plan}: one process at a time, timed runs interleaved across contestants and modes (round
 * {@code k} runs every unit once, starting one unit further than round {@code k-1}, so a drifting machine hits
 * all alike and no unit always follows the same neighbour), then one counting process per unit that had a
 * good timed run. Every unit gets a {@link Result}, whatever happened to the others.
 */
public final class Orchestrator {

    /** Told about every process, before and after; by default nothing is done. */
    public interface Listener {
        default void starting(Job job, int index, int total, Duration eta) {
        }

        default void finished(Job job, RunOutcome outcome, int index, int total) {
        }
    }

    /** A contestant in a mode on a document. */
    record Unit(Contestant contestant, BenchFixture fixture, Mode mode) {
    }

    private final Supervisor supervisor;

    public Orchestrator(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    public List<Result> run(Plan plan, Listener listener) {
        List<Unit> units = new ArrayList<>();
        Map<Unit, Result> skipped = new LinkedHashMap<>();
        Counts counts = plan.counts();
        for (BenchFixture fixture : plan.fixtures()) {
            for (Mode mode : plan.modes()) {
                for (Contestant contestant : plan.contestants()) {
                    Unit unit = new Unit(contestant, fixture, mode);
                    Contestant.Unavailable unavailable = contestant.unavailable();
                    String problem = unavailable != null ? unavailable.reason()
                            : !contestant.modes().contains(mode)
                            ? contestant.unsupportedModes().getOrDefault(mode, contestant.name() + " has no " + mode + " mode")
                            : mode == Mode.typed && !fixture.typedAllowed() ? fixture.typedProblem() : null;
                    if (problem != null) {
                        Status status = unavailable != null ? unavailable.status() : Status.skipped;
                        skipped.put(unit, Aggregator.notRun(contestant, fixture, mode, status, problem, counts.iterations(),
                                counts.warmup()));
                    } else {
                        units.add(unit);
                    }
                }
            }
        }

        List<Job> timedJobs = new ArrayList<>();
        for (int round = 0; round < counts.runs(); round++) {
            for (int i = 0; i < units.size(); i++) {
                Unit unit = units.get((i + round) % units.size());
                RunRequest request = RunRequest.timed(unit.mode(), unit.fixture().path(), counts.iterations(),
                        counts.warmup(), unit.fixture().digest());
                timedJobs.add(new Job(unit.contestant(), unit.fixture(), unit.mode(), request, round + 1, counts.runs()));
            }
        }
        int countJobs = (int) units.stream().filter(u -> u.contestant().countsSeparately()).count();
        int total = timedJobs.size() + countJobs;
        Eta eta = new Eta();

        Map<Unit, List<RunOutcome>> timed = new LinkedHashMap<>();
        Map<Unit, Integer> notStarted = new LinkedHashMap<>();
        units.forEach(u -> timed.put(u, new ArrayList<>()));
        int index = 0;
        for (Job job : timedJobs) {
            index++;
            Unit unit = new Unit(job.contestant(), job.fixture(), job.mode());
            if (timed.get(unit).stream().anyMatch(o -> !o.ok())) {
                // Its result is already failed or wrong: more runs would only cost time (a hang, the full timeout).
                notStarted.merge(unit, 1, Integer::sum);
                continue;
            }
            timed.get(unit).add(execute(plan, job, index, total, eta, countJobs, listener));
        }

        Map<Unit, RunOutcome> countOutcomes = new LinkedHashMap<>();
        for (Unit unit : units) {
            if (!unit.contestant().countsSeparately()) {
                continue;
            }
            index++;
            if (timed.get(unit).stream().noneMatch(RunOutcome::ok)) {
                continue; // nothing worth counting; the result already says why
            }
            RunRequest request = RunRequest.count(unit.mode(), unit.fixture().path(), counts.countIterations(),
                    counts.countWarmup(), unit.fixture().digest());
            Job job = new Job(unit.contestant(), unit.fixture(), unit.mode(), request, 1, 1);
            countOutcomes.put(unit, execute(plan, job, index, total, eta, 0, listener));
        }

        List<Result> results = new ArrayList<>();
        for (BenchFixture fixture : plan.fixtures()) {
            for (Mode mode : plan.modes()) {
                for (Contestant contestant : plan.contestants()) {
                    Unit unit = new Unit(contestant, fixture, mode);
                    if (skipped.containsKey(unit)) {
                        results.add(skipped.get(unit));
                    } else {
                        Result result = Aggregator.aggregate(contestant, fixture, mode, counts.iterations(), counts.warmup(),
                                timed.get(unit), countOutcomes.get(unit));
                        results.add(notStarted.containsKey(unit) ? result.withNote(notStarted.get(unit) + " later "
                                + Figures.plural(notStarted.get(unit), "run") + " not started after the first failure") : result);
                    }
                }
            }
        }
        return results;
    }

    private RunOutcome execute(Plan plan, Job job, int index, int total, Eta eta, int countJobsLeft, Listener listener) {
        int timedLeft = job.request().measure() == Measure.time ? total - countJobsLeft - index + 1 : 0;
        int countLeft = job.request().measure() == Measure.time ? countJobsLeft : total - index + 1;
        listener.starting(job, index, total, eta.remaining(timedLeft, countLeft));
        ForkOutcome fork = supervisor.run(job.contestant().command(job.request()), plan.timeout(job.request()));
        eta.record(job.request().measure(), fork.wallNanos());
        keepLog(plan, job, fork);
        RunOutcome outcome = RunOutcome.of(job, fork);
        listener.finished(job, outcome, index, total);
        return outcome;
    }

    private static void keepLog(Plan plan, Job job, ForkOutcome fork) {
        if (plan.logDirectory() == null || fork.stderr().isBlank()) {
            return;
        }
        try {
            Files.createDirectories(plan.logDirectory());
            String text = "$ " + String.join(" ", fork.command()) + "\n" + fork.stderr();
            Files.writeString(plan.logDirectory().resolve(job.fileLabel() + ".stderr.log"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a log that cannot be written does not stop the run
        }
    }

    /** Estimated time left, from the average duration of each kind of process so far. */
    static final class Eta {
        private final Map<Measure, long[]> seen = new EnumMap<>(Measure.class);

        void record(Measure kind, long nanos) {
            long[] s = seen.computeIfAbsent(kind, k -> new long[2]);
            s[0]++;
            s[1] += nanos;
        }

        /** Null until something has been measured. */
        Duration remaining(int timedJobs, int countJobs) {
            long[] timed = seen.get(Measure.time);
            if (timed == null) {
                return null;
            }
            double timedAvg = (double) timed[1] / timed[0];
            long[] count = seen.get(Measure.count);
            double countAvg = count == null ? timedAvg : (double) count[1] / count[0];
            return Duration.ofNanos((long) (timedJobs * timedAvg + countJobs * countAvg));
        }
    }
}
