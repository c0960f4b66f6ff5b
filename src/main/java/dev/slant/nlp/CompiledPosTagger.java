package dev.slant.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * Greedy decoding of the English POS model ({@link GreedyTagger}'s result, tag for tag) without
 * building feature strings for every token.
 *
 * <p>The model's features for token <i>i</i> are, in this order: the outcome prior ({@code def}),
 * the word's suffixes and prefixes (up to 4 characters), the lower-cased words at <i>i</i>,
 * <i>i</i>−1, <i>i</i>−2, <i>i</i>+1, <i>i</i>+2 ({@code w=}, {@code p1w=}, …), the sentence
 * start seen from <i>i</i>, <i>i</i>−1 or <i>i</i>−2 ({@code S=begin}, {@code p1S=begin}, …),
 * the word's shape class and the word with its class ({@code wc=}, {@code w&c=}), and last the previous tag and the previous two tags
 * ({@code t=}, {@code t2=}). All but the sentence-start and tag features depend on one word form
 * only, so they are looked up once per word form (a bounded cache) as the model's parameter
 * rows, and the sums of the leading ones (up to {@code w=}) are kept per word form: every sum
 * for that word starts with exactly those additions. The tag features come from tables indexed
 * by tag. The maxent sum then runs over the same
 * rows in the same order as {@code GISModel.eval} with the same uniform prior, so the sums are
 * bit for bit OpenNLP's; the best tag is read from the sums when no other allowed tag comes
 * within {@link #CLEAR_MARGIN} of it (then exponentiating and normalising cannot change which is
 * largest), else from the probabilities computed exactly as {@code GISModel.eval} does.
 *
 * <p>{@link #compile} checks this layout against the model's own context generator and its
 * probabilities against {@code MaxentModel.eval} on a few sentences, and refuses a model that
 * differs (a future model with other features): the caller then keeps {@link GreedyTagger}.
 * Not thread-safe: one per thread.
 */
final class CompiledPosTagger {

  /** See {@link #clearBest}. */
  static final double CLEAR_MARGIN = 1e-9;

  /** Word forms per cache generation ({@link BoundedCache}). */
  static final int WORD_GENERATION = 30_000;

  private static final String[] SELF_CHECK = {
    "On Tuesday , the council 's 12-member panel voted 7-5 to delay the $ 3.2bn plan .",
    "\" It 's a disgrace , \" said Ms. O'Neill , who didn't attend .",
    "Why would anyone believe the so-called experts ?",
    "BREAKING : U.S. officials , speaking anonymously , said 2,400 troops were sent .",
    "Read more at www.example.com or e-mail tips@example.org ( 24/7 ) .",
  };

  private final MaxentModel model;
  private final Map<String, Context> parameters;
  private final SequenceValidator<String> validator;
  private final int outcomes;
  private final double uniformLogPrior;
  private final Context[] sentenceStart; // S=begin, p1S=begin, p2S=begin
  private final Context[] previousTag; // t=TAG by tag index
  private final Context[][] previousTags; // t2=TAG2,TAG1 by [tag2][tag1]
  private final BoundedCache<String, Word> words =
      new BoundedCache<>(WORD_GENERATION, this::compileWord);
  private final double[] probs;

  /**
   * One word form's features that do not depend on its neighbours or on tags. {@code ownSums}:
   * the uniform prior plus the rows of its first features (def, suffixes, prefixes, w=) added one
   * after the other, as {@code GISModel.eval} starts every sum for this word; the other features
   * are added to a copy in their place in the order.
   */
  private record Word(double[] ownSums, Context p1, Context p2, Context n1, Context n2,
      Context[] shape) {}

  // Feature generators of one word (pure functions of the word; used on cache misses).
  private static final OutcomePriorFeatureGenerator PRIOR = new OutcomePriorFeatureGenerator();
  private static final SuffixFeatureGenerator SUFFIXES = new SuffixFeatureGenerator();
  private static final PrefixFeatureGenerator PREFIXES = new PrefixFeatureGenerator();
  private static final TokenFeatureGenerator WORD = new TokenFeatureGenerator();
  private static final TokenClassFeatureGenerator SHAPE = new TokenClassFeatureGenerator(true);

  @SuppressWarnings("unchecked")
  private CompiledPosTagger(AbstractModel model, SequenceValidator<String> validator) {
    this.model = model;
    this.parameters = (Map<String, Context>) model.getDataStructures()[1];
    this.validator = validator;
    this.outcomes = model.getNumOutcomes();
    this.uniformLogPrior = StrictMath.log(1.0 / outcomes);
    this.probs = new double[outcomes];
    this.sentenceStart = new Context[] {
      parameters.get("S=begin"), parameters.get("p1S=begin"), parameters.get("p2S=begin")};
    previousTag = new Context[outcomes];
    previousTags = new Context[outcomes][outcomes];
    for (int a = 0; a < outcomes; a++) {
      previousTag[a] = parameters.get("t=" + model.getOutcome(a));
      for (int b = 0; b < outcomes; b++) {
        previousTags[a][b] =
            parameters.get("t2=" + model.getOutcome(a) + "," + model.getOutcome(b));
      }
    }
  }

  /**
   * A compiled tagger for the POS model, or null if its features or probabilities differ from
   * what this class computes on the self-check sentences.
   */
  static CompiledPosTagger compile(POSModel pos) {
    Object artifact = pos.getArtifact("pos.model");
    if (!(artifact instanceof AbstractModel model)
        || model.getModelType() != AbstractModel.ModelType.Maxent
        || !(model.getDataStructures()[1] instanceof Map<?, ?>)) {
      return null;
    }
    CompiledPosTagger tagger =
        new CompiledPosTagger(model, pos.getFactory().getSequenceValidator());
    return tagger.agreesWith(pos.getFactory().getPOSContextGenerator()) ? tagger : null;
  }

  /** Tags a sentence: the same tags as {@link GreedyTagger#tag} with the POS model. */
  String[] tag(String[] tokens) {
    int n = tokens.length;
    Word[] w = new Word[n];
    for (int i = 0; i < n; i++) {
      w[i] = word(tokens[i]);
    }
    String[] tags = new String[n];
    int[] tagIndex = new int[n];
    for (int i = 0; i < n; i++) {
      double[] sums = sums(w, i, tagIndex);
      int best = clearBest(sums, i, tokens, tags);
      if (best < 0) {
        best = best(normalise(sums), i, tokens, tags);
      }
      tagIndex[i] = best;
      tags[i] = model.getOutcome(best);
    }
    return tags;
  }

  /** Word-form lookups so far, and how many of them compiled the word. */
  long[] wordLookupsAndMisses() {
    return new long[] {words.lookups(), words.misses()};
  }

  /**
   * The log-linear sums {@code GISModel.eval} computes for token {@code i} before it
   * exponentiates and normalises them. Reuses one array.
   */
  private double[] sums(Word[] w, int i, int[] tagIndex) {
    double[] prior = probs;
    System.arraycopy(w[i].ownSums, 0, prior, 0, outcomes);
    if (i >= 1) {
      add(w[i - 1].p1, prior);
    }
    if (i >= 2) {
      add(w[i - 2].p2, prior);
    }
    if (i + 1 < w.length) {
      add(w[i + 1].n1, prior);
    }
    if (i + 2 < w.length) {
      add(w[i + 2].n2, prior);
    }
    if (i <= 2) {
      add(sentenceStart[i], prior);
    }
    for (Context c : w[i].shape) {
      add(c, prior);
    }
    if (i >= 1) {
      add(previousTag[tagIndex[i - 1]], prior);
    }
    if (i >= 2) {
      add(previousTags[tagIndex[i - 2]][tagIndex[i - 1]], prior);
    }
    return prior;
  }

  // GISModel.eval's last steps, in place.
  private double[] normalise(double[] prior) {
    double normal = 0.0;
    for (int o = 0; o < outcomes; o++) {
      prior[o] = StrictMath.exp(prior[o]);
      normal += prior[o];
    }
    for (int o = 0; o < outcomes; o++) {
      prior[o] /= normal;
    }
    return prior;
  }

  // ArrayMath.sumFeatures for one context with value 1.
  private static void add(Context c, double[] prior) {
    if (c == null) {
      return;
    }
    int[] active = c.getOutcomes();
    double[] weights = c.getParameters();
    for (int a = 0; a < active.length; a++) {
      prior[active[a]] += weights[a];
    }
  }

  /**
   * The outcome {@link #best} would choose from the normalised probabilities, found from the sums
   * alone when that is certain; -1 when it is not, and the caller normalises and asks {@link
   * #best}. Certain means: the largest sum among the allowed outcomes is in the range where
   * {@code exp} neither overflows nor underflows and exceeds every other allowed sum by more than
   * {@link #CLEAR_MARGIN}. Then its exponential exceeds theirs by a factor above 1 + 1e-9, far
   * beyond the rounding of {@code exp} and of the division by their common sum (a few units in
   * the last place), so its probability is strictly the largest and {@link #best} picks it too.
   * A near tie (never seen on news text so far) takes the exact path.
   */
  private int clearBest(double[] sums, int i, String[] tokens, String[] tags) {
    int bestIndex = -1;
    for (int o = 0; o < sums.length; o++) {
      if ((bestIndex < 0 || sums[o] > sums[bestIndex])
          && (validator == null || validator.validSequence(i, tokens, tags, model.getOutcome(o)))) {
        bestIndex = o;
      }
    }
    if (bestIndex < 0 || !(sums[bestIndex] > -700 && sums[bestIndex] < 700)) {
      return -1;
    }
    double top = sums[bestIndex];
    for (int o = 0; o < sums.length; o++) {
      if (o != bestIndex && !(top - sums[o] > CLEAR_MARGIN)
          && (validator == null || validator.validSequence(i, tokens, tags, model.getOutcome(o)))) {
        return -1;
      }
    }
    return bestIndex;
  }

  // GreedyTagger.best: the first highest-probability outcome the validator allows.
  private int best(double[] p, int i, String[] tokens, String[] tags) {
    int bestIndex = -1;
    for (int o = 0; o < p.length; o++) {
      if ((bestIndex < 0 || p[o] > p[bestIndex])
          && (validator == null || validator.validSequence(i, tokens, tags, model.getOutcome(o)))) {
        bestIndex = o;
      }
    }
    if (bestIndex < 0) {
      bestIndex = 0;
      for (int o = 1; o < p.length; o++) {
        if (p[o] > p[bestIndex]) {
          bestIndex = o;
        }
      }
    }
    return bestIndex;
  }

  private Word word(String token) {
    return words.get(token);
  }

  private Word compileWord(String token) {
    double[] ownSums = new double[outcomes];
    Arrays.fill(ownSums, uniformLogPrior);
    for (Context c : rows(ownFeatures(token))) {
      add(c, ownSums);
    }
    String lower = wordFeature(token);
    return new Word(ownSums, parameters.get("p1" + lower),
        parameters.get("p2" + lower), parameters.get("n1" + lower), parameters.get("n2" + lower),
        rows(shapeFeatures(token)));
  }

  // The parameter rows of the features the model has, in order (GISModel skips the others).
  private Context[] rows(List<String> features) {
    List<Context> rows = new ArrayList<>(features.size());
    for (String f : features) {
      Context c = parameters.get(f);
      if (c != null) {
        rows.add(c);
      }
    }
    return rows.toArray(new Context[0]);
  }

  // def, suf=..., pre=..., w=...
  private static List<String> ownFeatures(String token) {
    String[] one = {token};
    List<String> f = new ArrayList<>(10);
    PRIOR.createFeatures(f, one, 0, null);
    SUFFIXES.createFeatures(f, one, 0, null);
    PREFIXES.createFeatures(f, one, 0, null);
    WORD.createFeatures(f, one, 0, null);
    return f;
  }

  private static String wordFeature(String token) {
    List<String> f = new ArrayList<>(1);
    WORD.createFeatures(f, new String[] {token}, 0, null);
    return f.get(0);
  }

  // wc=..., w&c=...
  private static List<String> shapeFeatures(String token) {
    List<String> f = new ArrayList<>(2);
    SHAPE.createFeatures(f, new String[] {token}, 0, null);
    return f;
  }

  /**
   * The feature names of token {@code i} in the order {@link #eval} sums them (for checking
   * against the model's context generator).
   */
  static String[] featureNames(String[] tokens, int i, String[] tags) {
    List<String> f = new ArrayList<>(ownFeatures(tokens[i]));
    if (i >= 1) {
      f.add("p1" + wordFeature(tokens[i - 1]));
    }
    if (i >= 2) {
      f.add("p2" + wordFeature(tokens[i - 2]));
    }
    if (i + 1 < tokens.length) {
      f.add("n1" + wordFeature(tokens[i + 1]));
    }
    if (i + 2 < tokens.length) {
      f.add("n2" + wordFeature(tokens[i + 2]));
    }
    if (i <= 2) {
      f.add(new String[] {"S=begin", "p1S=begin", "p2S=begin"}[i]);
    }
    f.addAll(shapeFeatures(tokens[i]));
    if (i >= 1) {
      f.add("t=" + tags[i - 1]);
    }
    if (i >= 2) {
      f.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
    }
    return f.toArray(new String[0]);
  }

  /**
   * Whether, on the self-check sentences tagged greedily, every token's feature names equal the
   * context generator's and every probability equals {@code MaxentModel.eval}'s.
   */
  boolean agreesWith(POSContextGenerator contexts) {
    for (String sentence : SELF_CHECK) {
      String[] tokens = sentence.split(" ");
      Word[] w = new Word[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        w[i] = word(tokens[i]);
      }
      String[] tags = new String[tokens.length];
      int[] tagIndex = new int[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        String[] expected = contexts.getContext(i, tokens, tags, null);
        if (!Arrays.equals(expected, featureNames(tokens, i, tags))) {
          return false;
        }
        double[] reference = model.eval(expected, new double[outcomes]);
        double[] sums = sums(w, i, tagIndex);
        int clear = clearBest(sums, i, tokens, tags);
        double[] p = normalise(sums);
        if (!Arrays.equals(reference, p)) {
          return false;
        }
        tagIndex[i] = best(p, i, tokens, tags);
        if (clear >= 0 && clear != tagIndex[i]) {
          return false;
        }
        tags[i] = model.getOutcome(tagIndex[i]);
      }
    }
    return true;
  }
}
