package dev.slant.io;

import dev.slant.core.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Strict UTF-8 reading of whole corpus files: malformed bytes are an error, never replaced. */
public final class Utf8 {

  private Utf8() {}

  /** The file's text with a BOM kept as its first character (Java's decoder never strips it). */
  public static String readKeepingBom(Path path) throws InputException {
    try {
      byte[] bytes = Files.readAllBytes(path);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(path.toString(), "not valid UTF-8");
    } catch (NoSuchFileException e) {
      throw new InputException(path.toString(), "file not found");
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read: " + e.getMessage(), e);
    }
  }
}
