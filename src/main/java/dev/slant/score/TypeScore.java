package dev.slant.score;

/**
 * How much of one feature an article has.
 *
 * @param count number of findings
 * @param per1000Words count per 1,000 words (0 for an article without words)
 */
public record TypeScore(int count, double per1000Words) {}
