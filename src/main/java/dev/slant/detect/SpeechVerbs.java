package dev.slant.detect;

import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The surface forms of the verbs of saying in the {@code speech_verbs} lexicon (rows of kind
 * {@code speech}: say, tell, insist…), which introduce or tag direct speech. Lemmas get their
 * regular forms; irregular ones are rows of their own. Rows of other kinds serve other detectors
 * and are ignored here.
 */
record SpeechVerbs(Set<String> forms, Set<String> attributing) {

  static final String KIND = "speech";
  /** Kinds of verbs that put what follows in someone else's words: saying and naming. */
  static final Set<String> ATTRIBUTING_KINDS = Set.of("speech", "label", "label-as");

  SpeechVerbs {
    forms = Set.copyOf(forms);
    attributing = Set.copyOf(attributing);
  }

  static SpeechVerbs of(LexiconSet lexicons) throws InputException {
    Set<String> forms = new LinkedHashSet<>();
    Set<String> attributing = new LinkedHashSet<>();
    for (LexiconEntry e : lexicons.get("speech_verbs").entries()) {
      String kind = e.get("kind");
      if (kind.equals(KIND)) {
        forms.addAll(LexiconForms.verb(e.term()));
      }
      if (ATTRIBUTING_KINDS.contains(kind) && e.term().indexOf(' ') < 0) {
        attributing.addAll(LexiconForms.verb(e.term()));
      }
    }
    return new SpeechVerbs(forms, attributing);
  }

  /** A one-word verb of saying or naming (said, told, called, accused, described…). */
  boolean isAttributing(String lower) {
    return attributing.contains(lower);
  }

  boolean isSpeech(String lower) {
    return forms.contains(lower);
  }
}
