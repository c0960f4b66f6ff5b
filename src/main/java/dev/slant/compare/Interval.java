package dev.slant.compare;

/** A mean with the bounds of its confidence interval. */
public record Interval(double mean, double ciLow, double ciHigh) {}
