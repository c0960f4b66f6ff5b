package dev.slant.ingest;

import dev.slant.core.InputException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Items from several sources, one after another, opening each source only when the previous one
 * is exhausted. A defect while reading one source becomes a failure naming it, and the chain goes
 * on with the next source.
 */
final class Chain implements ItemCursor {

  /** A source not opened yet; {@code origin} names it if opening or reading it goes wrong. */
  record Part(String origin, Supplier<ItemCursor> opener) {}

  private final Iterator<Part> parts;
  private ItemCursor current;
  private String currentOrigin;
  private Item pending;

  Chain(Iterator<Part> parts) {
    this.parts = parts;
  }

  @Override
  public boolean hasNext() {
    while (pending == null) {
      if (current == null) {
        if (!parts.hasNext()) {
          return false;
        }
        Part part = parts.next();
        currentOrigin = part.origin();
        try {
          current = part.opener().get();
        } catch (RuntimeException e) {
          pending = internalError(e);
          continue;
        }
      }
      try {
        if (current.hasNext()) {
          pending = current.next();
        } else {
          closeCurrent();
        }
      } catch (RuntimeException e) {
        pending = internalError(e);
        closeCurrent();
      }
    }
    return true;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = pending;
    pending = null;
    return item;
  }

  @Override
  public void close() {
    closeCurrent();
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } finally {
        current = null;
      }
    }
  }

  private Item internalError(RuntimeException e) {
    return new Item.Failure(new InputException(currentOrigin,
        "internal error while reading (please report): " + e, e));
  }
}
