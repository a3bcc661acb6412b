package dev.jsonbench.bench.fork;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Collections and their accumulated time, from the collectors' MXBeans. Beans for concurrent cycles
 * (G1's "G1 Concurrent GC", ZGC/Shenandoah "Cycles") are left out: their time runs beside the application and
 * is not a pause.
 */
public record GcCounters(long count, long timeMs) {

    public static GcCounters now() {
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = bean.getName();
            if (name.contains("Concurrent") || name.contains("Cycles")) {
                continue;
            }
            count += Math.max(0, bean.getCollectionCount());
            time += Math.max(0, bean.getCollectionTime());
        }
        return new GcCounters(count, time);
    }

    public GcCounters since(GcCounters before) {
        return new GcCounters(count - before.count, timeMs - before.timeMs);
    }
}
