package dev.jsonbench.bench.contestant.external;

import dev.jsonbench.bench.protocol.Language;
import dev.jsonbench.bench.protocol.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/** Shell scripts standing in for runner binaries: one runner that works and some that misbehave. */
final class FakeRunners {

    static final List<KnownRunner> RUNNERS = List.of(
            new KnownRunner("fake-ok", "fake/json", List.of(Mode.typed, Mode.tree), "a good fake"),
            new KnownRunner("fake-garbage", "fake/json", List.of(Mode.typed, Mode.tree), "prints garbage"),
            new KnownRunner("fake-crash", "fake/json", List.of(Mode.typed, Mode.tree), "exits 3"),
            new KnownRunner("fake-hang", "fake/json", List.of(Mode.typed, Mode.tree), "never answers"));

    /** Answers --list, and measures: fake-ok prints a protocol answer with the expected digest, the others misbehave. */
    static final String SCRIPT = """
            #!/bin/sh
            if [ "$1" = "--list" ]; then
              printf '%s\\n' '[{"runner":"fake-ok","library":"fake/json","library_version":"v9.9.9","modes":["typed","tree"]},{"runner":"fake-garbage","library":"fake/json","library_version":"v9.9.9","modes":["typed","tree"]},{"runner":"fake-crash","library":"fake/json","library_version":"v9.9.9","modes":["typed","tree"]},{"runner":"fake-hang","library":"fake/json","library_version":"v9.9.9","modes":["typed"]}]'
              exit 0
            fi
            runner=""; digest=""; mode=""
            while [ $# -gt 0 ]; do
              case "$1" in
                --runner) runner=$2; shift 2;;
                --expect-digest) digest=$2; shift 2;;
                --mode) mode=$2; shift 2;;
                *) shift;;
              esac
            done
            case "$runner" in
              fake-ok) printf '{"protocol":1,"runner":"fake-ok","language":"go","library":"fake/json","library_version":"v9.9.9","mode":"%s","status":"ok","reason":null,"iterations":10,"warmup":10,"elapsed_ns":123456,"alloc_bytes_per_op":100.0,"allocs_per_op":7.0,"allocs_method":"fake counter","peak_rss_bytes":1000000,"peak_rss_scope":"loop","gc_count":0,"gc_pause_ms":0.0,"digest":"%s","digest_last":"%s","digest_ok":true,"consumed":1,"notes":["fake"]}\\n' "$mode" "$digest" "$digest";;
              fake-garbage) echo "this is not json";;
              fake-crash) echo "fatal: fake crash" >&2; exit 3;;
              fake-hang) sleep 30;;
            esac
            """;

    private FakeRunners() {
    }

    /** A binary built by {@code sh build.sh} in {@code dir}, from {@code *.src} and build.sh, landing at bin/fake-runner. */
    static RunnerBinary binary(Path dir) {
        return new RunnerBinary("fake", Language.go, "sh", "install a shell", dir, dir.resolve("bin/fake-runner"),
                List.of("build.sh"), Map.of("FAKE_BUILD", "1"), List.of("*.src", "build.sh"), List.of("*_test.src"), RUNNERS);
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
