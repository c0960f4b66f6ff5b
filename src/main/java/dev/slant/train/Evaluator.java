package dev.slant.train;

import dev.slant.core.AnnotatedDocument;
import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.detect.ml.FeatureConfig;
import dev.slant.detect.ml.SpanDecoding;
import dev.slant.detect.ml.Task;
import dev.slant.detect.ml.TokenTagger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Cross-validation grouped by article or outlet, and held-out testing. Each fold fits its own
 * feature dictionary, classifier and threshold on its training part only; every score is computed
 * on predictions for examples the model never saw.
 */
public final class Evaluator {

  /** What a cross-validation keeps together on one side of each split. */
  public enum GroupBy {
    /** The example's article (news link, document, file), or the example itself. */
    ARTICLE,
    /** The outlet: leave-outlets-out, which shows whether a model learned outlets, not bias. */
    OUTLET;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Task task;
  private final Trainer trainer;
  private final FeatureConfig features;
  private IntConsumer progress = fold -> { };

  public Evaluator(Task task, Trainer trainer, FeatureConfig features) {
    this.task = task;
    this.trainer = trainer;
    this.features = features;
  }

  /** Called with each fold number as it starts. */
  public Evaluator onFold(IntConsumer progress) {
    this.progress = progress;
    return this;
  }

  /** Group key of each example. */
  public static List<String> groups(AnnotatedCorpus corpus, GroupBy by) throws InputException {
    List<String> out = new ArrayList<>();
    for (AnnotatedCorpus.Item item : corpus.items()) {
      Example e = item.example();
      if (by == GroupBy.OUTLET && e.outlet().isEmpty()) {
        throw new InputException(e.origin(), "--group-by outlet needs an outlet on every example");
      }
      out.add(by == GroupBy.OUTLET ? e.outlet() : e.group());
    }
    return out;
  }

  public EvaluationReport crossValidate(AnnotatedCorpus corpus, Units units, int k, GroupBy by,
      List<String> notes) throws InputException {
    List<String> groups = groups(corpus, by);
    boolean[] labels = task.tokenLevel() ? Trainer.positiveExamples(corpus, units)
        : exampleLabels(corpus);
    int[] fold;
    try {
      fold = Folds.assign(groups, labels, k, trainer.spec().seed());
    } catch (IllegalArgumentException e) {
      throw new InputException("--data", e.getMessage());
    }
    int folds = Folds.count(fold);
    List<String> allNotes = new ArrayList<>(notes);
    if (folds < k) {
      allNotes.add("only " + folds + " groups, so " + folds + " folds instead of " + k);
    }
    double[] prob = new double[units.size()];
    SpanDecoding[] decodingOfExample = new SpanDecoding[corpus.size()];
    List<Double> foldScores = new ArrayList<>();
    List<Double> thresholds = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      progress.accept(f + 1);
      boolean[] test = new boolean[corpus.size()];
      for (int e = 0; e < test.length; e++) {
        test[e] = fold[e] == f;
      }
      boolean[] train = new boolean[test.length];
      for (int e = 0; e < test.length; e++) {
        train[e] = !test[e];
      }
      int[] trainUnits = units.ofExamples(train);
      int[] testUnits = units.ofExamples(test);
      checkDisjoint(groups, test);
      Trainer.Fitted fitted = trainer.fit(corpus, units, trainUnits);
      double[] p = Trainer.predict(fitted, units, testUnits);
      boolean[] g = new boolean[testUnits.length];
      boolean[] pred = new boolean[testUnits.length];
      for (int j = 0; j < testUnits.length; j++) {
        prob[testUnits[j]] = p[j];
        g[j] = units.gold(testUnits[j]);
        pred[j] = p[j] >= fitted.threshold();
      }
      for (int e = 0; e < test.length; e++) {
        if (test[e]) {
          decodingOfExample[e] = fitted.decoding();
        }
      }
      Metrics.Binary m = Metrics.Binary.of(task.classValues(), g, pred);
      foldScores.add(task.tokenLevel() ? m.positive().f1() : m.macroF1());
      thresholds.add(fitted.threshold());
    }
    String split = String.format(Locale.ROOT, "%d-fold cross-validation, stratified, grouped by %s"
        + " (no %s on both sides of a split)", folds, by.id(), by.id());
    return report(corpus, units, prob, decodingOfExample, new HashSet<>(groups).size(), split,
        folds, foldScores, thresholds, allNotes);
  }

