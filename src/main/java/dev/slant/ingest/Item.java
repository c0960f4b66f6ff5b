package dev.slant.ingest;

import dev.slant.core.Document;
import dev.slant.core.InputException;

/** One thing read from the inputs: an article, or the reason a file or record could not be read. */
public sealed interface Item permits Item.Article, Item.Failure {

  record Article(Document document) implements Item {}

  record Failure(InputException error) implements Item {}
}
