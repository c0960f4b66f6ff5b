package dev.slant.train;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The formats {@code --format} accepts. */
public enum CorpusFormat {
  /** Users' own sentences: {@code text,label[,id,group,outlet]}. */
  CSV,
  /** Users' own span-annotated texts, the development-set format. */
  JSONL,
  /** Feature vectors exported by {@code slant export-arff} (possibly edited in Weka). */
  ARFF,
  /** BABE {@code final_labels_SG2.csv}. */
  BABE,
  /** MBIC {@code final_labels_MBIC.converted.tsv}. */
  MBIC,
  /** The Propaganda Techniques Corpus folder. */
  PTC,
  /** Szeged WikiWeasel {@code wiki.xml} or {@code sentences.derived.tsv}. */
  SZEGED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CorpusFormat> fromId(String id) {
    for (CorpusFormat f : values()) {
      if (f.id().equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * @param ptcTechniques for {@link #PTC}, the techniques whose spans are positive (empty for all)
   */
  CorpusReader reader(Set<String> ptcTechniques) {
    return switch (this) {
      case CSV -> new GenericCsvReader();
      case JSONL -> new GenericJsonlReader();
      case BABE -> BiasCorpusReader.babe();
      case MBIC -> BiasCorpusReader.mbic();
      case PTC -> new PtcReader(ptcTechniques);
      case SZEGED -> new SzegedReader();
      case ARFF -> throw new IllegalStateException("ARFF holds vectors, not examples");
    };
  }
}
