package dev.slant.encode;

/** The sentence encoder could not be loaded: a missing resource or native library. */
public final class EncoderException extends Exception {

  public EncoderException(String message) {
    super(message);
  }

  public EncoderException(String message, Throwable cause) {
    super(message, cause);
  }
}
