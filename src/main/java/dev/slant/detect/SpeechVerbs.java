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
record SpeechVerbs(Set<String> forms) {

  static final String KIND = "speech";

  SpeechVerbs {
    forms = Set.copyOf(forms);
  }

  static SpeechVerbs of(LexiconSet lexicons) throws InputException {
    Set<String> forms = new LinkedHashSet<>();
    for (LexiconEntry e : lexicons.get("speech_verbs").entries()) {
      if (e.get("kind").equals(KIND)) {
        forms.addAll(LexiconForms.verb(e.term()));
      }
    }
    return new SpeechVerbs(forms);
  }

  boolean isSpeech(String lower) {
    return forms.contains(lower);
  }
}
