package dev.jsonbench.bench.report;

import dev.jsonbench.bench.protocol.Status;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The machine and software a run measured on: {@code environment} in results.json (every field in
 * {@code bench/RESULTS.md}). Null where the machine does not say.
 *
 * @param date          when the results were written (UTC, ISO-8601)
 * @param cores         processors available to the JVM
 * @param memoryBytes   {@code MemTotal}
 * @param loadAverage   {@code /proc/loadavg} when the results were written
 * @param cpuGovernor   cpufreq governor of cpu0, where exposed
 * @param jvmFlags      the flags of the timed forks
 * @param gitCommit     the project's commit
 * @param gitDirty      whether tracked files had uncommitted changes
 * @param backends      each contestant's {@code library:version}
 * @param toolchains    the Go and Rust toolchains and runner binaries
 */
public record Environment(String date, String cpuModel, Integer cores, Long memoryBytes, String os, String kernel,
                          String arch, String loadAverage, String cpuGovernor, String jdkVendor, String jdkVersion,
                          String jvm, String javaHome, List<String> jvmFlags, String gitCommit, Boolean gitDirty,
                          Map<String, String> backends, Toolchains toolchains) {

    public Environment {
        jvmFlags = List.copyOf(jvmFlags);
        backends = Collections.unmodifiableMap(new LinkedHashMap<>(backends));
        toolchains = toolchains == null ? Toolchains.NONE : toolchains;
    }

    /**
     * The Go and Rust side of a run.
     *
     * @param goVersion    first line of {@code go version}; null without Go
     * @param rustcVersion first line of {@code rustc --version}; null without Rust
     * @param cargoVersion first line of {@code cargo --version}; null without Rust
     * @param runnerBuilds what became of each Go/Rust runner binary considered
     */
    public record Toolchains(String goVersion, String rustcVersion, String cargoVersion, List<RunnerBuild> runnerBuilds) {
        public static final Toolchains NONE = new Toolchains(null, null, null, List.of());

        public Toolchains {
            runnerBuilds = List.copyOf(runnerBuilds);
        }
    }

    /**
     * What became of one Go or Rust runner binary.
     *
     * @param status   ok, skipped (toolchain missing) or failed (build or {@code --list})
     * @param rebuilt  whether it was built during this run
     * @param settings how it was built, as it reports (Rust profile and target features, Go build settings); null
     *                 when it did not build
     */
    public record RunnerBuild(String binary, String buildCommand, Status status, String reason, boolean rebuilt,
                              Map<String, String> settings) {
    }

    /**
     * This machine and JVM.
     *
     * @param backends   name to {@code library:version} of every contestant
     * @param jvmFlags   the flags of the measured forks
     * @param toolchains the Go and Rust side
     */
    public static Environment collect(Map<String, String> backends, List<String> jvmFlags, Toolchains toolchains) {
        Path root = projectRoot();
        String status = git(root, "status", "--porcelain", "--untracked-files=no");
        return new Environment(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), readCpuModel(),
                Runtime.getRuntime().availableProcessors(), readMemTotal(), readOsName(), System.getProperty("os.version"),
                System.getProperty("os.arch"), firstLine(Path.of("/proc/loadavg")),
                firstLine(Path.of("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor")),
                System.getProperty("java.vendor"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                System.getProperty("java.home"), jvmFlags, git(root, "rev-parse", "HEAD"),
                status == null ? null : !status.isBlank(), backends, toolchains);
    }

    static String readCpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name") && line.contains(":")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return null;
    }

    static Long readMemTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.substring(9).strip().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return null;
    }

    static String readOsName() {
        String name = System.getProperty("os.name");
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return name + " (" + line.substring(12).replace("\"", "") + ")";
                }
            }
        } catch (IOException | RuntimeException e) {
            // no os-release
        }
        return name;
    }

    private static String firstLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? null : lines.get(0).strip();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The git work tree the running jar (or classes directory) lives in, else the working directory. */
    static Path projectRoot() {
        try {
            Path here = Path.of(Environment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = here; dir != null; dir = dir.getParent()) {
                if (Files.exists(dir.resolve(".git"))) {
                    return dir;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Path.of("").toAbsolutePath();
    }

    /** Output of a git command (trimmed), or null where git or the repository is missing. */
    static String git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            process.getErrorStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
