package dev.jsonbench.bench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import java.util.List;

/**
 * What was measured and how: {@code config} in results.json (every field in {@code bench/RESULTS.md}).
 *
 * @param command         the command that measured ({@code run}, {@code reproduce article})
 * @param backends        the contestants, Java backends and Go/Rust runners
 * @param fixtures        each document measured
 * @param iterations      decodes in each timed loop on the first document
 * @param warmup          decodes before each timed loop on the first document
 * @param runs            timed runs per backend and mode
 * @param countIterations decodes in an allocation-counting window
 * @param countWarmup     warm-up of a counting fork
 * @param sizing          how the counts follow the document's size (each result states its own counts)
 * @param quick           whether {@code --quick} was given
 * @param forkTimeoutS    {@code --fork-timeout}, or null for the derived limits
 * @param order           how processes were ordered
 * @param java            the java binary of the forks
 * @param heap            the fixed heap of every Java fork
 * @param jvmFlags        flags of the timed Java forks
 * @param countJvmFlags   flags of the counting Java forks; null when no Java backend is measured
 * @param confidence      the level of every interval and test
 * @param timeBasis       what was ranked: {@code wall} or {@code cpu} time of the timed loops
 * @param reference       the runner every row was compared with; null for the fastest of each document and mode
 * @param memory          the heaps the Java backends were measured under besides their own: {@code none},
 *                        {@code fair} (twice the minimal heap) or {@code curve}
 * @param claims          the published figures a reproduction sets beside the measured ones; null for a plain run
 */
public record Config(String command, List<String> backends, List<Language> languages, List<Mode> modes,
                     List<Fixture> fixtures, int iterations, int warmup, int runs, int countIterations, int countWarmup,
                     String sizing, boolean quick, Integer forkTimeoutS, String order, String java, String heap, List<String> jvmFlags,
                     List<String> countJvmFlags, double confidence, String timeBasis, String reference, String memory,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Claims claims) {

    public Config {
        backends = List.copyOf(backends);
        languages = List.copyOf(languages);
        modes = List.copyOf(modes);
        fixtures = List.copyOf(fixtures);
        jvmFlags = List.copyOf(jvmFlags);
        countJvmFlags = countJvmFlags == null ? null : List.copyOf(countJvmFlags);
    }

    /**
     * A document of the run.
     *
     * @param path         where it was read ({@code bundled: ...} for the bundled fixture)
     * @param digest       the expected digest ({@code fixtures/DIGEST.md})
     * @param digestSource where the expected digest comes from
     * @param typed        whether typed mode applied
     * @param typedProblem why not, or null
     * @param typedInto    the type typed mode binds: the fixture model, or the user's ({@code --type})
     * @param classpath    where the user's type was loaded from; null for the fixture model
     */
    public record Fixture(String name, String path, long bytes, String digest, String digestSource, boolean typed,
                          String typedProblem, String typedInto, List<String> classpath) {
    }

    /**
     * The published figures of a reproduction.
     *
     * @param file       the claims file
     * @param iterations parses the claimed figures are for
     */
    public record Claims(String file, int iterations) {
    }

    /** The fixture named {@code name}, if the run measured it. */
    public java.util.Optional<Fixture> fixture(String name) {
        return fixtures.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
