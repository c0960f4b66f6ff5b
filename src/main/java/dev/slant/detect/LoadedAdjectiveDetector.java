package dev.slant.detect;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconSet;
import dev.slant.lexicon.PhraseMatcher;
import dev.slant.lexicon.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds evaluative, emotionally charged adjectives in the writer's own voice ("draconian",
 * "shameful", "heroic") with the {@code loaded_adjectives} lexicon.
 *
 * <p>Each entry says where the word counts ({@link AdjectiveUse.Context}): anywhere for an
 * adjective-only word, in an adjectival position for a noun/verb homograph, only as a predicate for
 * a word that merely classifies before a noun ("criminal"). An entry of several words is an
 * adjective plus the words that must follow it ("illegal occupation"); only the adjective is
 * marked. An entry with intensity 0 is a neutral collocation ("brutal winter", "free radical")
 * that hides the loaded word inside it.
 *
 * <p>Words inside direct speech are skipped ({@link QuotedRegions}); a loaded word inside a short
 * scare quote is still the writer's choice and is reported. The score is the entry's intensity,
 * adjusted by {@link Intensity}. The cue is {@code loaded_adjectives: <entry>}.
 */
public final class LoadedAdjectiveDetector implements Detector {

  static final String LEXICON = "loaded_adjectives";
  private static final Set<String> CONTEXTS = Set.of("any", "adjectival", "predicative");

  private record Entry(String term, double intensity, AdjectiveUse.Context context,
      Suggestion suggestion) {
    boolean phrase() {
      return term.indexOf(' ') >= 0;
    }
  }

  private final PhraseMatcher<Entry> matcher;
  private final QuotedRegions quotes;

  public LoadedAdjectiveDetector(LexiconSet lexicons) throws InputException {
    PhraseMatcher.Builder<Entry> builder = PhraseMatcher.builder();
    for (LexiconEntry e : lexicons.get(LEXICON).entries()) {
      double intensity = e.number("intensity", 0.0, 1.0);
      AdjectiveUse.Context context = AdjectiveUse.Context.of(e.oneOf("context", CONTEXTS));
      builder.add(e.term(), new Entry(e.term(), intensity, context, LexiconForms.suggestion(e)));
    }
    this.matcher = builder.build();
    this.quotes = QuotedRegions.of(lexicons);
  }

  @Override
  public Set<FeatureType> types() {
    return Set.of(FeatureType.LOADED_ADJECTIVE);
  }

  @Override
  public List<Finding> detect(AnnotatedDocument doc) {
    String text = doc.text();
    List<Span> speech = quotes.directSpeech(doc);
    List<Finding> out = new ArrayList<>();
    for (PhraseMatcher.Match<Entry> m : LexiconForms.nonOverlapping(matcher.findAll(text))) {
      Entry e = m.value();
      if (e.intensity() == 0.0 || LexiconForms.partOfCompound(text, m.span())) {
        continue;
      }
      Span adjective = e.phrase() ? firstWord(text, m.span()) : m.span();
      int first = LexiconForms.firstToken(doc, adjective);
      if (first < 0 || QuotedRegions.inside(speech, adjective)) {
        continue;
      }
      int last = LexiconForms.lastToken(doc, adjective);
      if (!e.phrase() && !AdjectiveUse.accepts(doc, first, last, e.context())) {
        continue;
      }
      double score = Intensity.adjust(doc, first, e.intensity());
      String suggestion = e.suggestion() == null ? null
          : e.suggestion().forWords(adjective.in(text), e.term(), false);
      out.add(Finding.of(FeatureType.LOADED_ADJECTIVE, doc, adjective, score,
          LEXICON + ": " + e.term(), suggestion));
    }
    out.sort(Finding.READING_ORDER);
    return out;
  }

  private static Span firstWord(String text, Span span) {
    int end = span.start();
    while (end < span.end() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return new Span(span.start(), end);
  }
}
