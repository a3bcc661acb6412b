package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.report.Config;
import dev.jsonbench.bench.report.Environment;
import dev.jsonbench.bench.report.ResultsDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What differs between the conditions of two results, each as one warning that says what it means for the figures:
 * the machine, the JDK, the JVM flags, the Go and Rust toolchains, the library versions and the counts. Results of
 * different conditions are still compared, never silently.
 */
final class EnvironmentDifferences {

    private EnvironmentDifferences() {
    }

    /** Every difference; {@code languages} are those of the rows compared (Go and Rust toolchains matter only for them). */
    static List<String> between(ResultsDocument base, ResultsDocument head, Set<Language> languages) {
        Environment b = base.environment();
        Environment h = head.environment();
        List<String> warnings = new ArrayList<>();
        differ(warnings, "machine", machine(b), machine(h),
                "times of different machines do not compare; allocations compare only under the same JDK and flags");
        differ(warnings, "JDK", jdk(b), jdk(h), "allocation figures and times may change with the JDK alone");
        Config bc = base.config();
        Config hc = head.config();
        differ(warnings, "JVM flags of the timed runs", String.join(" ", bc.jvmFlags()), String.join(" ", hc.jvmFlags()),
                "flags change times, bytes/op and peak memory");
        differ(warnings, "JVM flags of the counting runs", flags(bc.countJvmFlags()), flags(hc.countJvmFlags()),
                "flags change allocation counts");
        if (languages.contains(Language.go)) {
            differ(warnings, "Go toolchain", b.toolchains().goVersion(), h.toolchains().goVersion(),
                    "the Go runners were built by different compilers");
        }
        if (languages.contains(Language.rust)) {
            differ(warnings, "Rust toolchain", b.toolchains().rustcVersion(), h.toolchains().rustcVersion(),
                    "the Rust runners were built by different compilers");
        }
        List<String> libraries = libraryChanges(b.backends(), h.backends());
        if (!libraries.isEmpty()) {
            warnings.add("library versions differ: " + String.join(", ", libraries) + " (those rows measure different code)");
        }
        differ(warnings, "iterations per run", Integer.toString(bc.iterations()), Integer.toString(hc.iterations()),
                "times compare per decode");
        differ(warnings, "warm-up per run", Integer.toString(bc.warmup()), Integer.toString(hc.warmup()),
                "a shorter warm-up may measure a different JIT state");
        return warnings;
    }

    /** "api-response.json changed (digest a, now b): its rows decode a different document" */
    static String documentChanged(String fixture, String baseDigest, String newDigest) {
        return fixture + " changed (digest " + baseDigest + ", now " + newDigest + "): its rows decode a different document";
    }

    private static void differ(List<String> warnings, String what, String base, String head, String meaning) {
        if (!Objects.equals(base, head)) {
            warnings.add(what + " differs: base " + Objects.toString(base, "unknown") + ", new "
                    + Objects.toString(head, "unknown") + " (" + meaning + ")");
        }
    }

    private static String machine(Environment e) {
        return e.cpuModel() + " x" + e.cores() + ", " + e.arch() + ", " + e.os();
    }

    private static String jdk(Environment e) {
        return e.jdkVendor() + " " + e.jdkVersion() + " (" + e.jvm() + ")";
    }

    private static String flags(List<String> flags) {
        return flags == null ? null : String.join(" ", flags);
    }

    /** "jackson com.fasterxml.jackson.core:jackson-databind:2.23.0 -> 2.24.0" for each runner both sides measured. */
    private static List<String> libraryChanges(Map<String, String> base, Map<String, String> head) {
        Set<String> common = new TreeSet<>(base.keySet());
        common.retainAll(head.keySet());
        Function<String, String> version = coordinates -> coordinates.substring(coordinates.lastIndexOf(':') + 1);
        List<String> changes = new ArrayList<>();
        for (String runner : common) {
            if (!Objects.equals(base.get(runner), head.get(runner))) {
                changes.add(runner + " " + base.get(runner) + " -> " + version.apply(head.get(runner)));
            }
        }
        return changes;
    }
}
