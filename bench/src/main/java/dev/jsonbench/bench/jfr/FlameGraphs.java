package dev.jsonbench.bench.jfr;

import dev.jsonbench.bench.report.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import one.convert.Arguments;
import one.convert.FlameGraph;
import one.convert.Filter;
import one.convert.JfrToFlame;
import one.jfr.JfrReader;
import one.jfr.event.AllocationSample;

/**
 * Allocation flame graphs from a recording made by {@link AllocationCounter#count} with stack traces (what
 * {@code jsonbench profile} keeps), drawn by async-profiler's JFR converter ({@code tools.profiler:jfr-converter},
 * which reads the JDK's own {@code jdk.ObjectAllocationOutsideTLAB} events).
 *
 * <p>Included: the allocation events of the benchmark thread between its {@code begin} and {@code end} markers,
 * the same events {@link AllocationCounter} counts and {@link AllocationProfile} groups, so the totals of the
 * flame graphs equal the profile's. The converter itself can only filter threads by name, so the thread and
 * window are applied where it collects events. Excluded: warm-up, JFR's own threads and the recording's start
 * and stop.
 *
 * <p>Each graph is written twice: as collapsed stacks (one line per distinct stack, frames root first separated by
 * {@code ;}, then a space and the weight; the format of flamegraph.pl, speedscope and async-profiler) and as the
 * converter's interactive HTML page (one file, no external resource). Frames carry the converter's type suffix
 * ({@code _[j]} compiled, {@code _[i]} inlined, {@code _[0]} interpreted, {@code _[1]} C1); the last frame is the
 * allocated class with {@code _[k]} (allocated outside a TLAB, which every allocation is under
 * {@code -XX:-UseTLAB}). Class names are written with dots, and hidden-class suffixes such as
 * {@code $$Lambda/0x...} are removed so that profiles of two runs can be compared frame by frame. Stacks deeper
 * than the recording's stack depth are cut at their root end.
 */
public final class FlameGraphs {

    /** What the width of a frame stands for. */
    public enum Weight {
        /** Bytes allocated: {@code alloc.collapsed}, {@code alloc.html}. */
        BYTES("alloc", "bytes allocated", "byte"),
        /** Objects (and arrays) allocated, one per event: {@code alloc-objects.collapsed}, {@code alloc-objects.html}. */
        OBJECTS("alloc-objects", "objects allocated", "object");

        private final String fileStem;
        private final String caption;
        private final String unit;

        Weight(String fileStem, String caption, String unit) {
            this.fileStem = fileStem;
            this.caption = caption;
            this.unit = unit;
        }

        public String collapsedFileName() {
            return fileStem + ".collapsed";
        }

        public String htmlFileName() {
            return fileStem + ".html";
        }
    }

    /** One flame graph: its page, the collapsed stacks it shows, and the sum of their weights. */
    public record Graph(Weight weight, Path html, Path collapsed, long total) {
    }

    /** Both graphs of one recording. */
    public record Written(Graph bytes, Graph objects) {
    }

    private FlameGraphs() {
    }

    /**
     * Writes {@code alloc.collapsed}, {@code alloc.html} (by bytes) and {@code alloc-objects.collapsed},
     * {@code alloc-objects.html} (by objects) into {@code outDir}.
     *
     * @param threadId the benchmark thread's Java thread id (the profile fork reports it as {@code benchmark_thread_id})
     * @param title    what was profiled, e.g. "jackson typed, 5,000 decodes of api-response.json"; plain text
     * @throws IOException if the recording cannot be read, or holds no begin and end marker for that thread
     */
    public static Written write(Path jfr, long threadId, Path outDir, String title) throws IOException {
        AllocationCounter.Window window = AllocationCounter.Window.find(jfr, threadId);
        if (!window.found()) {
            throw new IOException("no measured window of thread " + threadId + " in " + jfr
                    + " (expected one begin and one end marker, as AllocationCounter records them)");
        }
        Files.createDirectories(outDir);
        return new Written(write(jfr, window, outDir, title, Weight.BYTES), write(jfr, window, outDir, title, Weight.OBJECTS));
    }

