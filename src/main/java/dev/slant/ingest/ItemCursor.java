package dev.slant.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** Items read lazily from one source, which may hold a file open until exhausted or closed. */
interface ItemCursor extends Iterator<Item>, Closeable {

  @Override
  void close();

  static ItemCursor of(Item... items) {
    Iterator<Item> it = List.of(items).iterator();
    return new ItemCursor() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Item next() {
        return it.next();
      }

      @Override
      public void close() {}
    };
  }
}
