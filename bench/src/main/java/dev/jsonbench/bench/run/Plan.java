package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Mode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run measures and how.
 *
 * @param sizing       the work of each process, by document size
 * @param analysis     how the times are judged
 * @param memory       which heap sizes the Java backends are measured under besides their own
 * @param forkTimeout  one limit for every process, or null for limits derived from the counts
 * @param logDirectory where each process's stderr is kept, or null
 */
public record Plan(List<Contestant> contestants, List<Mode> modes, List<BenchFixture> fixtures, Sizing sizing,
                   Analysis analysis, Heaps memory, Duration forkTimeout, Path logDirectory) {

    /**
     * Heap sizes a Java backend is measured under, besides the fixed heap of every fork ("unconstrained"). The
     * constants are the words of {@code --memory}.
     */
    public enum Heaps {
        /** Only the fixed heap. */
        none(List.of()),
        /** The minimal heap (bisection), and time and peak memory at twice it: what Go's GOGC=100 gives a Go heap. */
        fair(List.of(2.0)),
        /** As fair, plus 1.5, 4 and 8 times the minimal heap, for a curve of time and memory against heap. */
        curve(List.of(1.5, 2.0, 4.0, 8.0));

        /** The fair heap: twice the minimal one. */
        public static final double FAIR_MULTIPLE = 2.0;

        /** Multiples of the minimal heap to run at. */
        private final List<Double> multiples;

        Heaps(List<Double> multiples) {
            this.multiples = multiples;
        }

        public List<Double> multiples() {
            return multiples;
        }
    }

    /** A plan with the same counts for every document, without the heap phases, judged as by default (tests). */
    public Plan(List<Contestant> contestants, List<Mode> modes, List<BenchFixture> fixtures, Counts counts,
                Duration forkTimeout, Path logDirectory) {
        this(contestants, modes, fixtures, Sizing.of(counts), Analysis.DEFAULT, Heaps.none, forkTimeout, logDirectory);
    }

    /** The counts of every process on {@code fixture}. */
    public Counts counts(BenchFixture fixture) {
        return sizing.forDocument(fixture.bytes());
    }

    /** The timed runs per unit (the same for every document). */
    public int runs() {
        return sizing.forDocument(Sizing.FIXTURE_BYTES).runs();
    }

    public Plan {
        contestants = List.copyOf(contestants);
        modes = List.copyOf(modes);
        fixtures = List.copyOf(fixtures);
    }

    /** Each contestant's {@code library:version}, for the environment of results.json. */
    public Map<String, String> libraryVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        contestants.forEach(c -> versions.put(c.name(), c.library() + ":" + c.libraryVersion()));
        return versions;
    }

    /** Results a count run holds at once to measure retained bytes: enough to drown the noise, never more than 8 MiB of document. */
    static final long RETAINED_DOCUMENT_BYTES = 8L << 20;
    static final int MAX_RETAIN_COPIES = 100;

    /** How many results a count run holds at once for a document of {@code bytes}: 1 to {@value #MAX_RETAIN_COPIES}. */
    public static int retainCopies(long bytes) {
        return (int) Math.max(1, Math.min(MAX_RETAIN_COPIES, RETAINED_DOCUMENT_BYTES / Math.max(1, bytes)));
    }

    /** A heap probe decodes this much of the document: enough for several collections under a small heap. */
    static final long PROBE_DOCUMENT_BYTES = 16L << 20;

    /** Decodes of a heap probe for a document of {@code bytes}: 100 to 10,000. */
    public static int probeIterations(long bytes) {
        return (int) Math.max(100, Math.min(10_000, PROBE_DOCUMENT_BYTES / Math.max(1, bytes)));
    }

    /** The time limit of one process of this plan. */
    public Duration timeout(RunRequest request) {
        return timeout(request, forkTimeout);
    }

    /**
     * {@code forkTimeout} when given, else a generous limit from the decodes the process performs and the size of the
     * document: 2 ms per decode, or 200 ns per byte decoded when that is more (10 MB/s, far below any parser here).
     */
    public static Duration timeout(RunRequest request, Duration forkTimeout) {
        if (forkTimeout != null) {
            return forkTimeout;
        }
        long bytes = request.fixture().toFile().length();
        long ops = (long) request.iterations() + request.warmup();
        return switch (request.measure()) {
            case time -> Duration.ofSeconds(120).plusNanos(ops * Math.max(2_000_000L, 200 * bytes));
            // -XX:-UseTLAB is 3-5x slower, and every counted allocation writes an event.
            case count, profile -> Duration.ofSeconds(120)
                    .plusNanos(request.warmup() * Math.max(10_000_000L, 1_000 * bytes))
                    .plusNanos(request.iterations() * Math.max(50_000_000L, 5_000 * bytes));
        };
    }
}