    /**
     * A differential flame graph: the frames of {@code current} (widths), coloured by how much more (red) or less
     * (blue) the same whole stack weighs than in {@code base}; stacks absent from {@code base} are yellow. Stacks
     * match only when every frame does, so this suits one library in two versions, on two documents or with two
     * settings; two different libraries share few stacks (for them, compare the by-class tables of the profile).
     * The two collapsed files must have the same weight and cover the same number of decodes, or the colours
     * compare unlike amounts.
     */
    public static Path diff(Path baseCollapsed, Path currentCollapsed, Path html, String title) throws IOException {
        total(baseCollapsed);
        total(currentCollapsed);
        Arguments args = arguments(title);
        FlameGraph base = FlameGraph.parse(baseCollapsed.toString(), args);
        FlameGraph current = FlameGraph.parse(currentCollapsed.toString(), args);
        current.diff(base);
        args.output = "html";
        dump(current, html);
        return html;
    }

    private static Graph write(Path jfr, AllocationCounter.Window window, Path outDir, String title, Weight weight)
            throws IOException {
        Arguments args = arguments(title + ": " + weight.caption + " (1 sample = 1 " + weight.unit + ")");
        args.alloc = true;
        args.total = weight == Weight.BYTES;
        Path collapsed = outDir.resolve(weight.collapsedFileName());
        Path html = outDir.resolve(weight.htmlFileName());
        try (JfrReader reader = new JfrReader(jfr.toString())) {
            WindowConverter converter = new WindowConverter(reader, args, window);
            converter.convert();
            // The collapsed dump leaves the graph intact; the HTML dump consumes it, so it comes last.
            args.output = "collapsed";
            dump(converter, collapsed);
            args.output = "html";
            dump(converter, html);
        }
        return new Graph(weight, html, collapsed, total(collapsed));
    }

    private static Arguments arguments(String title) {
        Arguments args = new Arguments();
        args.title = escapeHtml(title);
        args.dot = true;
        args.norm = true;
        return args;
    }

    /**
     * The sum of the weights of a collapsed file (the last field of each line).
     *
     * @throws IOException if the file cannot be read or a line is not collapsed stacks ({@code a;b;c 123})
     */
    public static long total(Path collapsed) throws IOException {
        List<String> lines = Files.readAllLines(collapsed);
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            try {
                total = Math.addExact(total, Long.parseUnsignedLong(line.substring(space + 1)));
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IOException(collapsed + " line " + (i + 1) + " is not collapsed stacks (frames separated by ';', "
                        + "a space, a weight): " + (line.length() > 80 ? line.substring(0, 80) + "…" : line));
            }
            if (space <= 0) {
                throw new IOException(collapsed + " line " + (i + 1) + " has a weight but no stack");
            }
        }
        return total;
    }

    private static void dump(JfrToFlame converter, Path file) throws IOException {
        dump((AtomicFiles.Content) converter::dump, file);
    }

    private static void dump(FlameGraph graph, Path file) throws IOException {
        dump((AtomicFiles.Content) graph::dump, file);
    }

    /** Written atomically, through a buffer: the converter closes the stream it is given. */
    private static void dump(AtomicFiles.Content converter, Path file) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        converter.writeTo(buffer);
        AtomicFiles.write(file, buffer::writeTo);
    }

    /** The converter prints the title into its page as it is. */
    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
            }
        });
        return out.toString();
    }

    /** The converter, collecting only the benchmark thread's allocation events inside the measured window. */
    private static final class WindowConverter extends JfrToFlame {

        private final long threadId;
        private final long beginNanos;
        private final long endNanos;

        WindowConverter(JfrReader reader, Arguments args, AllocationCounter.Window window) {
            super(reader, args);
            this.threadId = window.threadId();
            this.beginNanos = epochNanos(window.begin());
            this.endNanos = epochNanos(window.end());
        }

        @Override
        protected void collectEvents(Filter unused) throws IOException {
            for (AllocationSample event; (event = jfr.readEvent(AllocationSample.class)) != null; ) {
                Long javaThreadId = jfr.javaThreads.get(event.tid);
                long nanos = jfr.eventTimeToNanos(event.time);
                if (javaThreadId != null && javaThreadId == threadId && nanos >= beginNanos && nanos <= endNanos) {
                    collector.collect(event);
                }
            }
        }

        private static long epochNanos(Instant instant) {
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }
    }
}
