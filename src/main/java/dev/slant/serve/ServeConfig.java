package dev.slant.serve;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code slant serve} runs.
 *
 * @param host the address to bind (loopback unless the user says otherwise)
 * @param port the port, or 0 for a free one
 * @param annotations where reviews are saved, in the dev-set JSONL format
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param maxArticleChars longer articles are refused with 422
 * @param analyses how many articles are analysed at once; further requests wait their turn
 */
public record ServeConfig(String host, int port, Path annotations, long maxBodyBytes,
    int maxArticleChars, int analyses) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8765;
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

  public ServeConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(annotations, "annotations");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxBodyBytes < 1 || maxArticleChars < 1 || analyses < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
