package dev.slant.evaluate;

/**
 * One line of a PTC technique-classification labels file, in PTC's own offsets: half-open
 * {@code [start, end)} counted in Unicode code points over the article file decoded with its BOM
 * kept. Use {@link PtcArticle#toSlant} to get a span of the text slant analyses.
 *
 * @param technique e.g. {@code Loaded_Language} or {@code Name_Calling,Labeling}
 * @param line the 1-based line of the labels file, for messages
 */
public record PtcLabel(String technique, int start, int end, int line) {

  public PtcLabel {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid PTC span [" + start + ", " + end + ")");
    }
  }
}
