package dev.slant.train;

import dev.slant.core.InputException;
import dev.slant.core.Span;
import dev.slant.detect.ml.Task;
import dev.slant.lexicon.PhraseMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Szeged Uncertainty Corpus, Wikipedia part (WikiWeasel): hedge and weasel cues marked inline
 * as {@code <ccue>} elements in {@code wiki.xml}, or its tab-separated twin
 * {@code sentences.derived.tsv} (cues listed in text order, without offsets). Each sentence is an
 * example grouped by its Wikipedia document; its label is "contains a cue".
 *
 * <p>The XML does not conform to its DTD, so it is read with DTD processing and external entities
 * switched off; cue offsets are recovered by concatenating sentence text, cue text and the text
 * after each cue.
 */
final class SzegedReader implements CorpusReader {

  @Override
  public List<Example> read(Path path, Task task, List<String> notes) throws InputException {
    if (task != Task.HEDGE) {
      throw new InputException(path.toString(), "the Szeged corpus marks hedge cues: use it with"
          + " --task hedge");
    }
    return path.toString().endsWith(".tsv") ? readTsv(path, notes) : readXml(path);
  }

  private static List<Example> readXml(Path path) throws InputException {
    // The JDK's own StAX parser, not whichever one a library on the class path registers (Hadoop
    // brings Woodstox, which rejects the access property below): same hardening everywhere.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    List<Example> out = new ArrayList<>();
    XMLStreamReader xml = null;
    try (InputStream in = Files.newInputStream(path)) {
      xml = factory.createXMLStreamReader(in, "UTF-8");
      String docId = null;
      String sentenceId = null;
      StringBuilder text = null;
      List<Span> cues = new ArrayList<>();
      int cueStart = -1;
      int cueDepth = 0;
      boolean inDocId = false;
      StringBuilder docIdText = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "DocID" -> {
              inDocId = true;
              docIdText.setLength(0);
            }
            case "Sentence" -> {
              sentenceId = xml.getAttributeValue(null, "id");
              text = new StringBuilder();
              cues = new ArrayList<>();
            }
            case "ccue" -> {
              if (text == null) {
                throw new InputException(origin(path, xml), "<ccue> outside a <Sentence>");
              }
              if (cueDepth++ == 0) {
                cueStart = text.length();
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          if (inDocId) {
            docIdText.append(xml.getText());
          } else if (text != null) {
            text.append(xml.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "DocID" -> {
              inDocId = false;
              docId = docIdText.toString().strip();
            }
            case "ccue" -> {
              if (--cueDepth == 0 && text.length() > cueStart) {
                cues.add(new Span(cueStart, text.length()));
              }
            }
            case "Sentence" -> {
              if (docId == null) {
                throw new InputException(origin(path, xml), "<Sentence> before any <DocID>");
              }
              String s = text.toString();
              out.add(new Example(docId + "/" + sentenceId, docId, "", s, !cues.isEmpty(), cues,
                  path + ":" + xml.getLocation().getLineNumber()));
              text = null;
            }
            default -> { }
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new InputException(path + (e.getLocation() == null ? ""
          : ":" + e.getLocation().getLineNumber()), "malformed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read: " + e.getMessage(), e);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // nothing left to report
        }
      }
    }
    return out;
  }

  private static String origin(Path path, XMLStreamReader xml) {
    return path + ":" + xml.getLocation().getLineNumber();
  }

  private static List<Example> readTsv(Path path, List<String> notes) throws InputException {
    List<Example> out = new ArrayList<>();
    int[] unplaced = {0};
    CsvRecords.read(path, '\t', List.of("doc_id", "sent_id", "uncertain", "cues", "text"),
        (r, origin) -> {
          String text = r.get("text");
          String cueList = r.get("cues");
          List<Span> spans = new ArrayList<>();
          int from = 0;
          for (String cue : cueList.isEmpty() ? new String[0] : cueList.split("\\|")) {
            Span s = find(text, cue, from);
            if (s == null) {
              s = find(text, cue, 0);
            }
            if (s == null) {
              unplaced[0]++;
              continue;
            }
            spans.add(s);
            from = s.end();
          }
          boolean uncertain = switch (r.get("uncertain").strip()) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new InputException(origin, "uncertain must be 0 or 1");
          };
          String doc = r.get("doc_id");
          out.add(new Example(doc + "/" + r.get("sent_id"), doc, "", text, uncertain,
              spans.stream().sorted().toList(), origin));
        });
    if (unplaced[0] > 0) {
      notes.add(path.getFileName() + ": " + unplaced[0] + " cues not found in their sentence");
    }
    return out;
  }

  /** The first whole-word occurrence of {@code cue} at or after {@code from}. */
  private static Span find(String text, String cue, int from) {
    PhraseMatcher<Boolean> m = PhraseMatcher.<Boolean>builder().add(cue, true).build();
    List<PhraseMatcher.Match<Boolean>> found = m.findAll(text, from, text.length());
    return found.isEmpty() ? null : found.get(0).span();
  }
}
