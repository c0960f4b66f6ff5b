package dev.slant.bench;

import dev.slant.Analyzer;
import dev.slant.Batch;
import dev.slant.compare.Compare;
import dev.slant.compare.CompareOptions;
import dev.slant.core.Document;
import dev.slant.ingest.Item;
import dev.slant.nlp.Annotator;
import dev.slant.nlp.EnglishModels;
import dev.slant.report.Format;
import dev.slant.report.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The stages {@code slant bench} times. Every stage reports the same token count for the same
 * articles (the OpenNLP tokens, counted by the {@link #opennlp} stage), so tokens/s figures of
 * different stages compare directly.
 */
public final class Workloads {

  public static final String OPENNLP = "opennlp";
  public static final String BARE_OPENNLP = "bare-opennlp";
  public static final String SCORE = "score";
  public static final String COMPARE = "compare";
  /** The sentence encoder alone, and score with the sentence-encoder model (opt-in stages). */
  public static final String ENCODER = "encoder";
  public static final String SCORE_ENCODER = "score-encoder";

  private Workloads() {}

  /** OpenNLP token counts per article id, filled by the {@link #opennlp} stage. */
  public static final class TokenCounts {
    private final Map<String, Integer> byId = new ConcurrentHashMap<>();

    void put(Document d, int tokens) {
      byId.put(d.id(), tokens);
    }

    /**
     * @throws IllegalStateException if the article was not annotated by the opennlp stage first
     */
    long of(List<Document> docs) {
      long sum = 0;
      for (Document d : docs) {
        Integer n = byId.get(d.id());
        if (n == null) {
          throw new IllegalStateException("no token count for " + d.id()
              + ": the opennlp stage must run first");
        }
        sum += n;
      }
      return sum;
    }
  }

  /**
   * The ceiling: OpenNLP sentence detection, tokenisation and POS tagging
   * ({@link Annotator#annotate}) and nothing else.
   */
  public static Benchmark.Workload opennlp(Annotator annotator, TokenCounts counts) {
    return workload(OPENNLP, (docs, threads) -> Benchmark.parallel(docs, threads, d -> {
      int n = annotator.annotate(d).tokens().size();
      counts.put(d, n);
      return n;
    }));
  }

  /**
   * The bare OpenNLP pipeline slant is built on, as OpenNLP's documentation sets it up and
   * nothing else: {@code SentenceDetectorME} over the article, {@code TokenizerME} on each
   * sentence and {@code POSTaggerME} with its default beam search on the tokens. One set of tools
   * per thread, the models shared. Its token count is the {@link #opennlp} stage's, so tokens/s
   * compare across stages (it needs that stage to run first); its MB/s is what the ratio to
   * {@code score} uses.
   */
  public static Benchmark.Workload bareOpennlp(TokenCounts counts) {
    ThreadLocal<BareOpennlp> tools = ThreadLocal.withInitial(BareOpennlp::new);
    return workload(BARE_OPENNLP, (docs, threads) -> {
      Benchmark.parallel(docs, threads, d -> tools.get().tokens(d.text()));
      return counts.of(docs);
    });
  }

  /** One thread's bare OpenNLP tools. */
  static final class BareOpennlp {
    private final SentenceDetectorME sentences = new SentenceDetectorME(EnglishModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(EnglishModels.tokens());
    private final POSTaggerME tagger = new POSTaggerME(EnglishModels.pos());

    /** Tags every sentence of the text; returns how many tokens it tagged. */
    long tokens(String text) {
      long n = 0;
      for (String sentence : sentences.sentDetect(text)) {
        String[] tokens = tokenizer.tokenize(sentence);
        String[] tags = tagger.tag(tokens);
        n += tags.length;
      }
      return n;
    }
  }

  /**
   * What {@code slant score --format jsonl} does after reading: the whole analysis, in input
   * order through {@link Batch}, rendered as JSON lines into a writer that discards them.
   */
  public static Benchmark.Workload score(Analyzer analyzer, TokenCounts counts) {
    return workload(SCORE, (docs, threads) -> {
      runScore(analyzer, docs, threads);
      return counts.of(docs);
    });
  }

  /**
   * {@code slant compare} end to end after reading: analysis, per-article pages, aggregation with
   * bootstrap intervals and rank tests, and every report file, written into a new directory under
   * {@code scratch} and deleted after each run (untimed).
   */
  public static Benchmark.Workload compare(Analyzer analyzer, TokenCounts counts, Path scratch) {
    return new Benchmark.Workload() {
      private Path dir;

      @Override
      public String name() {
        return COMPARE;
      }

      @Override
      public long run(List<Document> docs, int threads) throws Exception {
        dir = Files.createTempDirectory(scratch, "compare-");
        Compare.Result result = Compare.run(docs.stream().map(Item.Article::new), analyzer,
            CompareOptions.defaults().withThreads(threads), Map.of(),
            dir.resolve("report"), outcome -> {});
        requireAllScored(result.batch());
        return counts.of(docs);
      }

      @Override
      public void afterRun() throws IOException {
        if (dir != null) {
          Scratch.delete(dir);
          dir = null;
        }
      }
    };
  }

  /**
   * The sentence encoder as {@code score --model sentence-encoder} runs it, without the rest:
   * each article's sentences (split by OpenNLP beforehand, untimed) encoded in one call, articles
   * in parallel. Returns the sentences' wordpieces (special and prefix tokens not counted).
   */
  public static Benchmark.Workload encoder(dev.slant.encode.SentenceEncoder encoder,
      Map<String, List<String>> sentences) {
    Map<String, Long> wordpieces = new ConcurrentHashMap<>();
    return workload(ENCODER, (docs, threads) -> Benchmark.parallel(docs, threads, d -> {
      List<String> texts = sentences.get(d.id());
      encoder.encodeAll(texts, 1);
      return wordpieces.computeIfAbsent(d.id(),
          id -> texts.stream().mapToLong(encoder::wordpieces).sum());
    }));
  }

  /**
   * The whole of {@code slant score} with a sentence-encoder model, as {@link #score}; returns
   * the encoder's wordpieces, so its rate is a lower bound of the encoder's speed inside score.
   */
  public static Benchmark.Workload scoreWithEncoder(Analyzer analyzer,
      Map<String, Long> wordpieces) {
    return workload(SCORE_ENCODER, (docs, threads) -> {
      runScore(analyzer, docs, threads);
      return docs.stream().mapToLong(d -> wordpieces.get(d.id())).sum();
    });
  }

  private static void runScore(Analyzer analyzer, List<Document> docs, int threads)
      throws IOException {
    Renderer renderer = Format.JSONL.renderer(false);
    Writer sink = Writer.nullWriter();
    renderer.begin(sink);
    Batch.Summary summary = Batch.run(docs.stream().map(Item.Article::new), analyzer, threads,
        outcome -> {
          if (outcome instanceof Batch.Outcome.Scored s) {
            try {
              renderer.article(s.result(), sink);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    renderer.end(sink);
    requireAllScored(summary);
  }

  static void requireAllScored(Batch.Summary summary) {
    if (summary.failed() > 0) {
      throw new IllegalStateException(summary.failed() + " articles failed; first: "
          + summary.failures().get(0));
    }
  }

  private interface Body {
    long run(List<Document> docs, int threads) throws Exception;
  }

  private static Benchmark.Workload workload(String name, Body body) {
    return new Benchmark.Workload() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public long run(List<Document> documents, int threads) throws Exception {
        return body.run(documents, threads);
      }
    };
  }
}
