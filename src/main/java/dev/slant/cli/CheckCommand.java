package dev.slant.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slant.Analyzer;
import dev.slant.core.FeatureType;
import dev.slant.core.InputException;
import dev.slant.evaluate.DetectorEvaluation;
import dev.slant.evaluate.DevSetReader;
import dev.slant.evaluate.EvaluationReport;
import dev.slant.evaluate.GoldDocument;
import dev.slant.evaluate.MatchCounts;
import dev.slant.evaluate.PtcCorpus;
import dev.slant.evaluate.PtcEvaluation;
import dev.slant.evaluate.PtcReport;
import dev.slant.evaluate.ReaderAgreement;
import dev.slant.evaluate.RealNewsCorpus;
import dev.slant.evaluate.RealNewsEvaluation;
import dev.slant.evaluate.SemEvalSpanScore;
import dev.slant.evaluate.SpanError;
import dev.slant.report.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code slant check}: precision, recall and F1 of the standard analyzer against span-annotated
 * text, either a file in the dev-set JSONL format or the PTC training corpus.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Measures the detectors against gold spans: a file in the dev-set JSONL format (--data)"
            + " or the PTC corpus of SemEval-2020 Task 11 (--ptc).",
        "Exact: same offsets. Overlap: shares a character. Char overlap: the SemEval-2020"
            + " Task 11 span metric with partial credit |s∩t|/|s| and |s∩t|/|t|."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every document was analysed and measured",
        "1:some documents could not be analysed (each is reported on stderr); their gold spans"
            + " count as missed",
        "2:usage error: unknown option, missing or unusable value",
        "3:nothing could be measured: unreadable or malformed gold, corpus, --lexicon or model"
            + " file, or no document could be analysed",
        "70:internal error (one line; please report it)"})
public final class CheckCommand implements Callable<Integer> {

  /** Lower-case constants so that the option values read as typed: --format json. */
  enum Format { text, json }

  static final class Source {
    @Option(names = "--data", paramLabel = "FILE",
        description = "Gold spans in the dev-set JSONL format, e.g. training-data/devset/dev.jsonl.")
    Path data;

    @Option(names = "--ptc", paramLabel = "DIR",
        description = "The PTC folder (semeval2020-task11-ptc or its datasets/ folder); scores"
            + " the train articles.")
    Path ptc;

    @Option(names = "--realnews", paramLabel = "FILE", arity = "0..1",
        fallbackValue = "training-data/realnews/gold.jsonl",
        description = "Real-news annotations stored by offset (default file:"
            + " training-data/realnews/gold.jsonl); texts come from --articles.")
    Path realnews;

    @Option(names = "--agreement", paramLabel = "FILE", arity = "0..1",
        fallbackValue = "training-data/realnews/readers.jsonl",
        description = "Agreement between the two independent readers of the real-news articles"
            + " read twice (default file: training-data/realnews/readers.jsonl).")
    Path agreement;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--technique", paramLabel = "NAME", defaultValue = "Loaded_Language",
      description = "With --ptc: the PTC technique used as gold (default: ${DEFAULT-VALUE}).")
  String technique;

  @Option(names = "--types", paramLabel = "TYPE", split = ",",
      defaultValue = "loaded_adjective,loaded_language", converter = FeatureTypeConverter.class,
      description = "With --ptc: the slant types whose findings, pooled, are the predictions"
          + " (default: ${DEFAULT-VALUE}).")
  List<FeatureType> types;

