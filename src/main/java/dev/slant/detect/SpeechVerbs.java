package dev.slant.detect;

import dev.slant.core.InputException;
import dev.slant.lexicon.LexiconEntry;
import dev.slant.lexicon.LexiconSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The surface forms of the {@code speech_verbs} lexicon: verbs of saying ({@code speech}: say,
 * tell, insist…), which introduce direct speech and attribute claims, and verbs of belief or
 * judgement ({@code stance}: believe, fear, doubt…), which attribute a view but never
 * introduce a quotation. Lemmas get their regular forms; irregular ones are listed in the file.
 */
record SpeechVerbs(Set<String> speech, Set<String> stance) {

  static final Set<String> KINDS = Set.of("speech", "stance");

  SpeechVerbs {
    speech = Set.copyOf(speech);
    stance = Set.copyOf(stance);
  }

  static SpeechVerbs of(LexiconSet lexicons) throws InputException {
    Set<String> speech = new LinkedHashSet<>();
    Set<String> stance = new LinkedHashSet<>();
    for (LexiconEntry e : lexicons.get("speech_verbs").entries()) {
      String kind = e.oneOf("kind", KINDS);
      (kind.equals("speech") ? speech : stance).addAll(LexiconForms.verb(e.term()));
    }
    return new SpeechVerbs(speech, stance);
  }

  boolean isSpeech(String lower) {
    return speech.contains(lower);
  }

  /** A verb that attributes words or a view to someone: speech or stance. */
  boolean isAttribution(String lower) {
    return speech.contains(lower) || stance.contains(lower);
  }
}
