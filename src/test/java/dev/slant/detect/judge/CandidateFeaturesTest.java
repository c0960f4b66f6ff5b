package dev.slant.detect.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Span;
import dev.slant.detect.ml.Features;
import dev.slant.nlp.Annotator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a judge learns about a finding: its context, never its words. */
class CandidateFeaturesTest {

  private static final Annotator ANNOTATOR = Annotator.standard();

  private static AnnotatedDocument doc(String text) {
    return ANNOTATOR.annotate(Document.of("t", text));
  }

  private static Finding at(AnnotatedDocument doc, FeatureType type, String words) {
    int start = doc.text().indexOf(words);
    return Finding.of(type, doc, new Span(start, start + words.length()), 0.7, "test");
  }

  @Test
  void aWordInsideSomeonesQuotationIsMarkedAsQuotedAndTheTypeIsOneAttribute() {
    AnnotatedDocument d = doc("The mayor called the budget \"reckless and cruel\" on Monday."
        + " The shocking vote came late at night.");
    Finding quoted = at(d, FeatureType.LOADED_ADJECTIVE, "reckless");
    Finding own = at(d, FeatureType.LOADED_ADJECTIVE, "shocking");
    List<Features> f = CandidateFeatures.of(d, List.of(quoted, own));

    assertEquals(1, f.get(0).get("in_quotation"));
    assertEquals(1, f.get(0).get("first_sentence"));
    assertEquals(0, f.get(1).get("in_quotation"));
    assertEquals(0, f.get(1).get("first_sentence"));
    assertEquals(1, f.get(1).get("prev_det"), "'The shocking vote'");
    assertEquals(1, f.get(1).get("type=loaded_adjective"));
    assertEquals(0, f.get(1).get("type=anonymous_source"));
  }

  @Test
  void aQuotedTermIsRecognisedAsAQuotedSpan() {
    AnnotatedDocument d = doc("Officials described the detentions as \"routine\" checks.");
    Finding scare = at(d, FeatureType.SCARE_QUOTE, "\"routine\"");
    Features f = CandidateFeatures.of(d, List.of(scare)).get(0);

    assertEquals(1, f.get("quoted_span"));
    assertEquals(1, f.get("words"));
    assertEquals(0, f.get("in_quotation"), "a quotation is not inside itself");
  }

  @Test
  void twoDifferentWordsInTheSameContextLookTheSameToTheJudge() {
    AnnotatedDocument a = doc("Critics said the council made a shocking decision on Tuesday.");
    AnnotatedDocument b = doc("Critics said the council made a dreadful decision on Tuesday.");
    Features fa = CandidateFeatures.of(a, List.of(at(a, FeatureType.LOADED_ADJECTIVE,
        "shocking"))).get(0);
    Features fb = CandidateFeatures.of(b, List.of(at(b, FeatureType.LOADED_ADJECTIVE,
        "dreadful"))).get(0);

    assertEquals(fa.toString(), fb.toString());
  }

  @Test
  void everyAttributeNameIsATypeOrAContextFeature() {
    assertEquals(FeatureType.values().length + 25, CandidateFeatures.NAMES.size());
    assertTrue(CandidateFeatures.NAMES.stream().noneMatch(n -> n.contains(" ")));
  }
}
