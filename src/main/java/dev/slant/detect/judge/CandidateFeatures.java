package dev.slant.detect.judge;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.FeatureType;
import dev.slant.core.Finding;
import dev.slant.core.Sentence;
import dev.slant.core.Span;
import dev.slant.core.Token;
import dev.slant.detect.QuotedRegions;
import dev.slant.detect.ml.Features;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a judge knows about one rule finding: its place in the article and the sentence around it,
 * never the words themselves, so that a judge trained on some articles carries over to words it
 * never saw. Each value is a number; yes/no facts are 0/1, and the finding's type is one 0/1
 * attribute per type ({@code type=scare_quote}).
 */
public final class CandidateFeatures {

  private static final List<String> CONTEXT = List.of(
      "score", "words", "capitalised", "sentence_start", "first_sentence", "position",
      "in_quotation", "quotation_in_sentence", "quotations_in_article", "same_text_in_article",
      "findings_in_sentence", "same_type_in_article", "sentence_words", "head_adj", "head_noun",
      "head_verb", "head_adv", "prev_det", "prev_adj_or_adv", "next_noun", "next_punct",
      "proper_noun_in_sentence", "digits_in_sentence", "rule_lexicon", "quoted_span");

  /** Attribute names in the order a judge model records them. */
  public static final List<String> NAMES = Stream.concat(
      Stream.of(FeatureType.values()).map(t -> "type=" + t.id()), CONTEXT.stream()).toList();

  private CandidateFeatures() {}

  /** The features of every finding of one article, in the order of {@code findings}. */
  public static List<Features> of(AnnotatedDocument doc, List<Finding> findings) {
    List<QuotedRegions.Quote> quotes = QuotedRegions.quotes(doc.text());
    List<Features> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Features.Builder b = Features.builder();
      b.add("type=" + f.type().id(), 1);
      double[] v = context(doc, findings, quotes, f);
      for (int i = 0; i < v.length; i++) {
        b.add(CONTEXT.get(i), v[i]);
      }
      out.add(b.build());
    }
    return out;
  }

  private static double[] context(AnnotatedDocument doc, List<Finding> all,
      List<QuotedRegions.Quote> quotes, Finding f) {
    String text = doc.text();
    Span span = f.span();
    Sentence sentence = doc.sentences().get(f.sentence());
    List<Token> tokens = doc.tokensOf(sentence);
    int first = doc.firstTokenFrom(span.start());
    Token head = first >= 0 && first < doc.tokens().size() ? doc.tokens().get(first) : null;
    Token prev = first > sentence.firstToken() ? doc.tokens().get(first - 1) : null;
    int after = doc.firstTokenFrom(span.end());
    Token next = after >= 0 && after < sentence.endToken() ? doc.tokens().get(after) : null;
    boolean quotedSpan = span.length() >= 2 && isQuoteMark(text.charAt(span.start()));
    long sameText = all.stream().filter(o -> o.text().equalsIgnoreCase(f.text())).count();
    double[] v = new double[CONTEXT.size()];
    int i = 0;
    v[i++] = f.score();
    v[i++] = words(f.text());
    v[i++] = head != null && head != tokens.get(0) && Character.isUpperCase(head.text().charAt(0))
        ? 1 : 0;
    v[i++] = head == tokens.get(0) ? 1 : 0;
    v[i++] = f.sentence() == 0 ? 1 : 0;
    v[i++] = doc.sentences().size() <= 1 ? 0 : f.sentence() / (double) (doc.sentences().size() - 1);
    v[i++] = insideQuotation(quotes, span) ? 1 : 0;
    v[i++] = quotes.stream().anyMatch(q -> q.outer().overlaps(sentence.span())) ? 1 : 0;
    v[i++] = Math.log1p(quotes.size());
    v[i++] = sameText - 1;
    v[i++] = all.stream().filter(o -> o != f && o.sentence() == f.sentence()).count();
    v[i++] = Math.log1p(all.stream().filter(o -> o.type() == f.type()).count());
    v[i++] = Math.log1p(tokens.stream().filter(Token::isWord).count());
    v[i++] = is(head, "ADJ");
    v[i++] = is(head, "NOUN");
    v[i++] = is(head, "VERB");
    v[i++] = is(head, "ADV");
    v[i++] = is(prev, "DET");
    v[i++] = Math.max(is(prev, "ADJ"), is(prev, "ADV"));
    v[i++] = is(next, "NOUN");
    v[i++] = next == null || is(next, "PUNCT") > 0 ? 1 : 0;
    v[i++] = tokens.stream().filter(t -> t.pos().equals("PROPN")).count() > 0 ? 1 : 0;
    v[i++] = tokens.stream().anyMatch(t -> t.text().chars().anyMatch(Character::isDigit)) ? 1 : 0;
    v[i++] = f.cue().toLowerCase(Locale.ROOT).startsWith("loaded_") ? 1 : 0;
    v[i++] = quotedSpan ? 1 : 0;
    return v;
  }

  private static boolean insideQuotation(List<QuotedRegions.Quote> quotes, Span span) {
    for (QuotedRegions.Quote q : quotes) {
      if (q.outer().start() <= span.start() && span.end() <= q.outer().end()
          && !q.outer().equals(span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuoteMark(char c) {
    return "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb".indexOf(c) >= 0;
  }

  private static double is(Token t, String pos) {
    return t != null && t.pos().equals(pos) ? 1 : 0;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
