package dev.slant.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.slant.ArticleResult;
import dev.slant.BiasResult;
import dev.slant.core.Document;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.score.ArticleScore;
import dev.slant.score.SentenceScore;
import dev.slant.score.TypeScore;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON form of an {@link ArticleResult}, written with Jackson's streaming generator so that
 * key order and number formatting are fixed:
 *
 * <pre>
 * {"id":…,"outlet":…,"title":…,"words":n,"sentences":n,
 *  "findings":[{"type":…,"start":n,"end":n,"text":…,"sentence":n,"score":x,"cue":…,
 *    "suggestion":…}],
 *  "scores":{"scare_quote":{"count":n,"per_1000_words":x},…},"framing_index":x,
 *  "bias":{"model":…,"mean_probability":x,"max_probability":x,"biased_sentences":n}}
 * </pre>
 *
 * with every feature type present in {@code scores}, in {@link FeatureType} order, and decimals
 * rounded as {@link Numbers#json}; {@code suggestion} (a neutral wording, "" to leave the words
 * out) only when the lexicon entry or rule offers one; {@code bias} only when a sentence-bias
 * model ran. The
 * {@code json} format adds {@code sentence_scores}, each with its {@code bias_probability} when a
 * model ran.
 */
final class JsonReport {

  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private JsonReport() {}

  /** A compact generator, for one line per article. */
  static JsonGenerator compact(Writer out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  /** An indented generator with LF line ends on every platform and {@code "key": value}. */
  static JsonGenerator pretty(Writer out) throws IOException {
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(lf)
        .withArrayIndenter(lf);
    return FACTORY.createGenerator(out).setPrettyPrinter(printer);
  }

  static void write(JsonGenerator g, ArticleResult r, boolean withSentences) throws IOException {
    Document doc = r.document();
    ArticleScore score = r.score();
    g.writeStartObject();
    g.writeStringField("id", doc.id());
    g.writeStringField("outlet", doc.outlet());
    g.writeStringField("title", doc.title());
    g.writeNumberField("words", score.words());
    g.writeNumberField("sentences", score.sentences());
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      g.writeStartObject();
      g.writeStringField("type", f.type().id());
      g.writeNumberField("start", f.start());
      g.writeNumberField("end", f.end());
      g.writeStringField("text", f.text());
      g.writeNumberField("sentence", f.sentence());
      g.writeNumberField("score", Numbers.json(f.score()));
      g.writeStringField("cue", f.cue());
      if (f.hasSuggestion()) {
        g.writeStringField("suggestion", f.suggestion());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("scores");
    for (FeatureType t : FeatureType.values()) {
      TypeScore ts = score.of(t);
      g.writeObjectFieldStart(t.id());
      g.writeNumberField("count", ts == null ? 0 : ts.count());
      g.writeNumberField("per_1000_words", Numbers.json(ts == null ? 0 : ts.per1000Words()));
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeNumberField("framing_index", Numbers.json(score.framingIndex()));
    if (r.bias().isPresent()) {
      BiasResult b = r.bias().get();
      g.writeObjectFieldStart("bias");
      g.writeStringField("model", b.model());
      if (b.encoder() != null) {
        g.writeStringField("encoder", b.encoder());
      }
      g.writeNumberField("mean_probability", Numbers.json(b.meanProbability()));
      g.writeNumberField("max_probability", Numbers.json(b.maxProbability()));
      g.writeNumberField("biased_sentences", b.biasedSentences());
      g.writeEndObject();
    }
    if (withSentences) {
      writeSentences(g, r);
    }
    g.writeEndObject();
  }

  private static void writeSentences(JsonGenerator g, ArticleResult r) throws IOException {
    String text = r.document().text();
    g.writeArrayFieldStart("sentence_scores");
    for (SentenceScore s : r.score().sentenceScores()) {
      g.writeStartObject();
      g.writeNumberField("index", s.index());
      g.writeNumberField("start", s.span().start());
      g.writeNumberField("end", s.span().end());
      g.writeNumberField("words", s.words());
      g.writeObjectFieldStart("counts");
      for (FeatureType t : FeatureType.values()) {
        Integer c = s.counts().get(t);
        if (c != null && c > 0) {
          g.writeNumberField(t.id(), c);
        }
      }
      g.writeEndObject();
      g.writeNumberField("weight", Numbers.json(s.weight()));
      if (r.bias().isPresent() && !Double.isNaN(r.bias().get().probability(s.index()))) {
        g.writeNumberField("bias_probability", Numbers.json(r.bias().get().probability(s.index())));
      }
      g.writeStringField("text", s.span().end() <= text.length() ? s.span().in(text) : "");
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
