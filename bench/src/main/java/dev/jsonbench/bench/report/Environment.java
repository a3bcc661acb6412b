package dev.jsonbench.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The machine and software a run measured on, for {@code environment} in results.json. */
public final class Environment {

    private Environment() {
    }

    /**
     * @param backends name to version of every contestant
     * @param jvmFlags the flags of the measured forks
     */
    public static Map<String, Object> collect(Map<String, String> backends, List<String> jvmFlags) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        env.put("cpu_model", cpuModel());
        env.put("cores", Runtime.getRuntime().availableProcessors());
        env.put("memory_bytes", memTotal());
        env.put("os", osName());
        env.put("kernel", System.getProperty("os.version"));
        env.put("arch", System.getProperty("os.arch"));
        env.put("load_average", firstLine(Path.of("/proc/loadavg")));
        env.put("cpu_governor", firstLine(Path.of("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor")));
        env.put("jdk_vendor", System.getProperty("java.vendor"));
        env.put("jdk_version", System.getProperty("java.runtime.version"));
        env.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        env.put("java_home", System.getProperty("java.home"));
        env.put("jvm_flags", jvmFlags);
        Path root = projectRoot();
        env.put("git_commit", git(root, "rev-parse", "HEAD"));
        String status = git(root, "status", "--porcelain", "--untracked-files=no");
        env.put("git_dirty", status == null ? null : !status.isBlank());
        env.put("backends", new LinkedHashMap<>(backends));
        return env;
    }

    static String cpuModel() {
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

    static Long memTotal() {
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

    static String osName() {
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
