package dev.jsonbench.bench.gate;

import dev.jsonbench.bench.report.Result;
import java.util.List;
import java.util.Locale;

/**
 * How the allocation per decode of one row changed. Bytes per decode decide; allocations per decode (verified counts
 * only) are shown beside them, and any change of either is reported.
 *
 * @param baseBytesPerOp   bytes per decode in the base
 * @param newBytesPerOp    bytes per decode now
 * @param bytesChange      new - base
 * @param baseAllocsPerOp  allocations per decode in the base; null unless verified
 * @param newAllocsPerOp   allocations per decode now; null unless verified
 * @param exact            whether both bytes/op are verified whole numbers, so that any difference is real; otherwise the
 *                         threshold gets {@link Criteria#APPROXIMATE_SLACK} added
 * @param allowance        how much bytes/op could grow before it counted
 * @param verdict          regressed beyond the allowance, improved below it, else unchanged
 */
public record AllocationChange(double baseBytesPerOp, double newBytesPerOp, double bytesChange, Double baseAllocsPerOp,
                               Double newAllocsPerOp, boolean exact, double allowance, Verdict verdict) {

    /** The change between two measured rows, or null when either lacks bytes per decode. */
    static AllocationChange of(Result base, Result head, Criteria criteria, List<String> notes) {
        Result.Allocations b = base.allocations();
        Result.Allocations h = head.allocations();
        if (b.bytesPerOp() == null || h.bytesPerOp() == null) {
            if (b.bytesPerOp() != null || h.bytesPerOp() != null) {
                notes.add("bytes/op not measured on the " + (b.bytesPerOp() == null ? "base" : "new") + " side");
            }
            return null;
        }
        double baseBytes = b.bytesPerOp();
        double newBytes = h.bytesPerOp();
        boolean exact = exact(b) && exact(h);
        double allowance = criteria.allocThreshold().allowance(baseBytes) + (exact ? 0 : Criteria.APPROXIMATE_SLACK * baseBytes);
        double change = newBytes - baseBytes;
        Verdict verdict = change > allowance ? Verdict.regressed : change < -allowance ? Verdict.improved : Verdict.unchanged;
        if (!exact && change != 0) {
            notes.add(String.format(Locale.ROOT, "bytes/op not exact on both sides (%s): judged with %s%% slack",
                    exact(b) ? "new: " + why(h) : "base: " + why(b), ChangeFigures.number(Criteria.APPROXIMATE_SLACK * 100)));
        }
        if (verdict == Verdict.improved) {
            notes.add("fewer bytes per decode than the base: make this the baseline to keep the gain");
        }
        Double baseAllocs = b.verified() ? b.perOp() : null;
        Double newAllocs = h.verified() ? h.perOp() : null;
        if (baseAllocs != null && newAllocs != null && !baseAllocs.equals(newAllocs) && change == 0) {
            notes.add("allocations/op changed with the same bytes/op: " + ChangeFigures.count(baseAllocs) + " -> "
                    + ChangeFigures.count(newAllocs));
        }
        return new AllocationChange(baseBytes, newBytes, change, baseAllocs, newAllocs, exact, allowance, verdict);
    }

    /** Verified, and a whole number of bytes per decode: any other figure on the other side is a real change. */
    private static boolean exact(Result.Allocations a) {
        return a.verified() && a.bytesPerOp() == Math.rint(a.bytesPerOp());
    }

    private static String why(Result.Allocations a) {
        return !a.verified() ? "count unverified" : "fractional, e.g. a runtime allocating in the background";
    }
}
