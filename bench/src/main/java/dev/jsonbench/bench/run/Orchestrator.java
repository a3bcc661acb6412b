package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.Status;
import dev.jsonbench.bench.report.Figures;
import dev.jsonbench.bench.report.Result;
import dev.jsonbench.bench.stats.MedianInterval;
import dev.jsonbench.bench.stats.Stats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a {@link Plan}, one process at a time, and gives every unit (contestant, mode, document) a {@link Result},
 * whatever happened to the others:
 * <ol>
 *   <li>the minimal heap of each Java unit, by bisection over short heap probes (unless {@code --memory none});</li>
 *   <li>the timed runs, interleaved: round {@code k} runs every slot (a unit under its own heap, and a Java unit
 *       under each multiple of its minimal heap) once, starting one slot further than round {@code k-1}, so a
 *       drifting machine hits all alike and no slot always follows the same neighbour;</li>
 *   <li>one counting process per unit that had a good timed run;</li>
 *   <li>aggregation, then the ranking of each document and mode ({@link Comparisons}).</li>
 * </ol>
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

    /**
     * A unit under one heap: its own (multiple 0) or a multiple of its minimal heap.
     *
     * @param heapBytes the fixed heap of these runs; null for the contestant's own
     */
    record Slot(Unit unit, double multiple, Long heapBytes) {
        boolean main() {
            return heapBytes == null;
        }
    }

    private final Supervisor supervisor;

    public Orchestrator(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    public List<Result> run(Plan plan, Listener listener) {
        List<Unit> units = new ArrayList<>();
        Map<Unit, Result> skipped = new LinkedHashMap<>();
        for (BenchFixture fixture : plan.fixtures()) {
            Counts counts = plan.counts(fixture);
            for (Mode mode : plan.modes()) {
                for (Contestant contestant : plan.contestants()) {
                    Unit unit = new Unit(contestant, fixture, mode);
                    Contestant.Unavailable unavailable = contestant.unavailable();
                    String problem = unavailable != null ? unavailable.reason()
                            : !contestant.modes().contains(mode)
                            ? contestant.unsupportedModes().getOrDefault(mode, contestant.name() + " has no " + mode + " mode")
                            : mode == Mode.typed ? typedProblem(contestant, fixture) : null;
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
        Progress progress = new Progress(plan, listener, units);

        Map<Unit, HeapSearch.Outcome> minimalHeaps = new LinkedHashMap<>();
        if (!plan.memory().multiples().isEmpty()) {
            for (Unit unit : units) {
                if (unit.contestant().heapBytes() != null) {
                    minimalHeaps.put(unit, new HeapSearch(unit, plan, request -> progress.execute(
                            new Job(unit.contestant(), unit.fixture(), unit.mode(), request, Job.Phase.HEAP_PROBE, 1, 1)))
                            .minimum());
                }
            }
        }

        List<Slot> slots = new ArrayList<>();
        units.forEach(u -> slots.add(new Slot(u, 0, null)));
        minimalHeaps.forEach((unit, search) -> {
            if (search.bytes() != null) {
                plan.memory().multiples().forEach(m -> slots.add(new Slot(unit, m, heap(search.bytes(), m))));
            }
        });
        List<Job> timedJobs = new ArrayList<>();
        List<Slot> jobSlots = new ArrayList<>();
        for (int round = 0; round < plan.runs(); round++) {
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get((i + round) % slots.size());
                Unit unit = slot.unit();
                Counts counts = plan.counts(unit.fixture());
                RunRequest request = RunRequest.timed(unit.mode(), unit.fixture().path(), counts.iterations(),
                        counts.warmup(), unit.fixture().digest()).withUserType(unit.fixture().userType());
                timedJobs.add(new Job(unit.contestant(), unit.fixture(), unit.mode(),
                        slot.main() ? request : request.withHeap(slot.heapBytes()), round + 1, counts.runs()));
                jobSlots.add(slot);
            }
        }
        progress.plan(timedJobs.size() + (int) units.stream().filter(u -> u.contestant().countsSeparately()).count());

        Map<Slot, List<RunOutcome>> timed = new LinkedHashMap<>();
        Map<Slot, Integer> notStarted = new LinkedHashMap<>();
        slots.forEach(s -> timed.put(s, new ArrayList<>()));
        for (int j = 0; j < timedJobs.size(); j++) {
            Slot slot = jobSlots.get(j);
            if (timed.get(slot).stream().anyMatch(o -> o.status().bad())) {
                // Its result is already failed or wrong: more runs would only cost time (a hang, the full timeout).
                notStarted.merge(slot, 1, Integer::sum);
                progress.skip();
                continue;
            }
            timed.get(slot).add(progress.execute(timedJobs.get(j)));
        }

        Map<Unit, RunOutcome> countOutcomes = new LinkedHashMap<>();
        for (Unit unit : units) {
            if (!unit.contestant().countsSeparately()) {
                continue;
            }
            if (timed.get(new Slot(unit, 0, null)).stream().noneMatch(RunOutcome::ok)) {
                progress.skip();
                continue; // nothing worth counting; the result already says why
            }
            Counts counts = plan.counts(unit.fixture());
            RunRequest request = RunRequest.count(unit.mode(), unit.fixture().path(), counts.countIterations(),
                    counts.countWarmup(), unit.fixture().digest(), Plan.retainCopies(unit.fixture().bytes()))
                    .withUserType(unit.fixture().userType());
            countOutcomes.put(unit, progress.execute(new Job(unit.contestant(), unit.fixture(), unit.mode(), request, 1, 1)));
        }

        List<Result> results = new ArrayList<>();
        for (BenchFixture fixture : plan.fixtures()) {
            Counts counts = plan.counts(fixture);
            for (Mode mode : plan.modes()) {
                for (Contestant contestant : plan.contestants()) {
                    Unit unit = new Unit(contestant, fixture, mode);
                    if (skipped.containsKey(unit)) {
                        results.add(skipped.get(unit));
                        continue;
                    }
                    Slot main = new Slot(unit, 0, null);
                    Result result = Aggregator.aggregate(contestant, fixture, mode, counts.iterations(), counts.warmup(),
                            timed.get(main), countOutcomes.get(unit), plan.analysis());
                    if (notStarted.containsKey(main)) {
                        result = result.withNote(notStarted.get(main) + " later "
                                + Figures.plural(notStarted.get(main), "run") + " not started after the first failure");
                    }
                    HeapSearch.Outcome search = minimalHeaps.get(unit);
                    if (search != null) {
                        result = withHeaps(result, unit, search, slots, timed, plan);
                    }
                    for (String warning : Noise.warnings(result.timing(), plan.analysis().confidence())) {
                        result = result.withNote(warning);
                    }
                    results.add(supervisor.stopped() ? interrupted(result, timed.get(main), plan.runs(),
                            countOutcomes.get(unit), contestant.countsSeparately()) : result);
                }
            }
        }
        return Comparisons.rank(results, plan.analysis());
    }

    /** Why typed mode does not apply to this contestant on this document; null when it does. */
    private static String typedProblem(Contestant contestant, BenchFixture fixture) {
        if (!fixture.typedAllowed()) {
            return fixture.typedProblem();
        }
        if (fixture.userType() != null && contestant.language() != Language.java) {
            return "typed mode binds the user's type " + fixture.userType().name() + ", which only Java backends load";
        }
        return fixture.refusals().get(contestant.name());
    }

    /**
     * A result of an interrupted run: {@code interrupted} unless every planned process of its unit finished (or it had
     * already failed), the figures of the runs that finished kept.
     */
    private static Result interrupted(Result result, List<RunOutcome> timed, int runs, RunOutcome count, boolean counted) {
        boolean timedDone = timed.size() == runs && timed.stream().noneMatch(o -> o.status() == Status.interrupted);
        boolean countDone = !counted || count != null && count.status() != Status.interrupted;
        if (result.status() != Status.ok || timedDone && countDone) {
            return result;
        }
        int measured = result.timing().runsNs().size();
        return result.withStatus(Status.interrupted, "interrupted after " + measured + " of " + runs + " "
                + Figures.plural(runs, "run") + (timedDone ? ", before the allocation count" : ""));
    }

    /** The result with its minimal heap and the time and peak memory of the runs under multiples of it. */
    private static Result withHeaps(Result result, Unit unit, HeapSearch.Outcome search, List<Slot> slots,
                                    Map<Slot, List<RunOutcome>> timed, Plan plan) {
        if (search.bytes() == null) {
            return result.withNote("no minimal heap: " + search.problem());
        }
        Result.HeapPoint fair = null;
        List<Result.HeapPoint> curve = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Slot slot : slots) {
            if (slot.main() || !slot.unit().equals(unit)) {
                continue;
            }
            Result.HeapPoint point = point(slot, timed.get(slot), result.iterations(), plan.analysis().confidence());
            curve.add(point);
            if (slot.multiple() == Plan.Heaps.FAIR_MULTIPLE) {
                fair = point;
            }
            timed.get(slot).stream().filter(o -> !o.ok()).findFirst().ifPresent(o -> notes.add(String.format(Locale.ROOT,
                    "at %s the minimal heap (%s): %s", label(slot.multiple()), Figures.mib(slot.heapBytes()), o.reason())));
        }
        Result changed = result.withMemory(result.memory().withHeaps(search.bytes(), fair,
                plan.memory() == Plan.Heaps.curve ? curve : List.of()));
        for (String note : notes) {
            changed = changed.withNote(note);
        }
        return changed;
    }

    private static Result.HeapPoint point(Slot slot, List<RunOutcome> outcomes, long iterations, double confidence) {
        List<Long> runsNs = outcomes.stream().filter(RunOutcome::ok).map(o -> o.report().elapsedNs()).toList();
        List<Long> rss = outcomes.stream().filter(RunOutcome::ok).map(o -> o.report().peakRssBytes())
                .filter(Objects::nonNull).toList();
        List<Long> gc = outcomes.stream().filter(RunOutcome::ok).map(o -> o.report().gcCount()).filter(Objects::nonNull).toList();
        return new Result.HeapPoint(label(slot.multiple()), slot.heapBytes(),
                runsNs.isEmpty() ? null : Stats.median(runsNs) / iterations,
                runsNs.isEmpty() ? null : MedianInterval.of(runsNs.stream().mapToDouble(Long::doubleValue).toArray(), confidence)
                        .scaled(1.0 / iterations),
                rss.isEmpty() ? null : Stats.lowerMedian(rss), gc.isEmpty() ? null : Stats.lowerMedian(gc), runsNs);
    }

    /** "2x", "1.5x" */
    static String label(double multiple) {
        return (multiple == Math.rint(multiple) ? Long.toString((long) multiple) : Double.toString(multiple)) + "x";
    }

    /** {@code multiple} times {@code bytes}, rounded up to a whole MiB (the JVM sizes heaps in regions anyway). */
    static long heap(long bytes, double multiple) {
        long mib = 1L << 20;
        return (long) Math.ceil(bytes * multiple / mib) * mib;
    }

    /** Starts each process, tells the listener, keeps its stderr, and estimates the time left. */
    private final class Progress {
        private final Plan plan;
        private final Listener listener;
        private final Map<Job.Phase, long[]> seen = new EnumMap<>(Job.Phase.class);
        private int index;
        private int total;

        Progress(Plan plan, Listener listener, List<Unit> units) {
            this.plan = plan;
            this.listener = listener;
            // heap probes: about seven per Java unit before the plan of the runs is known
            this.total = (int) units.stream().filter(u -> u.contestant().heapBytes() != null).count()
                    * (plan.memory().multiples().isEmpty() ? 0 : HeapSearch.TYPICAL_PROBES);
        }

        /** The number of processes still to come after those started so far. */
        void plan(int remaining) {
            total = index + remaining;
        }

        /** A planned process that will not start. */
        void skip() {
            total--;
        }

        RunOutcome execute(Job job) {
            index++;
            total = Math.max(total, index);
            listener.starting(job, index, total, remaining(job.phase()));
            Conditions.Ticks before = Conditions.Ticks.now();
            ForkOutcome fork = supervisor.run(job.contestant().command(job.request()), plan.timeout(job.request()));
            Conditions conditions = before == null ? Conditions.UNKNOWN : before.until();
            long[] s = seen.computeIfAbsent(job.phase(), k -> new long[2]);
            s[0]++;
            s[1] += fork.wallNanos();
            keepLog(job, fork);
            RunOutcome outcome = RunOutcome.of(job, fork).during(conditions);
            listener.finished(job, outcome, index, total);
            return outcome;
        }

        /** Time left, from the average duration of the processes of this phase so far; null until one has run. */
        private Duration remaining(Job.Phase phase) {
            long[] s = seen.get(phase);
            if (s == null || s[0] == 0) {
                return null;
            }
            return Duration.ofNanos((long) ((total - index + 1) * ((double) s[1] / s[0])));
        }

        private void keepLog(Job job, ForkOutcome fork) {
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
    }
}
