package dev.jsonbench.test;

import dev.jsonbench.test.internal.AllocationSites;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on an {@link AllocationBudget}. */
public final class AllocationBudgetAssert extends AbstractAssert<AllocationBudgetAssert, AllocationBudget> {

    /** Allocation sites a failure message lists. */
    static final int TOP_SITES = 8;

    AllocationBudgetAssert(AllocationBudget actual) {
        super(actual, AllocationBudgetAssert.class);
    }

    public static AllocationBudgetAssert assertThat(AllocationBudget actual) {
        return new AllocationBudgetAssert(actual);
    }

    /**
     * Verifies that one decode allocates at most {@code bytes} bytes in steady state. A failure says what was measured
     * against the budget and where the decodes allocate (JFR). When no steady state was reached, the assertion holds only
     * if every window was within the budget.
     */
    public AllocationBudgetAssert allocatesAtMostBytesPerOp(long bytes) {
        isNotNull();
        if (bytes < 0) {
            throw new IllegalArgumentException("a budget is at least 0 bytes per decode, was " + bytes);
        }
        MeasuredAllocation measured = actual.measure();
        boolean within = measured.steady()
                ? measured.bytesPerOp() <= bytes
                : measured.windowBytesPerOp().stream().allMatch(b -> b <= bytes);
        if (!within) {
            failWithMessage("%s", message(actual.description(), measured, bytes, actual.sites()));
        }
        return this;
    }

    static String message(String what, MeasuredAllocation measured, long budget, AllocationSites.Sampling sampling) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nExpecting %s%nto allocate at most %,d bytes per decode, but it allocated %s bytes per decode%n",
                what, budget, perOp(measured.bytesPerOp())));
        out.append(measured.steady()
                ? String.format(Locale.ROOT, "(steady state: two windows of %,d decodes allocated the same bytes after %,d "
                + "warm-up decodes; ThreadMXBean, this thread)%n", measured.windowDecodes(), measured.warmupDecodes())
                : String.format(Locale.ROOT, "(no steady state: %d windows of %,d decodes after %,d warm-up decodes "
                        + "allocated %s bytes per decode; ThreadMXBean, this thread)%n", measured.windowBytesPerOp().size(),
                measured.windowDecodes(), measured.warmupDecodes(),
                String.join(", ", measured.windowBytesPerOp().stream().map(AllocationBudgetAssert::perOp).toList())));
        if (sampling.problem() != null) {
            out.append("Allocation sites: not available: ").append(sampling.problem()).append('\n');
            return out.toString();
        }
        List<AllocationSites.Site> top = sampling.sites().subList(0, Math.min(TOP_SITES, sampling.sites().size()));
        out.append(String.format(Locale.ROOT, "Top allocation sites (share of bytes, estimated from %,d JFR allocation "
                + "samples weighted by size; first frame outside the JDK):%n", sampling.samples()));
        top.forEach(site -> out.append("  ").append(site).append('\n'));
        if (sampling.sites().size() > top.size()) {
            out.append(String.format(Locale.ROOT, "  (%d more)%n", sampling.sites().size() - top.size()));
        }
        return out.toString();
    }

    private static String perOp(double bytes) {
        return bytes == Math.rint(bytes) ? String.format(Locale.ROOT, "%,d", (long) bytes)
                : String.format(Locale.ROOT, "%,.2f", bytes);
    }
}
