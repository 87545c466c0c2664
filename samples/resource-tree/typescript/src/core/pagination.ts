import { APIPromise } from './api-promise.js';

/** How to fetch the page after this one; built by the client from the operation. */
export type NextPage<T> = () => PagePromise<T>;

/** One page of a list: its items, its decoded body and the response it came in. */
export class Page<T> implements AsyncIterable<T> {
  constructor(
    /** The items of this page. */
    readonly items: T[],
    /** The whole response body, decoded. */
    readonly body: unknown,
    readonly response: Response,
    private readonly next: NextPage<T> | undefined,
    /** The most items iterating from this page yields (the call's item limit); all when undefined. */
    readonly itemLimit: number | undefined = undefined,
  ) {}

  hasNextPage(): boolean {
    return this.next !== undefined;
  }

  /** Fetches the next page; check `hasNextPage()` first. */
  getNextPage(): PagePromise<T> {
    if (this.next === undefined) {
      throw new Error('There is no next page; check hasNextPage() first.');
    }
    return this.next();
  }

  /** This page and every page after it. */
  async *iterPages(): AsyncIterable<Page<T>> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /**
   * Every item of this page and of the pages after it, or the first `itemLimit` of them: no page
   * past them is fetched.
   */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let left = this.itemLimit ?? Infinity;
    for await (const page of this.iterPages()) {
      const items = page.items.slice(0, left);
      yield* items;
      left -= items.length;
      if (left === 0) return;
    }
  }
}

/**
 * Await it for the first page, or iterate it with `for await` for every item of every page,
 * fetched lazily.
 */
export class PagePromise<T> extends APIPromise<Page<T>> implements AsyncIterable<T> {
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const page = await this;
    yield* page;
  }
}
