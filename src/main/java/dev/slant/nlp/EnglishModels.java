package dev.slant.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD EWT, version 1.3), read once per JVM from the model jars on the
 * class path. Models are immutable after loading and safe to share between threads; the tools that
 * use them ({@code *ME} classes) are not, so {@link Annotator} keeps one set of tools per thread.
 */
public final class EnglishModels {

  private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private EnglishModels() {}

  // Holder classes: each model loads on first use only, so commands that never lemmatise never
  // pay for the lemmatizer model.
  private static final class Sentences {
    static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
  }

  private static final class Pos {
    static final POSModel MODEL = load(POS, POSModel::new);
  }

  private static final class Lemmas {
    static final LemmatizerModel MODEL = load(LEMMAS, LemmatizerModel::new);
  }

  /**
   * Starts loading the sentence, token and POS models on a background thread and returns at
   * once, so that a short command parses its arguments and lexicons while the models load (they
   * are most of a short run's time). Later calls to {@link #sentences()}, {@link #tokens()} and
   * {@link #pos()} wait for that load. Does nothing when a model is missing: the first real use
   * then reports it.
   */
  public static void preloadInBackground() {
    ClassLoader loader = EnglishModels.class.getClassLoader();
    for (String resource : new String[] {SENTENCE, TOKENS, POS}) {
      if (loader.getResource(resource) == null) {
        return;
      }
    }
    Thread preload = new Thread(() -> {
      pos(); // the largest first, so it is not the one a command waits for
      tokens();
      sentences();
    }, "slant-model-preload");
    preload.setDaemon(true);
    preload.start();
  }

  public static SentenceModel sentences() {
    return Sentences.MODEL;
  }

  public static TokenizerModel tokens() {
    return Tokens.MODEL;
  }

  public static POSModel pos() {
    return Pos.MODEL;
  }

  public static LemmatizerModel lemmas() {
    return Lemmas.MODEL;
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model " + resource + " is not on the class path (broken installation)");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
