package dev.slant.core;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a text, as Java strings count them.
 * Spans are the single source of truth for where a finding is: displayed text is derived from them.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; fails loudly if the span does not fit the text. */
  public String in(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(this + " exceeds text length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
