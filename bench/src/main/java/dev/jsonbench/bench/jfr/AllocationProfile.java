package dev.jsonbench.bench.jfr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;

/**
 * Where the allocations of a profiling window come from: grouped by allocated class and by the first stack
 * frame outside the JDK (the library code that asked for the object, even when a JDK method such as
 * {@code ArrayList.grow} did the allocating).
 */
public final class AllocationProfile {

    /** One group: how many objects and bytes, over the whole window. */
    public record Group(String key, long count, long bytes) {
    }

    private final long iterations;
    private final long totalCount;
    private final long totalBytes;
    private final List<Group> byClass;
    private final List<Group> bySite;

    private AllocationProfile(long iterations, long totalCount, long totalBytes, List<Group> byClass, List<Group> bySite) {
        this.iterations = iterations;
        this.totalCount = totalCount;
        this.totalBytes = totalBytes;
        this.byClass = byClass;
        this.bySite = bySite;
    }

    public static AllocationProfile read(Path recordingFile, long threadId, long iterations) throws IOException {
        Map<String, long[]> classes = new HashMap<>();
        Map<String, long[]> sites = new HashMap<>();
        long[] total = new long[2];
        AllocationCounter.forEachInWindow(recordingFile, threadId, event -> {
            long size = event.getLong("allocationSize");
            add(classes, className(event), size);
            add(sites, site(event.getStackTrace()), size);
            total[0]++;
            total[1] += size;
        });
        return new AllocationProfile(iterations, total[0], total[1], sorted(classes), sorted(sites));
    }

    public long iterations() {
        return iterations;
    }

    public long totalCount() {
        return totalCount;
    }

    public long totalBytes() {
        return totalBytes;
    }

    /** Groups by allocated class, most bytes first. */
    public List<Group> byClass() {
        return byClass;
    }

    /** Groups by the first frame outside the JDK, most bytes first. */
    public List<Group> bySite() {
        return bySite;
    }

    private static void add(Map<String, long[]> groups, String key, long size) {
        long[] group = groups.computeIfAbsent(key, k -> new long[2]);
        group[0]++;
        group[1] += size;
    }

    private static List<Group> sorted(Map<String, long[]> groups) {
        List<Group> list = new ArrayList<>(groups.size());
        groups.forEach((key, value) -> list.add(new Group(key, value[0], value[1])));
        list.sort(Comparator.comparingLong(Group::bytes).reversed()
                .thenComparing(Comparator.comparingLong(Group::count).reversed())
                .thenComparing(Group::key));
        return List.copyOf(list);
    }

    private static String className(RecordedEvent event) {
        RecordedClass type = event.getClass("objectClass");
        return type == null ? "(unknown)" : javaName(type.getName());
    }

    /** {@code [B} as {@code byte[]}, {@code [Ljava.lang.Object;} as {@code java.lang.Object[]}. */
    static String javaName(String name) {
        int dims = 0;
        while (dims < name.length() && name.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return name;
        }
        String element = name.substring(dims);
        String base = switch (element) {
            case "Z" -> "boolean";
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            default -> element.startsWith("L") && element.endsWith(";") ? element.substring(1, element.length() - 1) : element;
        };
        return base + "[]".repeat(dims);
    }

    /** The first frame, from the allocating one outwards, whose class is not part of the JDK. */
    static String site(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "(no stack trace)";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            RecordedMethod method = frame.getMethod();
            if (method != null && method.getType() != null && !isJdk(method.getType().getName())) {
                return describe(frame);
            }
        }
        RecordedFrame top = stack.getFrames().get(0);
        return (stack.isTruncated() ? "(JDK only in truncated stack) " : "(JDK) ") + describe(top);
    }

    private static String describe(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        String name = method == null ? "?" : method.getType().getName() + "." + method.getName();
        int line = frame.getLineNumber();
        return line > 0 ? name + ":" + line : name;
    }

    static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.");
    }
}
