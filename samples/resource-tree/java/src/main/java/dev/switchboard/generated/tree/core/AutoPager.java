package dev.switchboard.generated.tree.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterates the items of a page and of every page after it, fetching each page when needed; with an
 * item limit, stops after that many items without fetching another page.
 */
public final class AutoPager<I> implements Iterable<I> {
  private final Page<I> first;
  private final int itemLimit;

  /** {@code itemLimit} is the most items to yield, every item when 0. */
  AutoPager(Page<I> first, int itemLimit) {
    this.first = first;
    this.itemLimit = itemLimit;
  }

  @Override
  public Iterator<I> iterator() {
    return new Iterator<I>() {
      private Page<I> page = first;
      private Iterator<I> items = first.items().iterator();
      private int yielded;

      @Override
      public boolean hasNext() {
        if (itemLimit > 0 && yielded >= itemLimit) {
          return false;
        }
        while (!items.hasNext() && page.hasNextPage()) {
          page = page.nextPage();
          items = page.items().iterator();
        }
        return items.hasNext();
      }

      @Override
      public I next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        yielded++;
        return items.next();
      }
    };
  }

  /** The items as a sequential stream. */
  public Stream<I> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
