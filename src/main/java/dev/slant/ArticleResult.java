package dev.slant;

import dev.slant.core.Document;
import dev.slant.core.Finding;
import dev.slant.score.ArticleScore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything slant says about one article: the one result model every renderer and every
 * aggregate (compare, Spark) is built from. Holds no tokens, so a stream of results stays small.
 *
 * @param document the article as read
 * @param findings in {@link Finding#READING_ORDER}
 * @param score counts, rates, framing index and per-sentence breakdown (which carries the
 *     sentence spans)
 * @param bias the sentence-bias model's verdict, when the analysis ran one
 */
public record ArticleResult(Document document, List<Finding> findings, ArticleScore score,
    Optional<BiasResult> bias) {

  public ArticleResult {
    findings = List.copyOf(findings);
    Objects.requireNonNull(bias, "bias");
  }

  /** A result without a sentence-bias verdict. */
  public ArticleResult(Document document, List<Finding> findings, ArticleScore score) {
    this(document, findings, score, Optional.empty());
  }
}
