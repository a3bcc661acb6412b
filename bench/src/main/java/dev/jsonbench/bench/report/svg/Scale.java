package dev.jsonbench.bench.report.svg;

/** How values map to positions along an axis. */
public enum Scale {
    /**
     * Equal distances for equal differences. Bars start at zero, and the axis always includes zero, so bar
     * lengths compare as the values do; negative values extend to the left of zero.
     */
    LINEAR,
    /**
     * Equal distances for equal ratios, ticks at powers of ten. For data spanning orders of magnitude
     * (1 to 1e9). Bars start at the axis minimum, a power of ten. Zero and negative values have no position: a
     * bar or point with one is not drawn and is marked as such (its value is still printed), and an interval
     * whose lower end is zero or negative is cut at the axis minimum and drawn without its end cap.
     */
    LOG
}
