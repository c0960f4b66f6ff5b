package dev.slant.compare;

/**
 * Two outlets compared on one measure over only the stories (or other pairing key) both covered:
 * per story, each outlet's mean over its articles on that story, then the difference a − b.
 *
 * @param measure measure id
 * @param a the higher-ranked outlet
 * @param b the other outlet
 * @param stories stories both covered
 * @param meanDifference mean over those stories of a − b
 * @param ciLow lower bound of the bootstrap CI of the mean difference
 * @param ciHigh upper bound
 * @param p two-sided Wilcoxon signed-rank p-value
 * @param pHolm p adjusted by Holm–Bonferroni over all outlet pairs on this measure
 * @param significant pHolm below 0.05
 */
public record PairedComparison(
    String measure,
    String a,
    String b,
    int stories,
    double meanDifference,
    double ciLow,
    double ciHigh,
    double p,
    double pHolm,
    boolean significant) {}
