package dev.slant.compare;

/**
 * How distinctive a term is of one outlet.
 *
 * @param term lower-cased finding text
 * @param count occurrences in the outlet
 * @param z weighted log-odds z-score against the other outlets (see {@link LogOdds})
 */
public record TermScore(String term, int count, double z) {}
