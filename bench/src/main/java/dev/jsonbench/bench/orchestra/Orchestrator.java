package dev.jsonbench.bench.orchestra;

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

    /** Told about every process, before and after. */
    public interface Listener {
        void starting(Job job, int index, int total, Duration eta);

        void finished(Job job, RunOutcome outcome, int index, int total);
    }

    /** A contestant in a mode on a document. */
    record Unit(Contestant contestant, BenchFixture fixture, String mode) {
    }

    private final Supervisor supervisor;

    public Orchestrator(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    public List<Result> run(Plan plan, Listener listener) {
        List<Unit> units = new ArrayList<>();
        Map<Unit, Result> skipped = new LinkedHashMap<>();
        for (BenchFixture fixture : plan.fixtures()) {
            for (String mode : plan.modes()) {
                for (Contestant contestant : plan.contestants()) {
                    Unit unit = new Unit(contestant, fixture, mode);
                    String problem = !contestant.modes().contains(mode)
                            ? contestant.unsupportedModes().getOrDefault(mode, contestant.name() + " has no " + mode + " mode")
                            : mode.equals("typed") && !fixture.typedAllowed() ? fixture.typedProblem() : null;
                    if (problem != null) {
                        skipped.put(unit, Aggregator.skipped(contestant, fixture, mode, problem, plan.iterations(), plan.warmup()));
                    } else {
                        units.add(unit);
                    }
                }
            }
        }

        List<Job> timedJobs = new ArrayList<>();
        for (int round = 0; round < plan.runs(); round++) {
            for (int i = 0; i < units.size(); i++) {
                Unit unit = units.get((i + round) % units.size());
                RunRequest request = RunRequest.timed(unit.mode(), unit.fixture().path(), plan.iterations(),
                        plan.warmup(), unit.fixture().digest());
                timedJobs.add(new Job(unit.contestant(), unit.fixture(), unit.mode(), request, round + 1, plan.runs()));
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

        Map<Unit, RunOutcome> counts = new LinkedHashMap<>();
        for (Unit unit : units) {
            if (!unit.contestant().countsSeparately()) {
                continue;
            }
            index++;
            if (timed.get(unit).stream().noneMatch(RunOutcome::ok)) {
                continue; // nothing worth counting; the result already says why
            }
            RunRequest request = RunRequest.count(unit.mode(), unit.fixture().path(), plan.countIterations(),
                    plan.countWarmup(), unit.fixture().digest());
            Job job = new Job(unit.contestant(), unit.fixture(), unit.mode(), request, 1, 1);
            counts.put(unit, execute(plan, job, index, total, eta, 0, listener));
        }

        List<Result> results = new ArrayList<>();
        for (BenchFixture fixture : plan.fixtures()) {
            for (String mode : plan.modes()) {
                for (Contestant contestant : plan.contestants()) {
                    Unit unit = new Unit(contestant, fixture, mode);
                    if (skipped.containsKey(unit)) {
                        results.add(skipped.get(unit));
                    } else {
                        Result result = Aggregator.aggregate(contestant, fixture, mode, plan.iterations(), plan.warmup(),
                                timed.get(unit), counts.get(unit));
                        results.add(notStarted.containsKey(unit) ? Aggregator.withNote(result,
                                notStarted.get(unit) + " later run" + (notStarted.get(unit) == 1 ? "" : "s")
                                        + " not started after the first failure") : result);
                    }
                }
            }
        }
        return results;
    }

    private RunOutcome execute(Plan plan, Job job, int index, int total, Eta eta, int countJobsLeft, Listener listener) {
        int timedLeft = job.request().kind() == RunRequest.Kind.TIMED ? total - countJobsLeft - index + 1 : 0;
        int countLeft = job.request().kind() == RunRequest.Kind.TIMED ? countJobsLeft : total - index + 1;
        listener.starting(job, index, total, eta.remaining(timedLeft, countLeft));
        ForkOutcome fork = supervisor.run(job.contestant().command(job.request()), plan.timeout(job.request()));
        eta.record(job.request().kind(), fork.wallNanos());
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
        private final Map<RunRequest.Kind, long[]> seen = new EnumMap<>(RunRequest.Kind.class);

        void record(RunRequest.Kind kind, long nanos) {
            long[] s = seen.computeIfAbsent(kind, k -> new long[2]);
            s[0]++;
            s[1] += nanos;
        }

        /** Null until something has been measured. */
        Duration remaining(int timedJobs, int countJobs) {
            long[] timed = seen.get(RunRequest.Kind.TIMED);
            if (timed == null) {
                return null;
            }
            double timedAvg = (double) timed[1] / timed[0];
            long[] count = seen.get(RunRequest.Kind.COUNT);
            double countAvg = count == null ? timedAvg : (double) count[1] / count[0];
            return Duration.ofNanos((long) (timedJobs * timedAvg + countJobs * countAvg));
        }
    }
}
