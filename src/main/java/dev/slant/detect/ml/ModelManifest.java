package dev.slant.detect.ml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What a model file says about itself, checked before its payload is deserialised: which task it
 * predicts, the exact feature space it expects, the lexicons and detectors its features came from,
 * and how it was trained (so a result can be reproduced).
 *
 * @param format container format version
 * @param task {@link Task#id()}
 * @param slantVersion the slant version that trained it
 * @param featureSet {@link FeatureConfig#FEATURE_SET} at training time
 * @param features the extraction settings
 * @param attributesSha256 SHA-256 of {@code attributes}, one name per line
 * @param attributes feature attribute names in order (the class attribute excluded)
 * @param classValues class values, negative first
 * @param lexicons lexicon name → version the features used (empty if they used none)
 * @param detectors class names of the rule detectors whose findings were features (empty if none)
 * @param classifier Weka classifier class name
 * @param options Weka options as given, after the seed was applied
 * @param seed random seed of the classifier and of threshold tuning
 * @param threshold positive-class probability at or above which a unit is predicted positive
 * @param decoding how a token model's probabilities become spans (its threshold equals
 *     {@code threshold}); null for sentence models and for token models trained before it was
 *     recorded, which join runs of tokens at {@code threshold}
 * @param trainingData the files trained on, with their SHA-256
 * @param examples number of training examples (texts)
 * @param units number of training units (sentences or tokens)
 * @param payloadSha256 SHA-256 of the serialised classifier that follows the manifest
 * @param encoder the sentence encoder behind the features' {@code enc.*} attributes, as {@link
 *     dev.slant.encode.SentenceEncoder#version()} (artifact, version and model checksum); absent
 *     without one. A model is refused by a slant whose encoder differs.
 */
@JsonPropertyOrder({"format", "task", "slantVersion", "featureSet", "features", "classValues",
    "lexicons", "detectors", "encoder", "classifier", "options", "seed", "threshold", "decoding", "trainingData",
    "examples", "units", "payloadSha256", "attributesSha256", "attributes"})
public record ModelManifest(
    int format,
    String task,
    String slantVersion,
    String featureSet,
    FeatureConfig features,
    String attributesSha256,
    List<String> attributes,
    List<String> classValues,
    Map<String, String> lexicons,
    List<String> detectors,
    String classifier,
    String options,
    long seed,
    double threshold,
    @JsonInclude(JsonInclude.Include.NON_NULL) SpanDecoding decoding,
    List<DataFile> trainingData,
    int examples,
    int units,
    String payloadSha256,
    @JsonInclude(JsonInclude.Include.NON_NULL) String encoder) {

  /** A manifest without a sentence encoder. */
  public ModelManifest(int format, String task, String slantVersion, String featureSet,
      FeatureConfig features, String attributesSha256, List<String> attributes,
      List<String> classValues, Map<String, String> lexicons, List<String> detectors,
      String classifier, String options, long seed, double threshold, SpanDecoding decoding,
      List<DataFile> trainingData, int examples, int units, String payloadSha256) {
    this(format, task, slantVersion, featureSet, features, attributesSha256, attributes,
        classValues, lexicons, detectors, classifier, options, seed, threshold, decoding,
        trainingData, examples, units, payloadSha256, null);
  }

  /** One training input: its file name (no directories), format and content hash. */
  @JsonPropertyOrder({"name", "format", "sha256"})
  public record DataFile(String name, String format, String sha256) {}

  public ModelManifest withPayloadSha256(String sha) {
    return new ModelManifest(format, task, slantVersion, featureSet, features, attributesSha256,
        attributes, classValues, lexicons, detectors, classifier, options, seed, threshold,
        decoding, trainingData, examples, units, sha, encoder);
  }
}
