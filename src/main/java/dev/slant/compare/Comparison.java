package dev.slant.compare;

/**
 * Two outlets compared on one measure over all their articles.
 *
 * @param measure measure id
 * @param a the higher-ranked outlet
 * @param b the other outlet
 * @param nA articles of a
 * @param nB articles of b
 * @param meanA mean of a
 * @param meanB mean of b
 * @param cliffsDelta P(a's article scores higher) − P(b's does), from −1 to 1
 * @param u Mann–Whitney U of a
 * @param p two-sided Mann–Whitney p-value
 * @param pHolm p adjusted by Holm–Bonferroni over all outlet pairs on this measure
 * @param significant pHolm below 0.05
 */
public record Comparison(
    String measure,
    String a,
    String b,
    int nA,
    int nB,
    double meanA,
    double meanB,
    double cliffsDelta,
    double u,
    double p,
    double pHolm,
    boolean significant) {}
