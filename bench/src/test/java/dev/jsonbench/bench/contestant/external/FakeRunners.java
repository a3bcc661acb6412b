package dev.jsonbench.bench.contestant.external;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import dev.jsonbench.bench.protocol.RunnerListing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/** Shell scripts standing in for runner binaries: one runner that works and some that misbehave. */
final class FakeRunners {

    static final List<RunnerListing> RUNNERS = List.of(
            runner("fake-ok", "a good fake"),
            runner("fake-garbage", "prints garbage"),
            runner("fake-crash", "exits 3"),
            runner("fake-hang", "never answers"));

    /** Answers --list, and measures: fake-ok prints a protocol answer with the expected digest, the others misbehave. */
    static final String SCRIPT = """
            #!/bin/sh
            if [ "$1" = "--list" ]; then
              printf '%s\\n' '[{"runner":"fake-ok","library":"fake/json","library_version":"v9.9.9","modes":["typed","tree"]},{"runner":"fake-garbage","library":"fake/json","library_version":"v9.9.9","modes":["typed","tree"]},{"runner":"fake-crash","library":"fake/json","library_version":"v9.9.9","modes":["typed","tree"]},{"runner":"fake-hang","library":"fake/json","library_version":"v9.9.9","modes":["typed"]}]'
              exit 0
            fi
            runner=""; digest=""; mode=""; measure="time"
            while [ $# -gt 0 ]; do
              case "$1" in
                --runner) runner=$2; shift 2;;
                --expect-digest) digest=$2; shift 2;;
                --mode) mode=$2; shift 2;;
                --measure) measure=$2; shift 2;;
                *) shift;;
              esac
            done
            case "$runner:$measure" in
              fake-ok:time) printf '{"protocol":2,"runner":"fake-ok","language":"go","library":"fake/json","library_version":"v9.9.9","mode":"%s","measure":"time","status":"ok","reason":null,"iterations":10,"warmup":10,"elapsed_ns":123456,"cpu_ns":120000,"runtime_rss_bytes":900000,"peak_rss_bytes":1000000,"peak_rss_scope":"loop","gc_count":0,"gc_pause_ms":0.0,"digest":"%s","digest_last":"%s","digest_ok":true,"consumed":1,"notes":["fake"]}\\n' "$mode" "$digest" "$digest";;
              fake-ok:count) printf '{"protocol":2,"runner":"fake-ok","language":"go","library":"fake/json","library_version":"v9.9.9","mode":"%s","measure":"count","status":"ok","reason":null,"iterations":10,"warmup":10,"allocs_total":70,"alloc_bytes_total":1000,"allocs_per_op":7.0,"alloc_bytes_per_op":100.0,"allocs_method":"fake counter","retained_bytes":80,"retained_copies":1,"digest":"%s","digest_last":"%s","digest_ok":true,"consumed":1,"notes":["fake"]}\\n' "$mode" "$digest" "$digest";;
              fake-garbage:*) echo "this is not json";;
              fake-crash:*) echo "fatal: fake crash" >&2; exit 3;;
              fake-hang:*) sleep 30;;
            esac
            """;

    private FakeRunners() {
    }

    /** A binary built by {@code sh build.sh} in {@code dir}, from {@code *.src} and build.sh, landing at bin/fake-runner. */
    static RunnerBinary binary(Path dir) {
        return new RunnerBinary("fake", Language.go, "sh", "install a shell", dir, dir.resolve("bin/fake-runner"), null,
                List.of("build.sh"), Map.of("FAKE_BUILD", "1"), List.of("*.src", "build.sh"), List.of("*_test.src"), RUNNERS);
    }

    private static RunnerListing runner(String name, String configuration) {
        return new RunnerListing(name, "fake/json", null, List.of(Mode.typed, Mode.tree), configuration, true, null);
    }

    /** The script in place, already built (no source newer). */
    static RunnerBinary prebuilt(Path dir) throws IOException {
        RunnerBinary binary = binary(dir);
        writeExecutable(binary.binary(), SCRIPT);
        return binary;
    }

    static void writeExecutable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
