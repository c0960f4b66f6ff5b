package dev.slant.compare;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Span;
import dev.slant.detect.Detector;
import dev.slant.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test fixture: a small word-list detector for every feature type, so comparison reports can be
 * exercised end to end with realistic findings before the real detectors are plugged in. Scare
 * quotes are quoted runs of one to three words.
 */
final class WordListDetector implements Detector {

  private static final Map<String, FeatureType> WORDS = Map.ofEntries(
      Map.entry("shameful", FeatureType.LOADED_ADJECTIVE),
      Map.entry("reckless", FeatureType.LOADED_ADJECTIVE),
      Map.entry("heartless", FeatureType.LOADED_ADJECTIVE),
      Map.entry("brutal", FeatureType.LOADED_ADJECTIVE),
      Map.entry("callous", FeatureType.LOADED_ADJECTIVE),
      Map.entry("cynical", FeatureType.LOADED_ADJECTIVE),
      Map.entry("disgraceful", FeatureType.LOADED_ADJECTIVE),
      Map.entry("heavy-handed", FeatureType.LOADED_ADJECTIVE),
      Map.entry("exorbitant", FeatureType.LOADED_ADJECTIVE),
      Map.entry("arrogant", FeatureType.LOADED_ADJECTIVE),
      Map.entry("ill-conceived", FeatureType.LOADED_ADJECTIVE),
      Map.entry("feeble", FeatureType.LOADED_ADJECTIVE),
      Map.entry("dangerous", FeatureType.LOADED_ADJECTIVE),
      Map.entry("disastrous", FeatureType.LOADED_ADJECTIVE),
      Map.entry("pathetic", FeatureType.LOADED_ADJECTIVE),
      Map.entry("inexcusable", FeatureType.LOADED_ADJECTIVE),
      Map.entry("outrageous", FeatureType.LOADED_ADJECTIVE),
      Map.entry("caved", FeatureType.LOADED_LANGUAGE),
      Map.entry("scheme", FeatureType.LOADED_LANGUAGE),
      Map.entry("land grab", FeatureType.LOADED_LANGUAGE),
      Map.entry("cash grab", FeatureType.LOADED_LANGUAGE),
      Map.entry("gutted", FeatureType.LOADED_LANGUAGE),
      Map.entry("slammed", FeatureType.LOADED_LANGUAGE),
      Map.entry("blasted", FeatureType.LOADED_LANGUAGE),
      Map.entry("fat cats", FeatureType.LOADED_LANGUAGE),
      Map.entry("cronies", FeatureType.LOADED_LANGUAGE),
      Map.entry("debacle", FeatureType.LOADED_LANGUAGE),
      Map.entry("fiasco", FeatureType.LOADED_LANGUAGE),
      Map.entry("bungling", FeatureType.LOADED_LANGUAGE),
      Map.entry("rammed", FeatureType.LOADED_LANGUAGE),
      Map.entry("crackdown", FeatureType.LOADED_LANGUAGE),
      Map.entry("reportedly", FeatureType.ATTRIBUTION_HEDGE),
      Map.entry("allegedly", FeatureType.ATTRIBUTION_HEDGE),
      Map.entry("purportedly", FeatureType.ATTRIBUTION_HEDGE),
      Map.entry("supposedly", FeatureType.ATTRIBUTION_HEDGE),
      Map.entry("so-called", FeatureType.ATTRIBUTION_HEDGE),
      Map.entry("is said to", FeatureType.ATTRIBUTION_HEDGE),
      Map.entry("is believed to", FeatureType.ATTRIBUTION_HEDGE),
      Map.entry("claimed", FeatureType.ATTRIBUTION_HEDGE),
      Map.entry("insisted", FeatureType.ATTRIBUTION_HEDGE),
      Map.entry("people familiar with", FeatureType.ANONYMOUS_SOURCE),
      Map.entry("sources close to", FeatureType.ANONYMOUS_SOURCE),
      Map.entry("speaking on condition of anonymity", FeatureType.ANONYMOUS_SOURCE),
      Map.entry("who asked not to be named", FeatureType.ANONYMOUS_SOURCE),
      Map.entry("some experts", FeatureType.ANONYMOUS_SOURCE),
      Map.entry("critics", FeatureType.ANONYMOUS_SOURCE));

  private static final Pattern SHORT_QUOTE = Pattern.compile("\"[A-Za-z'-]+(?: [A-Za-z'-]+){0,2}\"");

  private final PhraseMatcher<FeatureType> matcher;

  WordListDetector() {
    PhraseMatcher.Builder<FeatureType> b = PhraseMatcher.builder();
    WORDS.forEach(b::add);
    matcher = b.build();
  }

  @Override
  public Set<FeatureType> types() {
    return EnumSet.allOf(FeatureType.class);
  }

  @Override
  public List<Finding> detect(AnnotatedDocument doc) {
    List<Finding> out = new ArrayList<>();
    for (PhraseMatcher.Match<FeatureType> m : matcher.findAll(doc.text())) {
      out.add(Finding.of(m.value(), doc, m.span(), 1.0, "word list: " + m.span().in(doc.text())));
    }
    Matcher q = SHORT_QUOTE.matcher(doc.text());
    while (q.find()) {
      out.add(Finding.of(FeatureType.SCARE_QUOTE, doc, new Span(q.start(), q.end()), 0.8,
          "short quoted phrase"));
    }
    out.sort(Finding.READING_ORDER);
    return out;
  }
}
