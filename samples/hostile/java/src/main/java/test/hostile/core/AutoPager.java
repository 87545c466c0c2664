package test.hostile.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Iterates the items of a page and of every page after it, fetching each page when needed. */
public final class AutoPager<I> implements Iterable<I> {
  private final Page<I> first;

  AutoPager(Page<I> first) {
    this.first = first;
  }

  @Override
  public Iterator<I> iterator() {
    return new Iterator<I>() {
      private Page<I> page = first;
      private Iterator<I> items = first.items().iterator();

      @Override
      public boolean hasNext() {
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
