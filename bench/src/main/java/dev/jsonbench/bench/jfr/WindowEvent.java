package dev.jsonbench.bench.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * Marks the measured window in an allocation recording: the benchmark thread commits one with phase
 * {@code begin} just before the loop and one with phase {@code end} just after it. Only allocation events of
 * that thread between the two count.
 */
@Name(WindowEvent.NAME)
@Label("jsonbench window")
@Category("jsonbench")
@Description("Start or end of the measured loop")
@StackTrace(false)
public final class WindowEvent extends Event {

    public static final String NAME = "jsonbench.Window";

    @Label("Phase")
    String phase;

    WindowEvent(String phase) {
        this.phase = phase;
    }
}
