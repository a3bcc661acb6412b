package dev.jsonbench.bench.run;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.report.Environment;
import java.util.List;

/**
 * Who takes part in a run.
 *
 * @param contestants every contestant, Java backends first, then Rust and Go runners
 * @param languages   the languages taking part
 * @param toolchains  the Go and Rust toolchains found and what became of each runner binary
 */
public record Lineup(List<Contestant> contestants, List<Language> languages, Environment.Toolchains toolchains) {

    public Lineup {
        contestants = List.copyOf(contestants);
        languages = List.copyOf(languages);
    }

    /** The names, in plan order. */
    public List<String> names() {
        return contestants.stream().map(Contestant::name).toList();
    }
}