  @Option(names = "--articles", paramLabel = "FILE",
      defaultValue = "../shared/data/baly2020-news-sample/articles.jsonl",
      description = "With --realnews or --agreement: the JSONL corpus holding the annotated"
          + " articles (keys ID and content_original; default: ${DEFAULT-VALUE}).")
  Path articles;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test",
      converter = SplitConverter.class,
      description = "With --realnews: dev, test or all (default: ${DEFAULT-VALUE}). Rules and"
          + " models are tuned on dev only.")
  RealNewsCorpus.Split split;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--show-errors", paramLabel = "N", defaultValue = "0",
      description = "List up to N exact-match false positives and false negatives per type.")
  int showErrors;

  // --lexicon, --threads, --model and --no-model, as for score: check measures what score runs.
  @Mixin AnalysisOptions analysis;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String usage = usageProblem();
    if (usage != null) {
      err.println("slant check: " + usage);
      err.flush();
      return ExitCodes.USAGE;
    }
    try {
      if (source.data != null) {
        List<GoldDocument> docs = DevSetReader.read(source.data);
        EvaluationReport report = DetectorEvaluation.run(analyzer(), docs, analysis.threads());
        out.print(format == Format.json ? json(dataJson(report)) : dataText(report));
        return finish(report.failures(), report.documents(), out, err);
      }
      if (source.realnews != null) {
        List<RealNewsCorpus.Article> docs =
            RealNewsCorpus.read(source.realnews, articles, split);
        RealNewsEvaluation report = RealNewsEvaluation.run(analyzer(), docs, analysis.threads());
        out.print(format == Format.json ? json(realNewsJson(report)) : realNewsText(report));
        return finish(report.agreed().failures(), report.agreed().documents(), out, err);
      }
      if (source.agreement != null) {
        ReaderAgreement agreement =
            ReaderAgreement.of(RealNewsCorpus.readings(source.agreement, articles));
        out.print(format == Format.json ? json(agreementJson(agreement))
            : agreementText(agreement));
        out.flush();
        return ExitCodes.OK;
      }
      PtcCorpus corpus = PtcCorpus.open(source.ptc);
      Set<FeatureType> predicted = EnumSet.copyOf(types);
      PtcReport report = PtcEvaluation.run(analyzer(), corpus, technique, predicted,
          analysis.threads());
      out.print(format == Format.json ? json(ptcJson(report)) : ptcText(report));
      return finish(report.failures(), report.articles(), out, err);
    } catch (InputException e) {
      out.flush();
      err.println(e.describe());
      err.flush();
      return ExitCodes.FAILED;
    }
  }

  private String usageProblem() {
    var parsed = spec.commandLine().getParseResult();
    if (source.realnews == null && source.agreement == null) {
      for (String realOnly : List.of("--articles", "--split")) {
        if (parsed.hasMatchedOption(realOnly)) {
          return realOnly + " applies to --realnews and --agreement only";
        }
      }
    }
    if (source.ptc == null) {
      for (String ptcOnly : List.of("--technique", "--types")) {
        if (parsed.hasMatchedOption(ptcOnly)) {
          return ptcOnly + " applies to --ptc only";
        }
      }
    }
    if (showErrors < 0) {
      return "--show-errors must not be negative";
    }
    return null;
  }

  private Analyzer analyzer() throws InputException {
    return analysis.analyzer();
  }

  /** Exit code 1 when some documents failed, 3 when all of them did. */
  private static int finish(List<String> failures, int documents, PrintWriter out,
      PrintWriter err) {
    out.flush();
    failures.forEach(err::println);
    if (!failures.isEmpty()) {
      err.println("slant check: " + failures.size() + " document(s) could not be analysed;"
          + " their gold spans were counted as missed");
    }
    err.flush();
    if (failures.isEmpty()) {
      return ExitCodes.OK;
    }
    return failures.size() >= documents ? ExitCodes.FAILED : ExitCodes.PARTIAL;
  }

  // ---- text output

  private String realNewsText(RealNewsEvaluation r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "slant check: %d real-news articles (split %s) from %s%n%n",
        r.agreed().documents(), split.name().toLowerCase(Locale.ROOT), source.realnews));
    b.append(String.format(Locale.ROOT, "Two-reader rule: a finding is right when it overlaps a"
        + " span either reader marked;%nrecall counts the spans a careful reader must find"
        + " (agreed).%n"));
    b.append(String.format(Locale.ROOT, "%-18s %6s %5s %5s %5s | %5s %5s %5s%n", "type", "agreed",
        "pred", "right", "found", "P", "R", "F1"));
    for (FeatureType t : FeatureType.values()) {
      b.append(ruleRow(t.id(), r.readerRule(t)));
    }
    b.append(ruleRow("micro", r.microReaderRule()));
    b.append(String.format("%nAgainst the agreed spans only:%n"));
    b.append(dataTable(r.agreed()));
    return b.toString();
  }

  private static String ruleRow(String label, MatchCounts m) {
    return String.format(Locale.ROOT, "%-18s %6d %5d %5d %5d | %5.3f %5.3f %5.3f%n", label,
        m.gold(), m.predicted(), m.matchedPredicted(), m.matchedGold(), m.precision(), m.recall(),
        m.f1());
  }

  private String agreementText(ReaderAgreement a) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "slant check: agreement of two independent readers on %d"
        + " articles from %s%n(overlap of the same type; P and R swap with the readers, F1 does"
        + " not)%n%n", a.articles(), source.agreement));
    b.append(String.format(Locale.ROOT, "%-18s %6s %6s | %5s %5s %5s%n", "type", "first",
        "second", "P", "R", "F1"));
    for (FeatureType t : FeatureType.values()) {
      b.append(agreementRow(t.id(), a.of(t)));
    }
    b.append(agreementRow("micro", a.micro()));
    return b.toString();
  }

  private static String agreementRow(String label, MatchCounts m) {
    return String.format(Locale.ROOT, "%-18s %6d %6d | %5.3f %5.3f %5.3f%n", label, m.gold(),
        m.predicted(), m.precision(), m.recall(), m.f1());
  }

  private String dataText(EvaluationReport r) {
    return String.format(Locale.ROOT, "slant check: %d documents from %s%n%n", r.documents(),
        source.data) + dataTable(r);
  }

  private String dataTable(EvaluationReport r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-18s %5s %5s | %-32s | %-17s | %-17s%n", "", "", "",
        "exact", "overlap", "char overlap"));
    b.append(String.format(Locale.ROOT, "%-18s %5s %5s | %4s %4s %4s %5s %5s %5s | %5s %5s %5s"
        + " | %5s %5s %5s%n", "type", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1", "P", "R",
        "F1", "P", "R", "F1"));
    for (FeatureType t : FeatureType.values()) {
      b.append(row(t.id(), r.counts().exact(t), r.counts().overlap(t), r.charOverlap(t),
          r.coveredTypes().contains(t) ? "" : "  (no detector)"));
    }
    b.append(row("micro", r.counts().microExact(), r.counts().microOverlap(),
        r.microCharOverlap(), ""));
    b.append(String.format("%nexact: same offsets; overlap: shares a character; char overlap:"
        + " SemEval-2020 Task 11 partial credit.%n"));
    if (showErrors > 0) {
      b.append(String.format("%nErrors (exact match, up to %d per type; partial = overlaps a span"
          + " of the same type on the other side):%n", showErrors));
      for (FeatureType t : FeatureType.values()) {
        errorBlock(b, t.id(), r.errorsOf(t));
      }
    }
    return b.toString();
  }

  private String ptcText(PtcReport r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "slant check: %d PTC train articles from %s%n", r.articles(),
        source.ptc));
    b.append(String.format(Locale.ROOT, "gold: %s; predicted: %s%n%n", r.technique(),
        r.predictedTypes().stream().map(FeatureType::id).collect(Collectors.joining(" + "))));
    b.append(String.format(Locale.ROOT, "%-24s %5s %5s %7s %7s %7s%n", "", "gold", "pred", "P", "R",
        "F1"));
    SemEvalSpanScore s = r.charOverlap();
    b.append(String.format(Locale.ROOT, "%-24s %5d %5d %7.4f %7.4f %7.4f%n",
        "char overlap (SemEval)", s.gold(), s.predicted(), s.precision(), s.recall(), s.f1()));
    b.append(ptcRow("exact", r.exact()));
    b.append(ptcRow("overlap", r.overlap()));
    b.append(String.format("%nchar overlap counts code points in PTC's offsets, with overlapping"
        + " spans merged as the official scorer does.%n"));
    Set<FeatureType> uncovered = EnumSet.noneOf(FeatureType.class);
    uncovered.addAll(r.predictedTypes());
    uncovered.removeAll(r.coveredTypes());
    if (!uncovered.isEmpty()) {
      b.append(String.format("no detector reports %s.%n",
          uncovered.stream().map(FeatureType::id).collect(Collectors.joining(", "))));
    }
    if (showErrors > 0) {
      b.append(String.format("%nErrors (exact match, up to %d; partial = overlaps a span on the"
          + " other side):%n", showErrors));
      errorBlock(b, r.technique(), r.errors());
    }
    return b.toString();
  }

  private static String ptcRow(String label, MatchCounts m) {
    return String.format(Locale.ROOT, "%-24s %5d %5d %7.4f %7.4f %7.4f   (tp %d, fp %d, fn %d)%n",
        label, m.gold(), m.predicted(), m.precision(), m.recall(), m.f1(), m.truePositives(),
        m.falsePositives(), m.falseNegatives());
  }

  private static String row(String label, MatchCounts exact, MatchCounts overlap,
      SemEvalSpanScore chars, String suffix) {
    return String.format(Locale.ROOT, "%-18s %5d %5d | %4d %4d %4d %5.3f %5.3f %5.3f | %5.3f %5.3f"
        + " %5.3f | %5.3f %5.3f %5.3f%s%n", label, exact.gold(), exact.predicted(),
        exact.truePositives(), exact.falsePositives(), exact.falseNegatives(), exact.precision(),
        exact.recall(), exact.f1(), overlap.precision(), overlap.recall(), overlap.f1(),
        chars.precision(), chars.recall(), chars.f1(), suffix);
  }

  private void errorBlock(StringBuilder b, String label, List<SpanError> errors) {
    long fn = errors.stream().filter(e -> e.kind() == SpanError.Kind.FALSE_NEGATIVE).count();
    b.append(String.format(Locale.ROOT, "%s: %d FN, %d FP%n", label, fn, errors.size() - fn));
    for (SpanError e : errors.subList(0, Math.min(showErrors, errors.size()))) {
      b.append(String.format(Locale.ROOT, "  %s%-8s %-12s %-12s %s%n", e.kind().abbreviation(),
          e.partial() ? " partial" : "", e.document(), e.span(), e.context()));
    }
  }

  // ---- JSON output

  private Map<String, Object> realNewsJson(RealNewsEvaluation r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source.realnews.toString());
    root.put("split", split.name().toLowerCase(Locale.ROOT));
    Map<String, Object> rule = new LinkedHashMap<>();
    for (FeatureType t : FeatureType.values()) {
      rule.put(t.id(), ruleCounts(r.readerRule(t)));
    }
    rule.put("micro", ruleCounts(r.microReaderRule()));
    root.put("reader_rule", rule);
    Map<String, Object> agreed = dataJson(r.agreed(), source.realnews);
    agreed.remove("source");
    root.put("agreed", agreed);
    return root;
  }

  private static Map<String, Object> ruleCounts(MatchCounts m) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("agreed", m.gold());
    c.put("predicted", m.predicted());
    c.put("precision", Numbers.json(m.precision()));
    c.put("recall", Numbers.json(m.recall()));
    c.put("f1", Numbers.json(m.f1()));
    return c;
  }

  private Map<String, Object> agreementJson(ReaderAgreement a) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source.agreement.toString());
    root.put("articles", a.articles());
    Map<String, Object> byType = new LinkedHashMap<>();
    for (FeatureType t : FeatureType.values()) {
      byType.put(t.id(), ruleCounts(a.of(t)));
    }
    byType.put("micro", ruleCounts(a.micro()));
    root.put("types", byType);
    return root;
  }

  private Map<String, Object> dataJson(EvaluationReport r) {
    return dataJson(r, source.data);
  }

  private Map<String, Object> dataJson(EvaluationReport r, Path from) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", from.toString());
    root.put("documents", r.documents());
    Map<String, Object> byType = new LinkedHashMap<>();
    for (FeatureType t : FeatureType.values()) {
      Map<String, Object> m = scores(r.counts().exact(t), r.counts().overlap(t), r.charOverlap(t));
      m.put("covered", r.coveredTypes().contains(t));
      byType.put(t.id(), m);
    }
    root.put("types", byType);
    root.put("micro", scores(r.counts().microExact(), r.counts().microOverlap(), r.microCharOverlap()));
    if (showErrors > 0) {
      List<Object> errors = new ArrayList<>();
      for (FeatureType t : FeatureType.values()) {
        r.errorsOf(t).stream().limit(showErrors).map(CheckCommand::error).forEach(errors::add);
      }
      root.put("errors", errors);
    }
    root.put("failures", r.failures());
    return root;
  }

  private Map<String, Object> ptcJson(PtcReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source.ptc.toString());
    root.put("articles", r.articles());
    root.put("technique", r.technique());
    root.put("predicted_types", r.predictedTypes().stream().map(FeatureType::id).toList());
    root.put("covered_types", r.coveredTypes().stream().map(FeatureType::id).toList());
    root.putAll(scores(r.exact(), r.overlap(), r.charOverlap()));
    if (showErrors > 0) {
      root.put("errors", r.errors().stream().limit(showErrors).map(CheckCommand::error).toList());
    }
    root.put("failures", r.failures());
    return root;
  }

  private static Map<String, Object> scores(MatchCounts exact, MatchCounts overlap,
      SemEvalSpanScore chars) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", exact.gold());
    m.put("predicted", exact.predicted());
    m.put("exact", counts(exact));
    m.put("overlap", counts(overlap));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("gold", chars.gold());
    c.put("predicted", chars.predicted());
    c.put("precision", Numbers.json(chars.precision()));
    c.put("recall", Numbers.json(chars.recall()));
    c.put("f1", Numbers.json(chars.f1()));
    m.put("char_overlap", c);
    return m;
  }

  private static Map<String, Object> counts(MatchCounts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tp", c.truePositives());
    m.put("fp", c.falsePositives());
    m.put("fn", c.falseNegatives());
    m.put("precision", Numbers.json(c.precision()));
    m.put("recall", Numbers.json(c.recall()));
    m.put("f1", Numbers.json(c.f1()));
    return m;
  }

  private static Map<String, Object> error(SpanError e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", e.kind().abbreviation());
    m.put("label", e.label());
    m.put("document", e.document());
    m.put("start", e.span().start());
    m.put("end", e.span().end());
    m.put("text", e.text());
    m.put("partial", e.partial());
    m.put("context", e.context());
    return m;
  }

  private static String json(Object value) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(value) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report as JSON", e);
    }
  }

  /** Accepts dev, test and all, as typed. */
  static final class SplitConverter implements CommandLine.ITypeConverter<RealNewsCorpus.Split> {
    @Override
    public RealNewsCorpus.Split convert(String value) {
      for (RealNewsCorpus.Split s : RealNewsCorpus.Split.values()) {
        if (s.name().equalsIgnoreCase(value.strip())) {
          return s;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown split '" + value + "'; expected dev, test or all");
    }
  }

  /** Accepts the type ids of {@link FeatureType#id()}. */
  static final class FeatureTypeConverter implements CommandLine.ITypeConverter<FeatureType> {
    @Override
    public FeatureType convert(String value) {
      return FeatureType.fromId(value.strip()).orElseThrow(() -> new CommandLine.TypeConversionException(
          "unknown type '" + value + "'; expected one of " + Arrays.stream(FeatureType.values())
              .map(FeatureType::id).collect(Collectors.joining(", "))));
    }
  }
}
