package dev.jsonbench.jmh;

import dev.jsonbench.bench.cli.JmhCommand;
import dev.jsonbench.bench.protocol.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which JMH fork {@link AdapterOverhead} runs when. Pure, so that the order can be tested without running JMH.
 *
 * <p>Every round runs one fork of each benchmark of each (backend, mode) pair, the forks of a pair one after the
 * other. In odd rounds a pair runs adapter, direct, then validated (where it exists); even rounds run that order
 * reversed. So the adapter and the direct benchmark are adjacent in time in every round, the adapter goes first in
 * half the rounds, and over two rounds every benchmark has the same mean position: a drift that is linear over a
 * pair's forks adds as much to one side of each ratio as to the other. The pair order is rotated by one each round,
 * so that no pair always runs first (fresh machine) or last.
 */
final class OverheadPlan {

    static final List<String> BACKENDS = JmhCommand.OverheadOptions.BACKENDS;
    static final List<String> MODES = Stream.of(Mode.values()).map(Mode::name).toList();

    /** The backends whose adapter runs StrictJsonValidator first: DirectBenchmark has a _validated variant for them. */
    static final Set<String> VALIDATED_BACKENDS = Set.of("dsljson", "jsoniter", "gson");

    private static final String ADAPTER_BENCHMARK = DecoderBenchmark.class.getName() + ".decode";

    private OverheadPlan() {
    }

    enum Kind {
        ADAPTER, DIRECT, VALIDATED
    }

    record Pair(String backend, String mode) {

        boolean hasValidated() {
            return VALIDATED_BACKENDS.contains(backend);
        }

        /** The pair's benchmarks in the order of an odd round. */
        List<Kind> kinds() {
            return hasValidated() ? List.of(Kind.ADAPTER, Kind.DIRECT, Kind.VALIDATED) : List.of(Kind.ADAPTER, Kind.DIRECT);
        }

        @Override
        public String toString() {
            return backend + " " + mode;
        }
    }

    /** One JMH fork: {@code round} counts from 1. */
    record PlannedFork(int round, Pair pair, Kind kind) {

        /** The benchmark's full name, as in META-INF/BenchmarkList. */
        String benchmark() {
            String direct = DirectBenchmark.class.getName() + "." + pair.backend() + "_" + pair.mode();
            return switch (kind) {
                case ADAPTER -> ADAPTER_BENCHMARK;
                case DIRECT -> direct;
                case VALIDATED -> direct + "_validated";
            };
        }

        /** The @Param values to set: only DecoderBenchmark has parameters. */
        Map<String, String> params() {
            return kind == Kind.ADAPTER ? Map.of("backend", pair.backend(), "mode", pair.mode()) : Map.of();
        }

        /** For the progress line, e.g. "jackson typed direct". */
        String label() {
            return pair + " " + kind.name().toLowerCase(Locale.ROOT);
        }
    }

    /** The pairs of the given backends and modes, backend by backend. */
    static List<Pair> pairs(List<String> backends, List<String> modes) {
        List<Pair> pairs = new ArrayList<>();
        for (String backend : backends) {
            for (String mode : modes) {
                pairs.add(new Pair(backend, mode));
            }
        }
        return List.copyOf(pairs);
    }

    /** Every fork of every round, in the order they run. */
    static List<PlannedFork> plan(int rounds, List<Pair> pairs) {
        List<PlannedFork> forks = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            forks.addAll(round(round, pairs));
        }
        return List.copyOf(forks);
    }

    /** Round {@code round} (from 1): the pairs rotated by {@code round - 1}, each pair's order reversed in even rounds. */
    static List<PlannedFork> round(int round, List<Pair> pairs) {
        List<PlannedFork> forks = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get((i + round - 1) % pairs.size());
            List<Kind> kinds = round % 2 == 1 ? pair.kinds() : pair.kinds().reversed();
            for (Kind kind : kinds) {
                forks.add(new PlannedFork(round, pair, kind));
            }
        }
        return forks;
    }
}
