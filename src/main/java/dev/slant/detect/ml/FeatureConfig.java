package dev.slant.detect.ml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.slant.encode.Encoders;

/**
 * The knobs of feature extraction. Recorded in every model manifest, so scoring extracts exactly
 * what training extracted.
 *
 * @param ngrams longest word n-gram of the sentence task (1 = unigrams only); unused by token tasks
 * @param window neighbouring tokens on each side described by the token tasks; unused by the
 *     sentence task
 * @param minCount a sparse attribute (n-gram, word identity, suffix…) is kept only if at least this
 *     many training units have it
 * @param maxTerms at most this many sparse attributes, the most frequent first, which bounds the
 *     model size
 * @param style add the fixed style attributes: length, punctuation, capitals, quotations,
 *     part-of-speech mix and closed word classes (intensifiers, negations, pronouns, modals)
 * @param lexicons add counts and weights of matches of every bundled or user lexicon
 * @param findings add counts and scores of the rule detectors' findings
 * @param lemmas add lemma attributes (the annotator must then lemmatise)
 * @param encoder the sentence encoder whose vector of each unit becomes dense attributes
 *     {@code enc.000}, {@code enc.001}, … (sentence task only), or null for none; absent from
 *     the manifests of models without one, which therefore read as before
 */
@JsonPropertyOrder({"ngrams", "window", "minCount", "maxTerms", "style", "lexicons", "findings",
    "lemmas", "encoder"})
public record FeatureConfig(
    int ngrams, int window, int minCount, int maxTerms, boolean style, boolean lexicons,
    boolean findings, boolean lemmas,
    @JsonInclude(JsonInclude.Include.NON_NULL) String encoder) {

  /** Bumped whenever extraction changes, so old models are refused instead of silently misread. */
  public static final String FEATURE_SET = "slant-features/2";

  public FeatureConfig {
    if (ngrams < 1 || ngrams > 3) {
      throw new IllegalArgumentException("ngrams must be 1..3, got " + ngrams);
    }
    if (window < 0 || window > 3) {
      throw new IllegalArgumentException("window must be 0..3, got " + window);
    }
    if (minCount < 1 || maxTerms < 0) {
      throw new IllegalArgumentException("minCount must be >= 1 and maxTerms >= 0");
    }
    if (encoder != null && !Encoders.names().contains(encoder)) {
      throw new IllegalArgumentException("unknown sentence encoder '" + encoder + "' (known: "
          + String.join(", ", Encoders.names()) + ")");
    }
  }

  /** The features without the encoder's ({@code new FeatureConfig(…)} before encoders existed). */
  public FeatureConfig(int ngrams, int window, int minCount, int maxTerms, boolean style,
      boolean lexicons, boolean findings, boolean lemmas) {
    this(ngrams, window, minCount, maxTerms, style, lexicons, findings, lemmas, null);
  }

  /**
   * The defaults for a task: sentence unigrams and bigrams seen at least twice (at most 10,000);
   * token identity, lemma, affixes, shape and the neighbours one token each side (at most
   * 400,000: on PTC's 300 articles they number about 330,000, and words seen once still help, so a
   * lower cap that drops them by name costs span F1).
   */
  public static FeatureConfig defaults(Task task) {
    return task.tokenLevel()
        ? new FeatureConfig(1, 1, 1, 400_000, true, true, true, true)
        : new FeatureConfig(2, 0, 2, 10_000, true, true, true, false);
  }

  public FeatureConfig withNgrams(int n) {
    return new FeatureConfig(n, window, minCount, maxTerms, style, lexicons, findings, lemmas,
        encoder);
  }

  public FeatureConfig withWindow(int w) {
    return new FeatureConfig(ngrams, w, minCount, maxTerms, style, lexicons, findings, lemmas,
        encoder);
  }

  public FeatureConfig withMinCount(int min) {
    return new FeatureConfig(ngrams, window, min, maxTerms, style, lexicons, findings, lemmas,
        encoder);
  }

  public FeatureConfig withMaxTerms(int max) {
    return new FeatureConfig(ngrams, window, minCount, max, style, lexicons, findings, lemmas,
        encoder);
  }

  public FeatureConfig withStyle(boolean on) {
    return new FeatureConfig(ngrams, window, minCount, maxTerms, on, lexicons, findings, lemmas,
        encoder);
  }

  public FeatureConfig withLexicons(boolean on) {
    return new FeatureConfig(ngrams, window, minCount, maxTerms, style, on, findings, lemmas,
        encoder);
  }

  public FeatureConfig withFindings(boolean on) {
    return new FeatureConfig(ngrams, window, minCount, maxTerms, style, lexicons, on, lemmas,
        encoder);
  }

  public FeatureConfig withLemmas(boolean on) {
    return new FeatureConfig(ngrams, window, minCount, maxTerms, style, lexicons, findings, on,
        encoder);
  }

  /** With the named sentence encoder's vectors as features, or without any (null). */
  public FeatureConfig withEncoder(String name) {
    return new FeatureConfig(ngrams, window, minCount, maxTerms, style, lexicons, findings, lemmas,
        name);
  }
}