  /** Trains on one corpus and tests on another. */
  public EvaluationReport heldOut(AnnotatedCorpus train, Units trainUnits, AnnotatedCorpus test,
      Units testUnits, List<String> notes) throws InputException {
    int[] all = new int[trainUnits.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    progress.accept(1);
    Trainer.Fitted fitted = trainer.fit(train, trainUnits, all);
    int[] testAll = new int[testUnits.size()];
    for (int i = 0; i < testAll.length; i++) {
      testAll[i] = i;
    }
    double[] prob = Trainer.predict(fitted, testUnits, testAll);
    SpanDecoding[] decodings = new SpanDecoding[test.size()];
    java.util.Arrays.fill(decodings, fitted.decoding());
    boolean[] g = new boolean[testAll.length];
    boolean[] pred = new boolean[testAll.length];
    for (int u = 0; u < testAll.length; u++) {
      g[u] = testUnits.gold(u);
      pred[u] = prob[u] >= fitted.threshold();
    }
    Metrics.Binary m = Metrics.Binary.of(task.classValues(), g, pred);
    Set<String> groups = new LinkedHashSet<>(groups(test, GroupBy.ARTICLE));
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.add("trained on " + train.size() + " examples (" + String.join(", ",
        train.corpus().files().stream().map(d -> d.name()).toList()) + ")");
    return report(test, testUnits, prob, decodings, groups.size(),
        "held-out test set (trained on separate data)", 1,
        List.of(task.tokenLevel() ? m.positive().f1() : m.macroF1()),
        List.of(fitted.threshold()), allNotes);
  }

  private static void checkDisjoint(List<String> groups, boolean[] test) {
    Set<String> testGroups = new HashSet<>();
    for (int e = 0; e < test.length; e++) {
      if (test[e]) {
        testGroups.add(groups.get(e));
      }
    }
    for (int e = 0; e < test.length; e++) {
      if (!test[e] && testGroups.contains(groups.get(e))) {
        throw new IllegalStateException("group " + groups.get(e) + " on both sides of a split");
      }
    }
  }

  private static boolean[] exampleLabels(AnnotatedCorpus corpus) {
    boolean[] out = new boolean[corpus.size()];
    for (int e = 0; e < out.length; e++) {
      out[e] = corpus.items().get(e).example().label();
    }
    return out;
  }

  private EvaluationReport report(AnnotatedCorpus corpus, Units units, double[] prob,
      SpanDecoding[] decodingOfExample, int groupCount, String split, int folds,
      List<Double> foldScores, List<Double> thresholds, List<String> notes) {
    boolean[] gold = new boolean[units.size()];
    boolean[] pred = new boolean[units.size()];
    for (int u = 0; u < units.size(); u++) {
      gold[u] = units.gold(u);
      pred[u] = prob[u] >= decodingOfExample[units.example(u)].threshold();
    }
    Metrics.Binary unitMetrics = Metrics.Binary.of(task.classValues(), gold, pred);
    Metrics.Binary exampleMetrics = null;
    Metrics.SpanOverlap spanMetrics = null;
    if (task.tokenLevel()) {
      boolean[] goldExample = new boolean[corpus.size()];
      boolean[] predExample = new boolean[corpus.size()];
      double[][] tokenProb = new double[corpus.size()][];
      for (int e = 0; e < corpus.size(); e++) {
        AnnotatedCorpus.Item item = corpus.items().get(e);
        tokenProb[e] = new double[item.doc().tokens().size()];
        goldExample[e] = !item.example().spans().isEmpty();
      }
      for (int u = 0; u < units.size(); u++) {
        tokenProb[units.example(u)][units.token(u)] = prob[u];
        predExample[units.example(u)] |= pred[u];
      }
      Metrics.SpanOverlapSum sum = new Metrics.SpanOverlapSum();
      for (int e = 0; e < corpus.size(); e++) {
        AnnotatedDocument doc = corpus.items().get(e).doc();
        List<Span> predicted = new ArrayList<>();
        for (TokenTagger.Tag t : decodingOfExample[e].spans(doc, tokenProb[e])) {
          predicted.add(t.span());
        }
        sum.add(corpus.items().get(e).example().spans(), predicted);
      }
      List<String> exampleClasses = List.of("without", "with " + task.positiveClass());
      exampleMetrics = Metrics.Binary.of(exampleClasses, goldExample, predExample);
      spanMetrics = sum.result();
    }
    return new EvaluationReport(task.id(), trainer.spec().className(), trainer.spec().options(),
        trainer.spec().seed(), features, corpus.corpus().files(), split, folds, corpus.size(),
        groupCount, units.size(), unitMetrics, exampleMetrics, spanMetrics, foldScores,
        thresholds, notes);
  }
}
